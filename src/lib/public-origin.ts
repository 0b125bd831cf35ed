/**
 * The archive's public origin (Astro's `site`): every citation, canonical URL, feed, sitemap and data file names
 * the archive by it, so a build for publishing must know it. It comes from the SITE environment variable or, when
 * that is not set, from the one committed setting, `PUBLIC_ORIGIN` in astro.config.mjs (README, "Publishing").
 */

/** Where `npm start` and `astro dev` serve the site: the origin of a local build. */
export const LOCAL_ORIGIN = 'http://localhost:4321';

/** Where the origin is set, for messages. */
export const ORIGIN_SETTINGS = 'SITE (an environment variable) or PUBLIC_ORIGIN in astro.config.mjs';

/** What a production build without an origin says: what to set, and how to build for local use instead. */
export const MISSING_ORIGIN_MESSAGE =
  'The public origin of the archive is not set. Citations, canonical URLs, the feed, the sitemap and the data files ' +
  'all name the archive by it, so a build for publishing needs it. Set SITE, for example ' +
  '`SITE=https://archive.example.org npm run build` (and BASE=/sub-path/ if the site is not at the root), or write it ' +
  'as PUBLIC_ORIGIN in astro.config.mjs. To build and look at the site on this computer, run `npm start`, which ' +
  `builds for ${LOCAL_ORIGIN}.`;

/**
 * The origin to build with: SITE when it is set and not empty, otherwise the committed setting, otherwise
 * undefined. Throws, naming the setting, when the value is not an origin: an http(s) URL with nothing after the
 * host but an optional "/" (a sub-path goes in BASE, since every address is made from the origin and BASE).
 */
export function publicOriginSetting(site: string | undefined, committed: string | undefined): string | undefined {
  const [name, value] = site?.trim() ? ['SITE', site.trim()] : committed?.trim() ? ['PUBLIC_ORIGIN in astro.config.mjs', committed.trim()] : [];
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be the archive's public origin, such as https://archive.example.org; got "${value}".`);
  }
  if (!/^https?:$/.test(url.protocol)) {
    throw new Error(`${name} must be an http or https origin, such as https://archive.example.org; got "${value}".`);
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(
      `${name} must be an origin only (scheme, host and port), such as https://archive.example.org; got "${value}". ` +
        'Put a sub-path in BASE, for example BASE=/cyber-dialogue/.',
    );
  }
  return url.origin;
}

/** Whether an origin names this computer: a build for it is for local use, not for publishing. */
export function isLocalOrigin(origin: string | URL): boolean {
  const { hostname } = new URL(origin);
  return hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '[::1]' || /^127\./.test(hostname);
}
