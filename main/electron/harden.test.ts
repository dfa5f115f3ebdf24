import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../log/logger.ts';
import { denyAllPermissions, hardenWebContents } from './harden.ts';

type Listener = (event: { preventDefault: () => void }, url?: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  };
  hardenWebContents(contents as unknown as WebContents, silentLogger);
  const fire = (name: string, url?: string) => {
    const event = { preventDefault: vi.fn() };
    listeners.get(name)?.(event, url);
    return event.preventDefault;
  };
  return { fire, open: (url: string) => openHandler?.({ url }) };
}

describe('hardenWebContents', () => {
  it('denies navigation away from the app bundle', () => {
    const { fire } = fakeContents();
    expect(fire('will-navigate', 'https://example.org/phishing')).toHaveBeenCalled();
    expect(fire('will-navigate', 'file:///etc/passwd')).toHaveBeenCalled();
    expect(fire('will-redirect', 'http://127.0.0.1:9/')).toHaveBeenCalled();
  });

  it('lets the app navigate within its own bundle', () => {
    const { fire } = fakeContents();
    expect(fire('will-navigate', 'app://bundle/index.html#/tasks')).not.toHaveBeenCalled();
  });

  it('denies every window.open and webview', () => {
    const { fire, open } = fakeContents();
    expect(open('https://example.org')).toEqual({ action: 'deny' });
    expect(open('app://bundle/index.html')).toEqual({ action: 'deny' });
    expect(fire('will-attach-webview')).toHaveBeenCalled();
  });
});

describe('denyAllPermissions', () => {
  it('refuses every permission request and check but writing text to the clipboard', () => {
    let request:
      ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: ((wc: unknown, permission: string) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    };
    denyAllPermissions(session as unknown as Session, silentLogger);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(check?.({}, 'media')).toBe(false);
    const write = vi.fn();
    request?.({}, 'clipboard-sanitized-write', write);
    expect(write).toHaveBeenCalledWith(true);
  });
});
