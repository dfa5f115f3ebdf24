import { isIP } from 'node:net';

/**
 * `TRUST_PROXY`: the addresses of the reverse proxies in front of the server, comma-separated
 * (`127.0.0.1,10.0.0.5`, or ranges such as `10.0.0.0/24`). Only `X-Forwarded-For` hops added by one of
 * them count: the client address is the nearest hop not in the list, so a client cannot choose its own
 * by sending the header. Empty or unset: no proxy, the socket's address is the client's.
 */
export type TrustProxyParse = { ok: true; proxies: string[] } | { ok: false };

function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

export function parseTrustProxy(raw: string | undefined): TrustProxyParse {
  const text = raw?.trim() ?? '';
  if (text === '') return { ok: true, proxies: [] };
  const proxies = text.split(',').map((entry) => entry.trim());
  return proxies.every(isAddressOrRange) ? { ok: true, proxies } : { ok: false };
}
