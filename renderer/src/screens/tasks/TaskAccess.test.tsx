// First: Dexie must see a global indexedDB when it loads (see access-test-kit.tsx).
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Task } from '../../../../shared/domain/task.ts';
import { defaultSettings } from '../../../../shared/ipc/settings.ts';
import type { Role } from '../../../../shared/sync/protocol.ts';
import { useTaskList } from '../../data/use-task-list.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { demoDb, renderWithDb, signIn } from '../access-test-kit.tsx';
import { TaskDrawer } from './TaskDrawer.tsx';

function Harness({ task }: { task: Task }) {
  const data = useTaskList();
  if (!data) return null;
  return (
    <TaskDrawer
      task={task}
      creating={false}
      onClose={() => undefined}
      lookups={data}
      today="2026-11-22"
      me={{ personId: null, unitId: null }}
    />
  );
}

/** An open task of a programme, and the drawer opened on it for a user of `unitId` with `role`. */
async function openTask(role: Role | null, options: { leadUnit?: boolean } = {}) {
  const { db, data } = await demoDb();
  const task = data.task.find((t) => t.status === 'in_progress' && t.spaceId.startsWith('programme:'));
  if (!task) throw new Error('no open programme task in the demo');
  const other = data.unit.find((u) => u.id !== task.leadUnitId);
  const unitId = options.leadUnit ? task.leadUnitId : (other?.id ?? null);
  if (role !== null) await signIn(db, [{ spaceId: task.spaceId, role }], { unitId });
  renderWithDb(db, <Harness task={task} />);
  await screen.findByRole('tab', { name: 'Thông tin' }, { timeout: 10_000 });
  return { db, task, unitId };
}

const openReports = () => fireEvent.click(screen.getByRole('tab', { name: 'Báo cáo tiến độ' }));

describe('TaskDrawer by access', { timeout: 30_000 }, () => {
  beforeEach(() => useUiStore.setState({ settings: defaultSettings }));

  it('the lead unit changes status and progress and reports; title and deadline are text', async () => {
    const { db, task, unitId } = await openTask('read', { leadUnit: true });
    expect(await screen.findByText(/Đơn vị của bạn chủ trì nhiệm vụ này/)).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Trạng thái' })).toBeTruthy();
    expect(screen.getByRole('spinbutton', { name: 'Tiến độ' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lưu' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Đánh dấu hoàn thành' })).toBeTruthy();
    // Title and deadline are shown, not editable.
    expect(screen.getByTestId('task-read-view').textContent).toContain(task.title);
    expect(screen.queryByDisplayValue(task.title)).toBeNull();
    expect(screen.queryByRole('textbox', { name: /Thời hạn/ })).toBeNull();
    expect(screen.queryByLabelText('Hạn chót')).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Đơn vị chủ trì' })).toBeNull();

    openReports();
    const text = await screen.findByRole('textbox', { name: 'Nội dung báo cáo' });
    fireEvent.change(text, { target: { value: 'Đã hoàn thành khảo sát.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi báo cáo' }));
    // Filed under the user's own unit, as the server's lead-unit rule requires.
    await waitFor(async () => {
      const reports = await db.taskUpdate.where('taskId').equals(task.id).toArray();
      expect(reports.some((r) => r.text === 'Đã hoàn thành khảo sát.' && r.unitId === unitId)).toBe(true);
    });
  });

  it('another unit that only reads gets the task as text and no report form', async () => {
    await openTask('read');
    expect(await screen.findByText('Bạn chỉ có quyền xem nhiệm vụ này.')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Trạng thái' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Lưu' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Đánh dấu hoàn thành' })).toBeNull();
    openReports();
    expect(await screen.findByTestId('reports-read-only')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Gửi báo cáo' })).toBeNull();
  });

  it.each([
    ['a writer', 'write'],
    ['an unsigned local user', null],
  ] as const)('%s edits every field', async (_who, role) => {
    const { task } = await openTask(role);
    expect(await screen.findByDisplayValue(task.title)).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Đơn vị chủ trì' })).toBeTruthy();
    expect(screen.getByLabelText('Hạn chót')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lưu' })).toBeTruthy();
    expect(screen.queryByTestId('read-only-notice')).toBeNull();
    openReports();
    expect(await screen.findByRole('button', { name: 'Gửi báo cáo' })).toBeTruthy();
  });
});
