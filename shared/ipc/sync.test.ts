import { describe, expect, it } from 'vitest';
import { syncChannels } from './sync.ts';

describe('sync IPC inputs, derived from the protocol requests', () => {
  it('pull and snapshot take the request less its schema version, maxBytes included', () => {
    const pull = syncChannels['sync.pull'].input;
    const snapshot = syncChannels['sync.snapshot'].input;
    expect(pull.safeParse({ cursor: 3, limit: 10, maxBytes: 50_000 }).success).toBe(true);
    expect(snapshot.safeParse({ after: 'x', limit: 10, maxBytes: 50_000 }).success).toBe(true);
    expect(pull.safeParse({ cursor: 3, schemaVersion: 2 }).success).toBe(false);
    expect(snapshot.safeParse({ schemaVersion: 2 }).success).toBe(false);
    expect(snapshot.safeParse({ maxBytes: 1 }).success).toBe(false);
  });

  it('push takes only the changes, at least one', () => {
    const push = syncChannels['sync.push'].input;
    expect(push.safeParse({ changes: [] }).success).toBe(false);
    expect(push.safeParse({ changes: [], clientId: 'a' }).success).toBe(false);
    expect(Object.keys(push.shape)).toEqual(['changes']);
  });
});
