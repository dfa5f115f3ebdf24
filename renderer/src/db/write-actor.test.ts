import { afterEach, describe, expect, it } from 'vitest';
import { createTestDb } from '../../test/test-db.ts';
import { currentActor } from '../data/use-actor.ts';
import { useSyncStore } from '../state/sync-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { actorOfEntry } from './actor.ts';
import type { HistoryActor } from './local-db.ts';
import { createRecord, updateRecord } from './write.ts';

const ward = {
  spaceId: 'directory',
  kind: 'ward',
  parentId: null,
  name: 'Phường Bồ Đề',
  shortName: 'Bồ Đề',
} as const;

const trang = {
  id: 'u-trang',
  username: 'trang.vpqu',
  displayName: 'Trần Thị Thu Trang',
  personId: 'p-trang',
  unitId: 'unit-vpqu',
  isAdmin: false,
};

afterEach(() => {
  useSyncStore.getState().set({ user: null });
  useUiStore.setState((state) => ({ settings: { ...state.settings, personId: null } }));
});

describe('the actor of each write', () => {
  it('writes every history line of an edit with the account that made it', async () => {
    const { db, ctx } = createTestDb();
    const actor: HistoryActor = { kind: 'account', userId: 'u-trang' };
    await createRecord({ ...ctx, actor }, 'unit', ward);
    const rows = await db.history.toArray();
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toMatchObject({ actor, actorId: 'u-trang', origin: 'local' });
  });

  it('marks a "Tôi là" person unverified and keeps actorId for accounts only', async () => {
    const { db, ctx } = createTestDb();
    await createRecord(
      { ...ctx, actor: { kind: 'person', personId: 'p-trang', verified: false } },
      'unit',
      ward,
    );
    const row = await db.history.toCollection().first();
    expect(row?.actor).toEqual({ kind: 'person', personId: 'p-trang', verified: false });
    expect(row?.actorId).toBeNull();
  });

  it('asks a getter at each write, so a sign-in between two edits shows in the second', async () => {
    const { db, ctx, advance } = createTestDb();
    let actor: HistoryActor | null = { kind: 'person', personId: 'p-trang', verified: false };
    const write = { ...ctx, actor: () => actor };
    const unit = await createRecord(write, 'unit', ward);
    actor = { kind: 'account', userId: 'u-trang' };
    advance(60_000);
    await updateRecord(write, 'unit', unit.id, { shortName: 'P. Bồ Đề' });
    const rows = await db.history.orderBy('seq').toArray();
    expect(rows.at(0)?.actor?.kind).toBe('person');
    expect(rows.at(-1)).toMatchObject({ field: 'shortName', actor: { kind: 'account', userId: 'u-trang' } });
  });

  it('reads an account id given alone (and old rows with only actorId) as an account', async () => {
    const { db, ctx } = createTestDb();
    await createRecord({ ...ctx, actorId: 'u-trang' }, 'unit', ward);
    const row = await db.history.toCollection().first();
    expect(row?.actor).toEqual({ kind: 'account', userId: 'u-trang' });
    expect(actorOfEntry({ actorId: 'u-old' })).toEqual({ kind: 'account', userId: 'u-old' });
    expect(actorOfEntry({ actorId: null })).toBeNull();
  });

  it('takes the signed-in user first, then the "Tôi là" person, then nobody', async () => {
    const { db, ctx, advance } = createTestDb();
    const write = { ...ctx, actor: currentActor };
    const unit = await createRecord(write, 'unit', ward);
    useUiStore.setState((state) => ({ settings: { ...state.settings, personId: 'p-trang' } }));
    advance(1000);
    await updateRecord(write, 'unit', unit.id, { shortName: 'P. Bồ Đề' });
    useSyncStore.getState().set({ user: trang });
    advance(1000);
    await updateRecord(write, 'unit', unit.id, { shortName: 'Bồ Đề' });
    const actors = (await db.history.orderBy('seq').toArray()).filter((r) => r.field === 'shortName');
    expect(actors.map((r) => r.actor)).toEqual([
      null,
      { kind: 'person', personId: 'p-trang', verified: false },
      { kind: 'account', userId: 'u-trang' },
    ]);
  });
});
