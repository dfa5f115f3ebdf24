// First: Dexie must see a global indexedDB when it loads (see access-test-kit.tsx).
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/ipc/api.ts';
import type { Channel } from '../../../../shared/ipc/contract.ts';
import { fail, ok, type IpcErrorCode } from '../../../../shared/ipc/result.ts';
import { defaultSettings } from '../../../../shared/ipc/settings.ts';
import { meetingSpace, programmeSpace } from '../../../../shared/domain/space.ts';
import type { Role } from '../../../../shared/sync/protocol.ts';
import type { Account, SpaceGrant } from '../../../../shared/sync/spaces-api.ts';
import { ApiProvider } from '../../platform/api-context.tsx';
import { useSyncStore } from '../../state/sync-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { demoDb, renderWithDb, signIn, TEST_NOW } from '../access-test-kit.tsx';
import { MeetingScreen } from '../meetings/MeetingScreen.tsx';
import { ProgrammeScreen } from '../programmes/ProgrammeScreen.tsx';
import { SharingButton } from './SharingButton.tsx';

const ME = 'user-1';
const LAN = '0190f5a0-0000-7000-8000-0000000000b1';
const MINH = '0190f5a0-0000-7000-8000-0000000000b2';

const account = (id: string, displayName: string, unitId: string | null): Account => ({
  id,
  username: id.slice(-4),
  displayName,
  personId: null,
  unitId,
  isAdmin: false,
  capabilities: [],
});

/** Main and the district server in one: the space's grants, changed as the panel asks, or a refusal. */
function fakeServer(spaceId: string, grants: SpaceGrant[]) {
  const calls: Array<{ channel: Channel; input: unknown }> = [];
  const state = { grants: [...grants], refuse: null as IpcErrorCode | null };
  const answer = () => ok({ spaceId, grants: state.grants });
  const api: Api = {
    async invoke(channel, input) {
      calls.push({ channel, input });
      const i = input as { userId: string; role: Role };
      if (state.refuse && channel !== 'spaces.grants' && channel !== 'accounts.list')
        return fail(state.refuse, 'refused') as never;
      if (channel === 'spaces.grants') return answer() as never;
      if (channel === 'accounts.list') return fail('offline', 'no list') as never;
      if (channel === 'spaces.setGrant') {
        const others = state.grants.filter((g) => g.userId !== i.userId);
        const name = i.userId === LAN ? 'Nguyễn Thị Lan' : 'Trần Văn Minh';
        const row = {
          userId: i.userId,
          displayName: name,
          unitId: null,
          role: i.role,
          grantedAt: 2,
          grantedBy: ME,
        };
        state.grants = [...others, row];
        return answer() as never;
      }
      if (channel === 'spaces.removeGrant') {
        state.grants = state.grants.filter((g) => g.userId !== i.userId);
        return answer() as never;
      }
      return fail('unknown_channel', channel) as never;
    },
    on: () => () => undefined,
  };
  return { api, calls, state };
}

async function setUp(options: { role?: Role; online?: boolean } = {}) {
  const { db, data } = await demoDb();
  const programme = data.programme[0];
  const [unitA, unitB] = data.unit;
  if (!programme || !unitA || !unitB) throw new Error('no demo programme or units');
  const spaceId = programmeSpace(programme.id);
  await signIn(db, [{ spaceId, role: options.role ?? 'manage' }]);
  await db.meta.put({
    key: 'accounts',
    value: {
      accounts: [account(LAN, 'Nguyễn Thị Lan', unitA.id), account(MINH, 'Trần Văn Minh', unitB.id)],
      at: TEST_NOW,
    },
  });
  const grants: SpaceGrant[] = [
    {
      userId: ME,
      displayName: 'Văn phòng Quận ủy',
      unitId: null,
      role: 'manage',
      grantedAt: 1,
      grantedBy: null,
    },
    {
      userId: MINH,
      displayName: 'Trần Văn Minh',
      unitId: unitB.id,
      role: 'read',
      grantedAt: 1,
      grantedBy: ME,
    },
  ];
  const server = fakeServer(spaceId, grants);
  useSyncStore.setState({ phase: options.online === false ? 'offline' : 'idle' });
  return { db, programme, spaceId, server, unitA, unitB };
}

async function openPanel() {
  fireEvent.click(await screen.findByRole('button', { name: /Chia sẻ/ }, { timeout: 10_000 }));
  return screen.findByTestId('sharing-panel', {}, { timeout: 10_000 });
}

describe('sharing a space', { timeout: 30_000 }, () => {
  beforeEach(() => useUiStore.setState({ settings: defaultSettings, online: true }));

  it("lists who reads, writes and manages, with names and units; a manager's own row is not theirs to change", async () => {
    const { db, spaceId, server, unitB } = await setUp();
    renderWithDb(
      db,
      <ApiProvider api={server.api}>
        <SharingButton spaceId={spaceId} />
      </ApiProvider>,
    );
    const panel = await openPanel();
    const rows = within(panel).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain('Văn phòng Quận ủy (bạn)');
    expect(rows[0]?.textContent).toContain('Quản lý (giao quyền)');
    expect(within(rows[0] as HTMLElement).queryByRole('button', { name: /Bỏ chia sẻ/ })).toBeNull();
    expect(rows[1]?.textContent).toContain(unitB.shortName ?? unitB.name);
    expect(within(panel).getByRole('combobox', { name: 'Quyền của Trần Văn Minh' })).toBeTruthy();
    expect(server.calls.filter((c) => c.channel === 'spaces.grants')).toEqual([
      { channel: 'spaces.grants', input: { spaceId } },
    ]);
  });

  it('adds a person from the saved accounts with write, and takes a grant away after confirming', async () => {
    const { db, spaceId, server } = await setUp();
    renderWithDb(
      db,
      <ApiProvider api={server.api}>
        <SharingButton spaceId={spaceId} />
      </ApiProvider>,
    );
    const panel = await openPanel();
    // Only accounts not yet granted are offered, with their unit.
    fireEvent.mouseDown(within(panel).getByRole('combobox', { name: 'Người được chia sẻ' }));
    const option = await screen.findByText(/^Nguyễn Thị Lan — /);
    expect(screen.queryByText(/^Trần Văn Minh — /)).toBeNull();
    fireEvent.click(option);
    fireEvent.mouseDown(within(panel).getByRole('combobox', { name: 'Quyền được giao' }));
    fireEvent.click(await screen.findByTitle('Xem và sửa'));
    fireEvent.click(within(panel).getByRole('button', { name: 'Chia sẻ' }));
    expect(await screen.findByText('Đã chia sẻ với Nguyễn Thị Lan.')).toBeTruthy();
    expect(server.calls.find((c) => c.channel === 'spaces.setGrant')?.input).toEqual({
      spaceId,
      userId: LAN,
      role: 'write',
    });
    await waitFor(() => expect(within(panel).getAllByRole('row')).toHaveLength(4));

    fireEvent.click(within(panel).getByRole('button', { name: 'Bỏ chia sẻ với Trần Văn Minh' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Bỏ chia sẻ' }));
    expect(await screen.findByText('Đã bỏ chia sẻ với Trần Văn Minh.')).toBeTruthy();
    expect(server.calls.find((c) => c.channel === 'spaces.removeGrant')?.input).toEqual({
      spaceId,
      userId: MINH,
    });
    await waitFor(() => expect(within(panel).queryByText('Trần Văn Minh')).toBeNull());
  });

  it("shows the server's refusal in Vietnamese and keeps the list as it was", async () => {
    const { db, spaceId, server } = await setUp();
    renderWithDb(
      db,
      <ApiProvider api={server.api}>
        <SharingButton spaceId={spaceId} />
      </ApiProvider>,
    );
    const panel = await openPanel();
    server.state.refuse = 'forbidden';
    fireEvent.mouseDown(within(panel).getByRole('combobox', { name: 'Quyền của Trần Văn Minh' }));
    fireEvent.click(await screen.findByTitle('Xem và sửa'));
    const alert = await within(panel).findByRole('alert');
    expect(alert.textContent).toMatch(/Máy chủ không cho phép: bạn không có quyền quản lý chia sẻ/);
    expect(within(panel).getAllByRole('row').slice(1)[1]?.textContent).toContain('Chỉ xem');
  });

  it('offline, says grants need the server and asks it nothing', async () => {
    const { db, spaceId, server } = await setUp({ online: false });
    renderWithDb(
      db,
      <ApiProvider api={server.api}>
        <SharingButton spaceId={spaceId} />
      </ApiProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: /Chia sẻ/ }, { timeout: 10_000 }));
    expect((await screen.findByTestId('sharing-offline')).textContent).toMatch(/Cần kết nối máy chủ quận/);
    expect(screen.queryByTestId('sharing-panel')).toBeNull();
    expect(server.calls).toEqual([]);
  });

  it("is on the programme's screen for its managers only", async () => {
    const writer = await setUp({ role: 'write' });
    const view = renderWithDb(
      writer.db,
      <ApiProvider api={writer.server.api}>
        <ProgrammeScreen programmeId={writer.programme.id} />
      </ApiProvider>,
    );
    await screen.findAllByRole(
      'heading',
      { level: 1, name: new RegExp(writer.programme.code) },
      { timeout: 10_000 },
    );
    expect(screen.queryByRole('button', { name: /Chia sẻ/ })).toBeNull();
    view.unmount();
    const manager = await setUp({ role: 'manage' });
    renderWithDb(
      manager.db,
      <ApiProvider api={manager.server.api}>
        <ProgrammeScreen programmeId={manager.programme.id} />
      </ApiProvider>,
    );
    expect(await screen.findByRole('button', { name: /Chia sẻ/ }, { timeout: 10_000 })).toBeTruthy();
  });

  it("is on a meeting's screen for its managers, asking for that meeting's grants", async () => {
    const { db, data } = await demoDb();
    const meeting = data.meeting[0];
    if (!meeting) throw new Error('no demo meeting');
    const spaceId = meetingSpace(meeting.id);
    await signIn(db, [{ spaceId, role: 'manage' }]);
    useSyncStore.setState({ phase: 'idle' });
    const server = fakeServer(spaceId, []);
    renderWithDb(
      db,
      <ApiProvider api={server.api}>
        <MeetingScreen meetingId={meeting.id} />
      </ApiProvider>,
    );
    const panel = await openPanel();
    expect(within(panel).getByText('Chưa chia sẻ cho ai.')).toBeTruthy();
    expect(server.calls[0]).toEqual({ channel: 'spaces.grants', input: { spaceId } });
  });
});
