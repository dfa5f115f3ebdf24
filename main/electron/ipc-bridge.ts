import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelNames } from '../../shared/ipc/contract.ts';
import { fail } from '../../shared/ipc/result.ts';
import type { Dispatch } from '../ipc/dispatch.ts';
import type { Logger } from '../log/logger.ts';
import { isTrustedUrl } from './trusted-origin.ts';

/** Only the top frame of the app's own bundle may call main. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isTrustedUrl(frame.url);
}

/** One `ipcMain.handle` per contract channel, each checking its sender before dispatching. */
export function registerIpcHandlers(ipcMain: IpcMain, dispatch: Dispatch, log: Logger): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        log.warn('ipc.sender_refused', { channel, url: event.senderFrame?.url ?? null });
        return fail('forbidden', 'Sender is not the app');
      }
      return dispatch(channel, input);
    });
  }
}
