/**
 * The Content-Security-Policy of every page of the app. Scripts only from the app itself, no eval, no
 * plugins, no framing. `connectSources` lists what the page may talk to besides itself (the web host's own
 * WebSocket).
 *
 * Styles, decided for the minutes editor (issue 18):
 * - `style-src-elem 'self' 'unsafe-inline'`: Ant Design's CSS-in-JS writes `<style>` elements at run time.
 *   It could carry a nonce (ConfigProvider `csp.nonce`), but the pages are static files served with a
 *   fixed header by two hosts; a per-load nonce would mean rewriting index.html per response, for little
 *   gain (next point). TipTap's own `<style>` is switched off (`injectCSS: false`); its rules live in
 *   renderer/src/screens/minutes/minutes.css.
 * - `style-src-attr 'unsafe-inline'`: ProseMirror and antd set `style` attributes (positions, table cells,
 *   pasted markup before the schema drops it); attributes cannot carry nonces at all.
 * - Why inline styles are acceptable here: they cannot run script (script-src stays 'self'), and the
 *   known harm of injected CSS — sending data out through `url(...)` — is closed by img-src, font-src and
 *   connect-src, which allow only the app itself (and data:/blob: images).
 */
export function contentSecurityPolicy(connectSources: readonly string[] = []): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'style-src-elem': ["'self'", "'unsafe-inline'"],
    'style-src-attr': ["'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...connectSources],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
    'frame-src': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
