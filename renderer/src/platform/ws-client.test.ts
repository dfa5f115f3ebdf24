import { describe, expect, it } from 'vitest';
import { createWebSocketApi } from './ws-client.ts';

/** A WebSocket double: records what the client sends and lets the test answer as the web host would. */
class FakeSocket extends EventTarget {
  static last: FakeSocket | null = null;
  readonly url: string;
  readonly sent: string[] = [];
  constructor(url: string) {
    super();
    this.url = url;
    FakeSocket.last = this;
    queueMicrotask(() => this.dispatchEvent(new Event('open')));
  }
  send(text: string) {
    this.sent.push(text);
  }
  receive(message: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(message) }));
  }
  drop() {
    this.dispatchEvent(new Event('close'));
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createWebSocketApi', () => {
  it('sends calls with the secret and resolves them by id', async () => {
    const api = createWebSocketApi(
      'http://127.0.0.1:5000',
      's3cret',
      FakeSocket as unknown as typeof WebSocket,
    );
    const answer = api.invoke('app.ping', { text: 'a' });
    await flush();
    const socket = FakeSocket.last;
    expect(socket?.url).toBe('ws://127.0.0.1:5000/ipc?token=s3cret');
    const call = JSON.parse(socket?.sent[0] ?? '{}') as { id: number };
    socket?.receive({ t: 'result', id: call.id, result: { ok: true, value: { text: 'a', receivedAt: 1 } } });
    expect(await answer).toEqual({ ok: true, value: { text: 'a', receivedAt: 1 } });
  });

  it('delivers events to subscribers until they unsubscribe', async () => {
    const api = createWebSocketApi('http://127.0.0.1:5000', 't', FakeSocket as unknown as typeof WebSocket);
    await flush();
    const seen: unknown[] = [];
    const off = api.on('menu.command', (payload) => seen.push(payload));
    FakeSocket.last?.receive({ t: 'event', event: 'menu.command', payload: { command: 'go-tasks' } });
    off();
    FakeSocket.last?.receive({ t: 'event', event: 'menu.command', payload: { command: 'go-home' } });
    expect(seen).toEqual([{ command: 'go-tasks' }]);
  });

  it('answers unavailable for calls in flight when the connection drops', async () => {
    const api = createWebSocketApi('http://127.0.0.1:5000', 't', FakeSocket as unknown as typeof WebSocket);
    const answer = api.invoke('settings.get', {});
    await flush();
    FakeSocket.last?.drop();
    expect(await answer).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
