import { chmod, readFile, rm } from 'node:fs/promises';
import { sessionSchema, type Session } from '../../shared/sync/protocol.ts';
import type { SessionStore } from '../../shared/server-client/server-client.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';

/** Turns the session into bytes at rest and back: Electron's safeStorage, or plain text for the web host. */
export interface SecretCodec {
  encode(text: string): Buffer;
  decode(data: Buffer): string;
}

export const plainCodec: SecretCodec = {
  encode: (text) => Buffer.from(text, 'utf8'),
  decode: (data) => data.toString('utf8'),
};

/**
 * The user's tokens in one file readable only by its owner (0600), encrypted by the OS keychain where
 * the host has one. A damaged or undecryptable file counts as "not logged in", never as a crash.
 */
export function createFileSessionStore(file: string, codec: SecretCodec): SessionStore {
  let cached: Session | null | undefined;
  return {
    async load() {
      if (cached !== undefined) return cached;
      try {
        const parsed = sessionSchema.safeParse(JSON.parse(codec.decode(await readFile(file))));
        cached = parsed.success ? parsed.data : null;
      } catch {
        cached = null;
      }
      return cached;
    },
    async save(session) {
      await writeFileAtomic(file, codec.encode(JSON.stringify(session)));
      await chmod(file, 0o600);
      cached = session;
    },
    async clear() {
      cached = null;
      await rm(file, { force: true });
    },
  };
}
