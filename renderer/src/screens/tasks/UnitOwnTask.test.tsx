// First: Dexie must see a global indexedDB when it loads (see access-test-kit.tsx).
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { programmeSpace, unitSpace } from '../../../../shared/domain/space.ts';
import type { Task } from '../../../../shared/domain/task.ts';
import { defaultSettings } from '../../../../shared/ipc/settings.ts';
import { useTaskList } from '../../data/use-task-list.ts';
import { createRecord } from '../../db/write.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { demoDb, renderWithDb, signIn } from '../access-test-kit.tsx';
import { TaskDrawer } from './TaskDrawer.tsx';

function Harness({ task }: { task: Task | null }) {
  const data = useTaskList();
  if (!data) return null;
  return (
    <TaskDrawer
      task={task}
      creating={task === null}
      onClose={() => undefined}
      lookups={data}
      today="2026-11-22"
      me={{ personId: null, unitId: null }}
    />
  );
}

/** A ward official: their unit's space is theirs, and they only read the programmes. */
async function wardOfficial() {
  const { db, ctx, data } = await demoDb();
  const ward = data.unit.find((u) => u.kind === 'ward');
  const other = data.unit.find((u) => u.id !== ward?.id);
  if (!ward || !other) throw new Error('no ward in the demo');
  const grants = data.programme.map((p) => ({ spaceId: programmeSpace(p.id), role: 'read' as const }));
  await signIn(db, grants, { unitId: ward.id });
  return { db, ctx, data, ward, other };
}

const combobox = (name: string) => screen.getByRole('combobox', { name });

describe("a unit's own task (Việc riêng của đơn vị)", { timeout: 30_000 }, () => {
  beforeEach(() => useUiStore.setState({ settings: defaultSettings }));

  it('a ward official starts on it, their unit leading, and saves it in the unit space through the outbox', async () => {
    const { db, ward, other } = await wardOfficial();
    renderWithDb(db, <Harness task={null} />);
    const hint = await screen.findByTestId('unit-own-hint', {}, { timeout: 10_000 });
    expect(hint.textContent).toContain('không đổi được đơn vị chủ trì');
    const source = combobox('Nguồn giao').closest('.ant-select');
    await waitFor(() => expect(source?.textContent).toContain('Việc riêng của đơn vị'));
    const lead = combobox('Đơn vị chủ trì').closest('.ant-select');
    await waitFor(() => expect(lead?.textContent).toContain(ward.shortName ?? ward.name));
    // Only their own unit may lead it: its space is the one they write.
    fireEvent.mouseDown(combobox('Đơn vị chủ trì'));
    const list = await screen.findByRole('listbox');
    const options = within(list.parentElement ?? list);
    const option = { selector: '.ant-select-item-option-content' };
    expect(options.getByText(ward.shortName ?? ward.name, option)).toBeTruthy();
    expect(options.queryByText(other.shortName ?? other.name, option)).toBeNull();

    fireEvent.change(screen.getByRole('textbox', { name: 'Nhiệm vụ' }), {
      target: { value: 'Rà soát hộ nghèo, hộ cận nghèo trên địa bàn phường' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Giao nhiệm vụ mới' }));
    const taskChanges = async () => (await db.outbox.toArray()).filter((c) => c.entity === 'task');
    await waitFor(async () => expect(await taskChanges()).toHaveLength(1));
    const [saved] = await db.task.where('spaceId').equals(unitSpace(ward.id)).toArray();
    expect(saved).toMatchObject({
      source: { kind: 'none' },
      leadUnitId: ward.id,
      spaceId: unitSpace(ward.id),
    });
    const [sent] = await taskChanges();
    expect(sent?.spaceId).toBe(unitSpace(ward.id));
  });

  it('once created, its lead unit is locked, with why', async () => {
    const { db, ctx, data, ward } = await wardOfficial();
    const sample = data.task[0];
    if (!sample) throw new Error('no demo task');
    const task = await createRecord(ctx, 'task', {
      ...sample,
      id: undefined,
      title: 'Tổng vệ sinh môi trường khu dân cư',
      source: { kind: 'none' },
      leadUnitId: ward.id,
      cooperatingUnitIds: [],
      spaceId: unitSpace(ward.id),
    });
    renderWithDb(db, <Harness task={task} />);
    await screen.findByRole('tab', { name: 'Thông tin' }, { timeout: 10_000 });
    const lead = await screen.findByRole('combobox', { name: 'Đơn vị chủ trì' });
    expect(lead.closest('.ant-select')?.className).toContain('ant-select-disabled');
    expect(screen.getByText(/Việc riêng của đơn vị: không đổi được đơn vị chủ trì/)).toBeTruthy();
    // The rest stays editable by the unit's members.
    expect(screen.getByDisplayValue('Tổng vệ sinh môi trường khu dân cư')).toBeTruthy();
    expect(combobox('Nguồn giao').closest('.ant-select')?.textContent).toContain('Việc riêng của đơn vị');
  });
});
