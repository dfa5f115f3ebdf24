import { shell } from 'electron';
import { mainMessage } from '../../shared/i18n/main.ts';
import type { FileOpener } from '../blobs/open-copy.ts';
import { HandlerFailure } from '../ipc/handlers.ts';

/** Opens a conference file's temporary copy with the system's application for its type. */
export const electronFileOpener: FileOpener = {
  async open(path) {
    const error = await shell.openPath(path);
    if (error) throw new HandlerFailure('unavailable', mainMessage('files.openFailed', { reason: error }));
    return { opened: true };
  },
};
