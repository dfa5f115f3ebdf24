import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * `npm run dist -- [electron-builder flags]`: builds the installers into release/. The update feed URL
 * (the district server's `/updates/` folder) comes from COMMITTEE_UPDATE_URL at build time.
 */
const root = fileURLToPath(new URL('../', import.meta.url));
const env = { ...process.env };
if (!env.COMMITTEE_UPDATE_URL) {
  env.COMMITTEE_UPDATE_URL = 'http://127.0.0.1:8787/updates/';
  process.stderr.write(`COMMITTEE_UPDATE_URL is not set; using ${env.COMMITTEE_UPDATE_URL}\n`);
}
const builder = fileURLToPath(new URL('../node_modules/.bin/electron-builder', import.meta.url));
const result = spawnSync(builder, ['--publish', 'never', ...process.argv.slice(2)], {
  cwd: root,
  env,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
