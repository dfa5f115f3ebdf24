import electronUpdater from 'electron-updater';
import type { Logger } from '../log/logger.ts';

/**
 * Checks the district server's update feed (generic provider, configured in electron-builder.yml at
 * build time; `COMMITTEE_UPDATE_URL` overrides it at run time) and installs on quit. Only in packaged
 * builds: a developer's copy never updates itself.
 */
export function startAutoUpdate(options: { packaged: boolean; feedUrl?: string; log: Logger }): void {
  if (!options.packaged) return;
  const { autoUpdater } = electronUpdater;
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  if (options.feedUrl) autoUpdater.setFeedURL({ provider: 'generic', url: options.feedUrl });
  autoUpdater.on('error', (error: Error) => options.log.warn('updater.error', { error: error.message }));
  autoUpdater.on('update-downloaded', (info: { version: string }) =>
    options.log.info('updater.downloaded', { version: info.version }),
  );
  autoUpdater.checkForUpdatesAndNotify().catch((error: unknown) => {
    options.log.warn('updater.check_failed', { error: String(error) });
  });
}
