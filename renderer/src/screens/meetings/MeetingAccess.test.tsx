// First: Dexie must see a global indexedDB when it loads (see access-test-kit.tsx).
import 'fake-indexeddb/auto';
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { meetingSpace } from '../../../../shared/domain/space.ts';
import { defaultSettings } from '../../../../shared/ipc/settings.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { demoDb, renderWithDb, signIn } from '../access-test-kit.tsx';
import { MeetingScreen } from './MeetingScreen.tsx';

async function openMeeting(role: 'read' | 'write' | null) {
  const { db, data } = await demoDb();
  const meeting = data.meeting.find((mt) => data.agendaItem.some((item) => item.meetingId === mt.id));
  if (!meeting) throw new Error('no demo meeting with an agenda');
  if (role !== null) await signIn(db, [{ spaceId: meetingSpace(meeting.id), role }]);
  renderWithDb(db, <MeetingScreen meetingId={meeting.id} />);
  await screen.findByRole('heading', { level: 1, name: meeting.title }, { timeout: 10_000 });
  await screen.findAllByTestId('agenda-item');
}

describe('MeetingScreen by access', { timeout: 30_000 }, () => {
  beforeEach(() => useUiStore.setState({ settings: defaultSettings }));

  it('a reader sees the meeting as a record: no edit, copy, add, move or delete controls', async () => {
    await openMeeting('read');
    expect(await screen.findByText('Bạn chỉ có quyền xem hội nghị này.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sửa thông tin' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sao chép làm hội nghị kỳ sau' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Thêm nội dung' })).toBeNull();
    expect(screen.queryAllByRole('button', { name: /^Đưa lên/ })).toHaveLength(0);
    expect(screen.queryAllByRole('button', { name: 'Xóa' })).toHaveLength(0);
  });

  it.each([
    ['a writer', 'write'],
    ['an unsigned local user', null],
  ] as const)('%s keeps the edit controls', async (_who, role) => {
    await openMeeting(role);
    expect(await screen.findByRole('button', { name: 'Sửa thông tin' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Thêm nội dung' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Đưa lên/ }).length).toBeGreaterThan(0);
    expect(screen.queryByTestId('read-only-notice')).toBeNull();
  });
});
