import { describe, expect, it } from 'vitest';
import type { DocumentPresence } from '../../shared/ipc/documents.ts';
import { createPresenceCache } from './presence-cache.ts';

const an = { userId: 'u-an', name: 'Nguyễn Văn An' };

describe('presence cache (main)', () => {
  it('passes each notice on, answers what it last heard, and tells every document empty when offline', () => {
    const emitted: DocumentPresence[] = [];
    const cache = createPresenceCache((presence) => emitted.push(presence));
    cache.receive('minutes:a', [an]);
    cache.receive('notes:a', [an]);
    cache.receive('notes:a', []);
    expect(emitted).toEqual([
      { docId: 'minutes:a', users: [an] },
      { docId: 'notes:a', users: [an] },
      { docId: 'notes:a', users: [] },
    ]);
    expect(cache.of(['minutes:a', 'notes:a'])).toEqual([
      { docId: 'minutes:a', users: [an] },
      { docId: 'notes:a', users: [] },
    ]);
    emitted.length = 0;
    cache.clear();
    expect(emitted).toEqual([{ docId: 'minutes:a', users: [] }]);
    expect(cache.of(['minutes:a'])).toEqual([{ docId: 'minutes:a', users: [] }]);
  });
});
