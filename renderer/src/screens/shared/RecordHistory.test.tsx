import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../../shared/sync/spaces-api.ts';
import { updateRecord } from '../../db/write.ts';
import { demoDb, renderWithDb, TEST_NOW } from '../access-test-kit.tsx';
import { useSyncStore } from '../../state/sync-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { createFakeApi } from '../../../test/fake-api.ts';
import { RecordHistory } from './RecordHistory.tsx';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/;

afterEach(() => useUiStore.setState((state) => ({ settings: { ...state.settings, locale: 'vi' } })));

async function setUp() {
  const test = await demoDb();
  const { data, db } = test;
  const trangPerson = data.person.find((p) => p.name === 'Trần Thị Thu Trang');
  const boDe = data.unit.find((u) => u.name === 'Phường Bồ Đề');
  const task = data.task.find((t) => t.status === 'not_started' && t.leadUnitId !== boDe?.id);
  if (!trangPerson || !boDe || !task) throw new Error('the demo has changed');
  const trang: Account = {
    id: 'u-trang',
    username: 'trang.vpqu',
    displayName: 'Chánh Văn phòng',
    personId: trangPerson.id,
    unitId: trangPerson.unitId,
    isAdmin: false,
    capabilities: [],
  };
  await db.meta.put({ key: 'accounts', value: { accounts: [trang], at: TEST_NOW } });
  return { ...test, trangPerson, boDe, task, trang };
}

describe('RecordHistory', () => {
  it('shows each edit under who made it, with names and words instead of ids and codes', async () => {
    const { db, ctx, advance, boDe, task } = await setUp();
    const lead = await db.unit.get(task.leadUnitId);
    advance(60 * 60_000);
    await updateRecord({ ...ctx, actor: { kind: 'account', userId: 'u-trang' } }, 'task', task.id, {
      leadUnitId: boDe.id,
      status: 'in_progress',
    });
    renderWithDb(db, <RecordHistory entity="task" recordId={task.id} />);
    const newest = (await screen.findAllByTestId('history-edit'))[0];
    await waitFor(() =>
      expect(newest?.textContent).toContain('Trần Thị Thu Trang · VPQU · 10:00, 22/11/2026'),
    );
    expect(newest?.textContent).toContain(`Đơn vị chủ trì: ${lead?.name} → Phường Bồ Đề`);
    expect(newest?.textContent).toContain('Trạng thái: Chưa bắt đầu → Đang thực hiện');
    expect(newest?.textContent).not.toMatch(UUID);
    expect(newest?.textContent).not.toContain('(trống) → (trống)');
  });

  it('marks a "Tôi là" person unverified and names a figure with its period, in English too', async () => {
    const { db, ctx, advance, trangPerson, data } = await setUp();
    const period = data.indicatorPeriod.find((p) => p.period.kind === 'year' && p.result !== null);
    if (!period) throw new Error('the demo has changed');
    advance(60_000);
    const write = {
      ...ctx,
      actor: { kind: 'person' as const, personId: trangPerson.id, verified: false as const },
    };
    await updateRecord(write, 'indicatorPeriod', period.id, {
      result: 16.5,
      enteredBy: trangPerson.id,
      enteredAt: TEST_NOW + 60_000,
    });
    const { unmount } = renderWithDb(db, <RecordHistory entity="indicatorPeriod" recordId={period.id} />);
    const newest = (await screen.findAllByTestId('history-edit'))[0];
    await waitFor(() => expect(newest?.textContent).toContain('Trần Thị Thu Trang (chưa xác thực) · VPQU'));
    expect(newest?.textContent).toMatch(new RegExp(`Kết quả năm ${period.period.year}: .* → 16,5`));
    expect(newest?.textContent).toContain('Thời điểm nhập');
    expect(newest?.textContent).toContain('09:01, 22/11/2026');
    expect(newest?.textContent).not.toMatch(UUID);
    unmount();
    useUiStore.setState((state) => ({ settings: { ...state.settings, locale: 'en' } }));
    renderWithDb(db, <RecordHistory entity="indicatorPeriod" recordId={period.id} />);
    const english = (await screen.findAllByTestId('history-edit'))[0];
    await waitFor(() => expect(english?.textContent).toContain('Trần Thị Thu Trang (not verified)'));
    expect(english?.textContent).toMatch(new RegExp(`Result, year ${period.period.year}: .* → 16\\.5`));
  });

  it('says when nobody is known for a pulled change', async () => {
    const { db, task } = await setUp();
    await db.history.add({
      entity: 'task',
      recordId: task.id,
      field: 'priority',
      oldValue: 'normal',
      newValue: 'high',
      hlc: '001795000000000-0000-00000000000000b2',
      actorId: 'u-elsewhere',
      actor: { kind: 'account', userId: 'u-elsewhere' },
      at: TEST_NOW,
      origin: 'remote',
    });
    renderWithDb(db, <RecordHistory entity="task" recordId={task.id} />);
    const newest = (await screen.findAllByTestId('history-edit'))[0];
    await waitFor(() => expect(newest?.textContent).toContain('Không rõ người sửa'));
    expect(newest?.textContent).toContain('Mức ưu tiên: Bình thường → Cao');
  });

  it('shows the history the server keeps of a record that reached this machine whole, and the edits not sent yet', async () => {
    const { db, ctx, advance, boDe, task } = await setUp();
    useSyncStore.setState({
      user: {
        id: 'u-tien',
        username: 'tien',
        displayName: 'Nguyễn Văn Tiến',
        personId: null,
        unitId: boDe.id,
        isAdmin: false,
      },
    });
    const audit = (version: number, field: string, oldValue: unknown, newValue: unknown) => ({
      version,
      at: TEST_NOW - 3_600_000,
      userId: 'u-trang',
      userName: 'Chánh Văn phòng',
      clientId: 'c1',
      spaceId: task.spaceId,
      entity: 'task',
      recordId: task.id,
      field,
      oldValue,
      newValue,
    });
    const api = createFakeApi(undefined, {
      'sync.history': () => ({
        entries: [audit(7, 'leadUnitId', null, boDe.id), audit(7, 'deadline', null, '2022-06-30')],
      }),
    }).api;
    advance(60_000);
    // An edit made here and still in the outbox; a line pulled earlier is the server's too (not shown twice).
    await updateRecord({ ...ctx, actor: { kind: 'account', userId: 'u-tien' } }, 'task', task.id, {
      progress: 40,
    });
    renderWithDb(db, <RecordHistory entity="task" recordId={task.id} />, api);
    await waitFor(() => expect(screen.getAllByTestId('history-edit')).toHaveLength(2));
    const [mine, theirs] = screen.getAllByTestId('history-edit');
    expect(mine?.textContent).toContain('Tiến độ (%): 0 → 40');
    expect(theirs?.textContent).toContain('Trần Thị Thu Trang · VPQU');
    expect(theirs?.textContent).toContain('Đơn vị chủ trì: Phường Bồ Đề');
    expect(theirs?.textContent).toContain('30/06/2022');
    expect(theirs?.textContent).not.toMatch(UUID);
    useSyncStore.setState({ user: null });
  });
});
