// The npm registry this project installs from serves only the platform builds it needs (linux x64); npm then
// leaves the other platforms' optional packages out of package-lock.json, and `npm ci` refuses the lock as
// "out of sync". This adds the missing entries, marked optional with the os/cpu their names give, so that
// npm ci skips them on this platform exactly as it skips the ones it knows. Run after every `npm install`:
//   node .ci/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const OS = { android: 'android', darwin: 'darwin', linux: 'linux', win32: 'win32', windows: 'win32', freebsd: 'freebsd' };
const CPU = ['arm64', 'x64', 'arm', 'ia32', 'wasm32'];

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.map((p) => OS[p]).find(Boolean);
  const cpu = parts.find((p) => CPU.includes(p));
  const libc = parts.includes('musl') ? 'musl' : parts.includes('gnu') ? 'glibc' : undefined;
  if (!cpu) throw new Error(`cannot tell the platform of ${name}`);
  return { cpu, os: os ?? (cpu === 'wasm32' ? undefined : 'unknown'), libc };
}

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const added = [];
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const at = `node_modules/${dep}`;
    if (lock.packages[at]) continue;
    const { os, cpu, libc } = platformOf(dep);
    lock.packages[at] = {
      version,
      ...(cpu && { cpu: [cpu] }),
      ...(entry.dev && { dev: true }),
      ...(libc && { libc: [libc] }),
      optional: true,
      ...(os && { os: [os] }),
    };
    added.push(`${dep}@${version} (for ${key || 'the project'})`);
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.length} optional platform entries:\n  ${added.join('\n  ')}` : 'package-lock.json is complete');
