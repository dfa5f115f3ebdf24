import type { IpcMain } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../shared/ipc/contract.ts';
import { ok } from '../../shared/ipc/result.ts';
import { silentLogger } from '../log/logger.ts';
import { registerIpcHandlers } from './ipc-bridge.ts';

type Handler = (event: unknown, input: unknown) => Promise<unknown>;

function register() {
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) };
  const dispatch = vi.fn(async () => ok('answer'));
  registerIpcHandlers(ipcMain as unknown as IpcMain, dispatch, silentLogger);
  return { handlers, dispatch };
}

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels', () => {
    expect([...register().handlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('dispatches calls from the top frame of the app bundle', async () => {
    const { handlers, dispatch } = register();
    const answer = await handlers.get('app.ping')?.(frame('app://bundle/index.html'), { text: 'a' });
    expect(answer).toEqual(ok('answer'));
    expect(dispatch).toHaveBeenCalledWith('app.ping', { text: 'a' });
  });

  it.each([
    ['another origin', frame('https://example.org/')],
    ['a file page', frame('file:///tmp/x.html')],
    ['a sub-frame of the app', frame('app://bundle/index.html', { url: 'app://bundle/index.html' })],
    ['no frame', { senderFrame: null }],
  ])('refuses %s without dispatching', async (_label, event) => {
    const { handlers, dispatch } = register();
    for (const channel of channelNames) {
      expect(await handlers.get(channel)?.(event, {})).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });
});
