// The site's own config, with a cache folder of the build's own, so that test builds of
// different content (fixtures, runs side by side) never share Astro's content data store.
import config from '../../astro.config.mjs';

export default { ...config, cacheDir: process.env.TEST_ASTRO_CACHE_DIR };
