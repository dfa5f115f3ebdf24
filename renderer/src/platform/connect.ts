import type { Api } from '../../../shared/ipc/api.ts';
import { createWebSocketApi } from './ws-client.ts';

declare global {
  interface Window {
    /** Set by Electron's preload; in a browser, by `connectApi` over the web host's WebSocket. */
    api?: Api;
  }
}

const TOKEN_KEY = 'committee.web-host-token';

/**
 * Picks the transport once, at start: Electron's preload already exposed `window.api`; otherwise the page
 * was opened from the web host with its secret in the URL fragment. The rest of the renderer only ever
 * sees `Api`.
 */
export function connectApi(win: Window = window): Api {
  if (win.api) return win.api;
  const match = /[#&]token=([^&]+)/.exec(win.location.hash);
  if (match?.[1]) {
    win.sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    win.history.replaceState(null, '', `${win.location.pathname}#/`);
  }
  const token = win.sessionStorage.getItem(TOKEN_KEY);
  if (!token) throw new Error('Missing web host token: open the address the web host printed.');
  const api = createWebSocketApi(win.location.origin, token);
  win.api = api;
  return api;
}
