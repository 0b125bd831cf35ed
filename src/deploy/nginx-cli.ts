/**
 * `npm run nginx-config -- --root /srv/www/archive [--base /cyber-dialogue/] [--listen 80] [--server-name archive.example.org]`
 * prints the nginx configuration of src/lib/nginx-config.ts for a built site (README, "Publishing").
 */
import { parseArgs } from 'node:util';
import { nginxSiteConfig } from '../lib/nginx-config.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string' },
    base: { type: 'string', default: process.env.BASE ?? '/' },
    listen: { type: 'string', default: '80' },
    'server-name': { type: 'string', default: '_' },
  },
});

if (!values.root) {
  console.error(
    'Usage: npm run nginx-config -- --root FOLDER [--base /sub-path/] [--listen 80] [--server-name NAME]\n' +
      'FOLDER is the built site (dist/) for a site at the root; for a site under a sub-path, the folder that holds it under that name.',
  );
  process.exit(2);
}
process.stdout.write(nginxSiteConfig({ root: values.root, base: values.base, listen: values.listen, serverName: values['server-name'] }));
