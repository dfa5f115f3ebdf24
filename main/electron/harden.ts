import type { Session, WebContents } from 'electron';
import type { Logger } from '../log/logger.ts';
import { isTrustedUrl } from './trusted-origin.ts';

/**
 * Denies what a privileged window must never do: navigate away from the app, open new windows, attach
 * webviews. Every refusal is logged.
 */
export function hardenWebContents(contents: WebContents, log: Logger): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) {
      event.preventDefault();
      log.warn('electron.navigation_denied', { url });
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url)) {
      event.preventDefault();
      log.warn('electron.redirect_denied', { url });
    }
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('electron.webview_denied');
  });
  contents.setWindowOpenHandler(({ url }) => {
    log.warn('electron.window_open_denied', { url });
    return { action: 'deny' };
  });
}

/** The only permission a page gets: writing text to the clipboard ("Sao chép" of a refused change). */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** No other permission (camera, microphone, notifications from pages, geolocation…) is granted to a page. */
export function denyAllPermissions(session: Session, log: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    const allowed = ALLOWED_PERMISSIONS.has(permission);
    if (!allowed) log.warn('electron.permission_denied', { permission });
    callback(allowed);
  });
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
}
