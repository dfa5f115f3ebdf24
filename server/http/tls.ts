import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import { AdminError } from '../admin/user-admin.ts';
import { serverMessage } from '../../shared/i18n/server.ts';

/**
 * HTTPS for the district server: `TLS_CERT` and `TLS_KEY` are the paths of the PEM certificate (the
 * server's own, followed by any intermediate certificates) and its private key, issued by the district's
 * CA. Both or neither: one alone is a mistake the operator should hear about at start-up, not a server
 * that quietly speaks plain HTTP. The pair is checked together (`createSecureContext`), so a key that
 * does not belong to the certificate is refused before the server listens.
 */
export interface TlsOptions {
  cert: Buffer;
  key: Buffer;
}

/** A TLS setting the operator must fix (the command line prints its message alone). */
export class TlsConfigError extends AdminError {
  constructor(message: string) {
    super(message);
    this.name = 'TlsConfigError';
  }
}

function readPem(variable: 'TLS_CERT' | 'TLS_KEY', file: string): Buffer {
  let content: Buffer;
  try {
    content = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new TlsConfigError(serverMessage('tls.unreadable', { variable, file, error: code }));
  }
  const marker =
    variable === 'TLS_CERT' ? /-----BEGIN CERTIFICATE-----/ : /-----BEGIN [A-Z ]*PRIVATE KEY-----/;
  if (!marker.test(content.toString('latin1'))) {
    const what = serverMessage(variable === 'TLS_CERT' ? 'tls.whatCert' : 'tls.whatKey');
    throw new TlsConfigError(serverMessage('tls.notPem', { variable, file, what }));
  }
  return content;
}

/** Fastify's `https` option from `TLS_CERT` and `TLS_KEY`, or undefined when neither is set (HTTP). */
export function tlsFromEnv(env: NodeJS.ProcessEnv = process.env): TlsOptions | undefined {
  const certFile = env.TLS_CERT?.trim() ?? '';
  const keyFile = env.TLS_KEY?.trim() ?? '';
  if (!certFile && !keyFile) return undefined;
  if (!certFile || !keyFile)
    throw new TlsConfigError(serverMessage('tls.onlyOne', { present: certFile ? 'TLS_CERT' : 'TLS_KEY' }));
  const options = { cert: readPem('TLS_CERT', certFile), key: readPem('TLS_KEY', keyFile) };
  try {
    createSecureContext(options);
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    throw new TlsConfigError(serverMessage('tls.mismatch', { error: detail }));
  }
  return options;
}
