import { mainMessage } from '../../shared/i18n/main.ts';
import type { Protocol } from 'electron';
import { contentSecurityPolicy } from '../../shared/security/csp.ts';
import { readStaticFile } from '../web-host/static-files.ts';
import { APP_HOST, APP_SCHEME } from './trusted-origin.ts';

/** Must run before `app` is ready: makes `app://` a standard, secure origin. */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

/** Serves the built renderer from `app://bundle/`, with the CSP on every response. */
export function serveRendererBundle(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const headers = {
      'Content-Security-Policy': contentSecurityPolicy(),
      'X-Content-Type-Options': 'nosniff',
    };
    const file = url.host === APP_HOST ? await readStaticFile(rendererDir, url.pathname) : null;
    if (!file) return new Response(mainMessage('static.notFound'), { status: 404, headers });
    return new Response(new Uint8Array(file.body), {
      status: 200,
      headers: { ...headers, 'Content-Type': file.contentType },
    });
  });
}
