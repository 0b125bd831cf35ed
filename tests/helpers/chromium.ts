import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, or the one CHROMIUM_PATH names. Never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Makes sure Chromium is installed: as root it installs Debian's package; otherwise it stops the run
 * with the command to run. Browser tests are never skipped.
 */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`Chromium is not at ${CHROMIUM_PATH}: installing Debian's chromium package…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env });
    if (existsSync(CHROMIUM_PATH)) return;
  }
  throw new Error(
    `The browser tests need Chromium at ${CHROMIUM_PATH}. Install it with \`sudo apt-get install -y chromium\` ` +
      '(Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary. The tests are not skipped without it.',
  );
}

/**
 * The flags that let Chromium run here: as root (no sandbox), without a GPU, and without trying to reach the internet
 * (background networking, component updates, sync), which it cannot.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches headless Chromium with the flags that work on a machine without internet access.
 * Playwright gives every launch a fresh temporary profile (it refuses a --user-data-dir argument),
 * so nothing is cached from one launch to the next.
 */
export function launchChromium(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
}
