// First: Dexie must see a global indexedDB when it loads (see access-test-kit.tsx).
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/ipc/api.ts';
import { fail, type IpcErrorCode } from '../../../../shared/ipc/result.ts';
import { unitKinds } from '../../../../shared/domain/directory.ts';
import { defaultSettings } from '../../../../shared/ipc/settings.ts';
import {
  createUnitRequestSchema,
  type AdminAccount,
  type AdminUnit,
} from '../../../../shared/sync/admin-api.ts';
import { createFakeApi } from '../../../test/fake-api.ts';
import { createTestDb } from '../../../test/test-db.ts';
import { unitTree } from '../../data/use-directory-tree.ts';
import { AppShell } from '../../shell/AppShell.tsx';
import { useUiStore } from '../../state/ui-store.ts';
import { renderWithDb, signIn, TEST_NOW } from '../access-test-kit.tsx';
import { AdminScreen } from './AdminScreen.tsx';

const VPQU = '0190f5a0-0000-7000-8000-0000000000a1';
const BTG = '0190f5a0-0000-7000-8000-0000000000a2';
const BO_DE = '0190f5a0-0000-7000-8000-0000000000a3';
const NEW_UNIT = '0190f5a0-0000-7000-8000-0000000000a4';

const startUnits: AdminUnit[] = [
  { id: VPQU, name: 'Văn phòng Quận ủy', shortName: 'VPQU', kind: 'office', parentId: null, depth: 0 },
  {
    id: BTG,
    name: 'Ban Tuyên giáo Quận ủy',
    shortName: null,
    kind: 'party_committee',
    parentId: VPQU,
    depth: 1,
  },
  { id: BO_DE, name: 'Phường Bồ Đề', shortName: null, kind: 'ward', parentId: VPQU, depth: 1 },
];

const account: AdminAccount = {
  id: 'user-7',
  username: 'hung.bode',
  displayName: 'Nguyễn Văn Hùng',
  unitId: BO_DE,
  personId: null,
  isAdmin: false,
  disabled: false,
  capabilities: [],
  grants: [],
  sessions: 2,
};

const auditEntries = [
  {
    id: 1,
    at: Date.UTC(2026, 10, 20, 1, 5),
    actorId: 'user-1',
    actorName: 'Trần Đức Thắng',
    action: 'unit.create' as const,
    target: BO_DE,
    details: {},
  },
  {
    id: 2,
    at: Date.UTC(2026, 10, 21, 8, 30),
    actorId: 'user-1',
    actorName: 'Trần Đức Thắng',
    action: 'account.disable' as const,
    target: 'hung.bode',
    details: {},
  },
];

/** Main and the district server's administration API in one: the units it keeps, or a refusal. */
function fakeAdminServer() {
  const state = {
    units: [...startUnits],
    /** What every call answers instead, when set (the server gone, or not an administrator). */
    down: null as IpcErrorCode | null,
    /** The server's refusal of the next unit. */
    refuseUnit: null as string | null,
  };
  const fake = createFakeApi(defaultSettings, {
    'admin.units': () => ({ units: state.units }),
    'admin.createUnit': (input) => {
      const body = createUnitRequestSchema.parse(input);
      const added: AdminUnit = {
        id: NEW_UNIT,
        name: body.name,
        shortName: body.shortName ?? null,
        kind: unitKinds.find((kind) => kind === body.kind) ?? 'department',
        parentId: body.parentId ?? null,
        depth: 0,
      };
      state.units = unitTree([...state.units, added]);
      return { unit: state.units.find((u) => u.id === NEW_UNIT) ?? added };
    },
    'admin.accounts': () => ({ accounts: [account] }),
    'admin.people': () => ({ people: [] }),
    'admin.audit': () => ({ entries: auditEntries }),
    'admin.createAccount': () => ({ account: { ...account, id: 'user-8', username: 'mai.phucloi' } }),
  });
  const api: Api = {
    invoke: async (channel, input) => {
      if (state.down) return fail(state.down, 'down');
      if (channel === 'admin.createUnit' && state.refuseUnit) return fail('invalid_input', state.refuseUnit);
      return fake.api.invoke(channel, input);
    },
    on: fake.api.on,
  };
  return { api, calls: fake.calls, state };
}

async function adminDb(isAdmin = true) {
  const { db } = createTestDb(TEST_NOW);
  await signIn(db, [], { isAdmin });
  return db;
}

const unitList = () => screen.findByRole('list', { name: 'Đơn vị' }, { timeout: 10_000 });
const rowsOf = (list: HTMLElement) =>
  within(list)
    .getAllByTestId('unit-row')
    .map((row) => `${row.dataset.depth} ${row.textContent}`);

async function choose(label: string, option: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: label }));
  const options = await screen.findAllByText(option, { selector: '.ant-select-item-option-content' });
  fireEvent.click(options[0] as HTMLElement);
}

describe('Quản trị', { timeout: 30_000 }, () => {
  beforeEach(() => useUiStore.setState({ settings: defaultSettings, online: true }));

  it('lists the units as a tree and adds one under its parent with the typed values', async () => {
    const server = fakeAdminServer();
    renderWithDb(await adminDb(), <AdminScreen />, server.api);
    expect(rowsOf(await unitList())).toEqual([
      '0 Văn phòng Quận ủy (VPQU) Văn phòng',
      '1 Ban Tuyên giáo Quận ủy Ban Đảng, cấp ủy',
      '1 Phường Bồ Đề Phường',
    ]);
    fireEvent.change(screen.getByLabelText('Tên đơn vị'), { target: { value: 'Phường Phúc Lợi' } });
    fireEvent.change(screen.getByLabelText('Tên viết tắt'), { target: { value: 'PL' } });
    await choose('Loại đơn vị', 'Phường');
    await choose('Đơn vị cấp trên', 'Văn phòng Quận ủy');
    fireEvent.click(screen.getByRole('button', { name: 'Thêm đơn vị' }));
    expect(await screen.findByText('Đã thêm đơn vị Phường Phúc Lợi.')).toBeTruthy();
    expect(server.calls.find((c) => c.channel === 'admin.createUnit')?.input).toEqual({
      name: 'Phường Phúc Lợi',
      shortName: 'PL',
      kind: 'ward',
      parentId: VPQU,
    });
    await waitFor(async () => expect(rowsOf(await unitList())).toContain('1 Phường Phúc Lợi (PL) Phường'));
    expect((screen.getByLabelText('Tên đơn vị') as HTMLInputElement).value).toBe('');
  });

  it("shows the server's refusal next to the form and keeps what was typed", async () => {
    const server = fakeAdminServer();
    server.state.refuseUnit = 'Đã có đơn vị "Phường Bồ Đề" dưới Văn phòng Quận ủy.';
    renderWithDb(await adminDb(), <AdminScreen />, server.api);
    await unitList();
    fireEvent.change(screen.getByLabelText('Tên đơn vị'), { target: { value: 'Phường Bồ Đề' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm đơn vị' }));
    const alert = await screen.findByText(/Máy chủ không nhận: Đã có đơn vị "Phường Bồ Đề"/);
    expect(alert).toBeTruthy();
    expect((screen.getByLabelText('Tên đơn vị') as HTMLInputElement).value).toBe('Phường Bồ Đề');
    expect(rowsOf(await unitList())).toHaveLength(3);
  });

  it('says so in words when not signed in, not an administrator, or offline', async () => {
    const signedOut = fakeAdminServer();
    const view = renderWithDb(createTestDb(TEST_NOW).db, <AdminScreen />, signedOut.api);
    expect((await screen.findByTestId('admin-signed-out', {}, { timeout: 10_000 })).textContent).toMatch(
      /Hãy đăng nhập máy chủ quận bằng tài khoản quản trị viên/,
    );
    expect(signedOut.calls).toEqual([]);
    view.unmount();

    for (const [code, text] of [
      ['forbidden', /Chỉ quản trị viên của quận dùng được màn hình này/],
      ['offline', /Không kết nối được máy chủ quận/],
    ] as const) {
      const server = fakeAdminServer();
      server.state.down = code;
      const shown = renderWithDb(await adminDb(code !== 'forbidden'), <AdminScreen />, server.api);
      expect((await screen.findByTestId('admin-problem', {}, { timeout: 10_000 })).textContent).toMatch(text);
      expect(screen.getByRole('button', { name: 'Thử lại' })).toBeTruthy();
      shown.unmount();
    }
  });

  it('lists accounts with their unit, sessions and state, and gives a work role', async () => {
    const server = fakeAdminServer();
    renderWithDb(await adminDb(), <AdminScreen />, server.api);
    await unitList();
    fireEvent.click(screen.getByRole('tab', { name: 'Tài khoản' }));
    const row = (await screen.findByText('hung.bode', {}, { timeout: 10_000 })).closest('tr');
    if (!row) throw new Error('no account row');
    expect(row.textContent).toContain('Nguyễn Văn Hùng');
    expect(row.textContent).toContain('Phường Bồ Đề');
    expect(row.textContent).toContain('Đang dùng');
    fireEvent.click(within(row).getByRole('checkbox', { name: 'Tổ chức hội nghị — hung.bode' }));
    await waitFor(() =>
      expect(server.calls.find((c) => c.channel === 'admin.grantCapability')?.input).toEqual({
        holderKind: 'user',
        holderId: 'user-7',
        capability: 'organise_meetings',
      }),
    );
    for (const label of ['Tên đăng nhập', 'Mật khẩu', 'Tên hiển thị', 'Đơn vị', 'Cán bộ', 'Quản trị viên'])
      expect(screen.getByLabelText(label)).toBeTruthy();
  });
});

describe('Quản trị: accounts and audit', { timeout: 30_000 }, () => {
  beforeEach(() => useUiStore.setState({ settings: defaultSettings, online: true }));

  it('adds an account with the typed values', async () => {
    const server = fakeAdminServer();
    renderWithDb(await adminDb(), <AdminScreen />, server.api);
    await unitList();
    fireEvent.click(screen.getByRole('tab', { name: 'Tài khoản' }));
    await screen.findByText('hung.bode', {}, { timeout: 10_000 });
    fireEvent.change(screen.getByLabelText('Tên đăng nhập'), { target: { value: 'mai.phucloi' } });
    fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: 'Matkhau@2026' } });
    fireEvent.change(screen.getByLabelText('Tên hiển thị'), { target: { value: 'Lê Thị Mai' } });
    await choose('Đơn vị', 'Phường Bồ Đề');
    fireEvent.click(screen.getByLabelText('Quản trị viên'));
    fireEvent.click(screen.getByRole('button', { name: 'Thêm tài khoản' }));
    expect(await screen.findByText('Đã thêm tài khoản mai.phucloi.')).toBeTruthy();
    expect(server.calls.find((c) => c.channel === 'admin.createAccount')?.input).toEqual({
      username: 'mai.phucloi',
      password: 'Matkhau@2026',
      displayName: 'Lê Thị Mai',
      unitId: BO_DE,
      personId: null,
      isAdmin: true,
    });
  });

  it('shows the audit newest first, each action in words, a unit by its name', async () => {
    const server = fakeAdminServer();
    renderWithDb(await adminDb(), <AdminScreen />, server.api);
    await unitList();
    fireEvent.click(screen.getByRole('tab', { name: 'Nhật ký' }));
    await screen.findByText('Khóa tài khoản', {}, { timeout: 10_000 });
    await waitFor(() => expect(screen.getAllByRole('row')[2]?.textContent).toContain('Phường Bồ Đề'));
    const rows = screen
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual([
      '21/11/2026 15:30Trần Đức ThắngKhóa tài khoảnhung.bode',
      '20/11/2026 08:05Trần Đức ThắngThêm đơn vịPhường Bồ Đề',
    ]);
  });
});

describe('the "Quản trị" nav item', { timeout: 30_000 }, () => {
  it('is there for an administrator only', async () => {
    const db = await adminDb(false);
    renderWithDb(db, <AppShell route="home">-</AppShell>);
    await screen.findByText('Danh bạ', {}, { timeout: 10_000 });
    // Let the saved access be read: the item must still be missing.
    await db.meta.get('access');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByText('Quản trị')).toBeNull();
    await signIn(db, [], { isAdmin: true });
    expect(await screen.findByText('Quản trị', {}, { timeout: 10_000 })).toBeTruthy();
  });
});
