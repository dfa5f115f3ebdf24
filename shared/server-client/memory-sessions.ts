import type { Session } from '../sync/protocol.ts';
import type { SessionStore } from './server-client.ts';

export interface MemorySessionStore extends SessionStore {
  /** The session held now (for tests and tools that need the access token). */
  current(): Session | null;
}

/** A session store that keeps the session in memory only: for tests, benchmarks and scripts. */
export function memorySessionStore(initial: Session | null = null): MemorySessionStore {
  let session = initial;
  return {
    load: async () => session,
    save: async (next) => {
      session = next;
    },
    clear: async () => {
      session = null;
    },
    current: () => session,
  };
}
