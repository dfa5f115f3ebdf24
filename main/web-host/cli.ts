import { mainMessage } from '../../shared/i18n/main.ts';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createLogger } from '../log/logger.ts';
import { createHandlers } from '../services/create-handlers.ts';
import { startWebHost } from './server.ts';

/**
 * `npm run web`: the main-process services and the built renderer on 127.0.0.1, for a browser.
 * Prints one JSON line `{"event":"web-host.ready","url":…}` on stdout when it listens.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.COMMITTEE_WEB_PORT ?? '0' },
    'user-data': { type: 'string', default: process.env.COMMITTEE_USER_DATA ?? '' },
    open: { type: 'boolean', default: false },
    demo: { type: 'boolean', default: process.env.COMMITTEE_DEMO === '1' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  process.stderr.write(`${mainMessage('webHost.badPort', { port: String(values.port) })}\n`);
  process.exit(2);
}
const rendererDir = join(root, 'dist', 'renderer');
if (!existsSync(join(rendererDir, 'index.html'))) {
  process.stderr.write(`${mainMessage('webHost.noBuild')}\n`);
  process.exit(2);
}
const userDataDir = values['user-data'] || join(homedir(), '.committee-desktop', 'web');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  productName: string;
  version: string;
};
const log = createLogger('web-host', (line) => process.stderr.write(`${line}\n`));

const host = await startWebHost({
  rendererDir,
  port,
  log,
  createHandlers: (emit, fileOpener) =>
    createHandlers({
      userDataDir,
      host: 'web',
      appName: pkg.productName,
      version: pkg.version,
      emit,
      log,
      demo: values.demo,
      fileOpener,
    }),
});
process.stdout.write(`${JSON.stringify({ event: 'web-host.ready', url: host.url, userDataDir })}\n`);
process.stderr.write(`\n  Mở ứng dụng tại / Open the app at:\n  ${host.url}\n\n`);

if (values.open) {
  const opener =
    process.platform === 'win32' ? 'explorer' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  spawn(opener, [host.url], { stdio: 'ignore', detached: true })
    .on('error', () => undefined)
    .unref();
}

const stop = () => {
  void host.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
