import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/test-support/sample-records.ts';
import { formatHlc } from '../../../shared/hlc/index.ts';
import { uuidv7 } from '../../../shared/ids/index.ts';
import type { PullResponse, ServerChange, SnapshotResponse } from '../../../shared/sync/protocol.ts';
import { createTestDb } from '../../test/test-db.ts';
import { createRecord } from '../db/write.ts';
import { MassDeletionPending } from './apply-pull.ts';
import { createSyncEngine } from './engine.ts';
import { TransportError, type SyncTransport } from './transport.ts';
import { accessAnswer } from '../../test/access-answer.ts';

/** A scripted server: what the engine asks for is recorded, what it gets is set by the test. */
function scriptedTransport(script: { grants: string[]; pull?: PullResponse }) {
  const calls: string[] = [];
  const transport: SyncTransport = {
    access: async () => accessAnswer(script.grants),
    snapshot: async (): Promise<SnapshotResponse> => {
      calls.push('snapshot');
      return { records: [], after: null, cursor: 10, serverTime: Date.now() };
    },
    push: async (changes) => ({
      results: changes.map((c, i) => ({
        changeId: c.changeId,
        status: 'accepted' as const,
        version: 11 + i,
        conflicts: [],
      })),
      serverTime: Date.now(),
    }),
    pull: async (cursor) => {
      calls.push(`pull:${cursor}`);
      return script.pull ?? { changes: [], cursor, hasMore: false, serverTime: Date.now() };
    },
    conflicts: async () => ({ conflicts: [] }),
  };
  return { transport, calls, script };
}

const ward = (name: string) => ({
  ...sampleRecords.unit,
  id: undefined,
  kind: 'ward' as const,
  name,
  shortName: null,
});

describe('sync engine', () => {
  it('takes a snapshot once, then pulls from its cursor; a new grant brings a new snapshot', async () => {
    const { db } = createTestDb();
    const { transport, calls, script } = scriptedTransport({ grants: ['directory'] });
    const engine = createSyncEngine({ db, transport });
    await engine.syncOnce();
    await engine.syncOnce();
    expect(calls).toEqual(['snapshot', 'pull:10', 'pull:10']);
    script.grants.push('programme:0190f5a0-0000-7000-8000-000000000001');
    await engine.syncOnce();
    expect(calls.slice(3)).toEqual(['snapshot', 'pull:10']);
  });

  it('stops before a pull that would delete more than half of the local records, until the user agrees', async () => {
    const { db, ctx } = createTestDb();
    const units = [];
    for (let i = 0; i < 30; i++) units.push(await createRecord(ctx, 'unit', ward(`Tổ dân phố số ${i + 1}`)));
    const deletions: ServerChange[] = units.slice(0, 20).map((unit, i) => ({
      changeId: uuidv7(Date.now()),
      entity: 'unit',
      recordId: unit.id,
      spaceId: 'directory',
      hlc: formatHlc({ wallMs: Date.now() + 1000, counter: i, nodeId: 'bbbbbbbbbbbbbbbb' }),
      fields: {},
      deleted: true,
      version: 20 + i,
      userId: null,
    }));
    const { transport } = scriptedTransport({
      grants: ['directory'],
      pull: { changes: deletions, cursor: 40, hasMore: false, serverTime: Date.now() },
    });
    const engine = createSyncEngine({ db, transport });
    await expect(engine.syncOnce()).rejects.toBeInstanceOf(MassDeletionPending);
    expect(await db.unit.where('_deleted').equals(0).count()).toBe(30);
    await engine.syncOnce({ allowMassDeletion: true });
    expect(await db.unit.where('_deleted').equals(0).count()).toBe(10);
  });
});

describe('sync engine: the accounts list', () => {
  const account = (displayName: string) => ({
    id: `0190f5a0-0000-7000-8000-${displayName.length.toString().padStart(12, '0')}`,
    username: displayName.toLowerCase().replaceAll(' ', ''),
    displayName,
    personId: null,
    unitId: null,
    isAdmin: false,
    capabilities: [],
  });

  it("saves the server's accounts in meta at each round, with when", async () => {
    const { db } = createTestDb();
    const { transport } = scriptedTransport({ grants: ['directory'] });
    let listed = [account('Phường Bồ Đề')];
    transport.accounts = async () => ({ accounts: listed });
    const engine = createSyncEngine({ db, transport, now: () => 1_000 });
    await engine.syncOnce();
    expect(await db.meta.get('accounts')).toEqual({
      key: 'accounts',
      value: { accounts: listed, at: 1_000 },
    });
    listed = [...listed, account('Văn phòng Quận ủy')];
    await engine.syncOnce();
    const row = await db.meta.get('accounts');
    expect(row?.key === 'accounts' ? row.value.accounts.map((a) => a.displayName) : null).toEqual([
      'Phường Bồ Đề',
      'Văn phòng Quận ủy',
    ]);
  });

  it('keeps the previous list when the call fails, and the round still completes', async () => {
    const { db } = createTestDb();
    const { transport, calls } = scriptedTransport({ grants: ['directory'] });
    transport.accounts = async () => ({ accounts: [account('Phường Bồ Đề')] });
    const engine = createSyncEngine({ db, transport, now: () => 1_000 });
    await engine.syncOnce();
    transport.accounts = async () => {
      throw new TransportError('server_error', 'Not Found');
    };
    const report = await createSyncEngine({ db, transport, now: () => 2_000 }).syncOnce();
    expect(report.pulled).toBe(0);
    expect(calls).toEqual(['snapshot', 'pull:10', 'pull:10']);
    const row = await db.meta.get('accounts');
    expect(row?.key === 'accounts' ? row.value : null).toEqual({
      accounts: [account('Phường Bồ Đề')],
      at: 1_000,
    });
  });

  it('a transport without the call syncs as before and saves no list', async () => {
    const { db } = createTestDb();
    const { transport, calls } = scriptedTransport({ grants: ['directory'] });
    expect(transport.accounts).toBeUndefined();
    await createSyncEngine({ db, transport }).syncOnce();
    expect(calls).toEqual(['snapshot', 'pull:10']);
    expect(await db.meta.get('accounts')).toBeUndefined();
    expect((await db.meta.get('sync'))?.key).toBe('sync');
  });
});
