import { describe, expect, it, vi } from 'vitest';
import {
  MAX_IPC_INPUT_BYTES,
  channelNames,
  ipcChannels,
  type ChannelSpec,
  type Channel,
  type ChannelInput,
} from '../../shared/ipc/contract.ts';
import { defaultSettings } from '../../shared/ipc/settings.ts';
import { silentLogger } from '../log/logger.ts';
import { createDispatcher } from './dispatch.ts';
import { HandlerFailure, type Handlers } from './handlers.ts';

const SHA = '039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81';

/** A valid input per channel: the mapped type makes a new channel without a sample a compile error. */
const samples: { [C in Channel]: ChannelInput<C> } = {
  'app.info': {},
  'app.ping': { text: 'Xin chào' },
  'settings.get': {},
  'settings.update': { fontScale: 1.2 },
  'backup.save': { content: '{}', suggestedName: 'sao-luu.json' },
  'backup.list': {},
  'backup.open': { name: 'sao-luu.json' },
  'auth.status': {},
  'auth.login': { serverUrl: 'https://may-chu.quan.example', username: 'bode', password: 'mật khẩu' },
  'auth.logout': {},
  'sync.push': {
    changes: [
      {
        changeId: '0190f5a0-0000-7000-8000-000000000002',
        entity: 'task',
        recordId: '0190f5a0-0000-7000-8000-000000000001',
        spaceId: 'directory',
        hlc: '001640000000000-0000-aaaaaaaaaaaaaaaa',
        fields: { status: 'done' },
      },
    ],
  },
  'sync.pull': { cursor: 0 },
  'sync.snapshot': {},
  'reminders.notify': {
    title: 'Nhắc hạn nhiệm vụ',
    items: [{ taskId: 't1', text: 'Quá hạn 2 ngày: Nạo vét' }],
  },
  'export.xlsx': {
    title: 'Nhiệm vụ — Quá hạn',
    sheetName: 'Nhiệm vụ',
    columns: [{ header: 'Nhiệm vụ', width: 60 }],
    rows: [['Nạo vét']],
  },
  'sync.conflicts': {},
  'sync.me': {},
  'sync.resolveConflict': { id: 'c1' },
  'sync.history': { entity: 'task', id: '0190f5a0-0000-7000-8000-000000000001' },
  'spaces.grants': { spaceId: 'programme:0190f5a0-0000-7000-8000-000000000001' },
  'spaces.setGrant': {
    spaceId: 'meeting:0190f5a0-0000-7000-8000-000000000001',
    userId: '0190f5a0-0000-7000-8000-0000000000bb',
    role: 'write',
  },
  'spaces.removeGrant': {
    spaceId: 'meeting:0190f5a0-0000-7000-8000-000000000001',
    userId: '0190f5a0-0000-7000-8000-0000000000bb',
  },
  'accounts.list': {},
  'admin.units': {},
  'admin.createUnit': { name: 'Phường Phúc Lợi', shortName: 'PPL', kind: 'ward', parentId: null },
  'admin.people': { q: 'Hồng' },
  'admin.createPerson': {
    name: 'Nguyễn Thị Hồng',
    position: 'Bí thư Đảng ủy phường',
    unitId: '0190f5a0-0000-7000-8000-000000000001',
  },
  'admin.accounts': { q: 'bode' },
  'admin.createAccount': { username: 'phucloi', password: 'mat-khau-1', displayName: 'Phường Phúc Lợi' },
  'admin.resetPassword': { username: 'phucloi', password: 'mat-khau-2' },
  'admin.setDisabled': { username: 'phucloi', disabled: true },
  'admin.sessions': { username: 'phucloi' },
  'admin.signOut': { username: 'phucloi' },
  'admin.capabilities': {},
  'admin.grantCapability': { holderKind: 'user', holderId: 'u1', capability: 'organise_meetings' },
  'admin.revokeCapability': { holderKind: 'unit', holderId: 'x1', capability: 'draw_up_programmes' },
  'admin.audit': { limit: 50 },
  'documents.push': {
    docId: 'minutes:0190f5a0-0000-7000-8000-000000000009',
    epoch: null,
    transferId: 'transfer-0001',
    part: 0,
    parts: 1,
    data: 'AAEC',
  },
  'documents.sync': { docId: 'minutes:0190f5a0-0000-7000-8000-000000000009', epoch: 12, stateVector: 'AA==' },
  'documents.presence.set': { docIds: ['minutes:0190f5a0-0000-7000-8000-000000000009'] },
  'files.stage': { transferId: 'transfer-0001', offset: 0, data: 'AAEC' },
  'files.commit': {
    transferId: 'transfer-0001',
    size: 3,
    spaceId: 'meeting:0190f5a0-0000-7000-8000-000000000009',
  },
  'files.states': { sha256s: [SHA] },
  'files.fetch': {
    blobs: [{ sha256: SHA, spaceId: 'meeting:0190f5a0-0000-7000-8000-000000000009', size: 3 }],
  },
  'files.read': { sha256: SHA, offset: 0, length: 1024 },
  'files.open': { sha256: SHA, name: 'Dự thảo Báo cáo chính trị (lần 3).docx' },
  'files.usage': { sha256s: [SHA] },
  'files.free': { sha256s: [SHA] },
  'files.bundle': {
    kind: 'zip',
    title: 'Hội nghị lần thứ 9',
    items: [{ order: 1, part: 'Báo cáo', name: 'Dự thảo.pdf', sha256: SHA, mediaType: 'application/pdf' }],
  },
};

const ACCOUNT = {
  account: {
    id: 'u1',
    username: 'phucloi',
    displayName: 'Phường Phúc Lợi',
    unitId: null,
    personId: null,
    isAdmin: false,
    disabled: false,
    capabilities: [],
    grants: [],
    sessions: 0,
  },
};

const answers: { [C in Channel]: unknown } = {
  'app.info': {
    name: 'x',
    version: '0.0.0',
    host: 'web',
    platform: 'linux',
    startedAt: 1,
    profileId: 'p',
    demo: false,
    nativeDialogs: false,
  },
  'app.ping': { text: 'Xin chào', receivedAt: 1 },
  'settings.get': defaultSettings,
  'settings.update': defaultSettings,
  'backup.save': { saved: true, path: '/tmp/x.json', bytes: 2 },
  'backup.list': { folder: '/tmp', files: [] },
  'backup.open': { opened: false },
  'auth.status': { serverUrl: null, user: null, online: false },
  'auth.login': { serverUrl: 'https://may-chu.quan.example', user: null, online: true },
  'auth.logout': { serverUrl: null, user: null, online: false },
  'sync.push': { results: [], serverTime: 1 },
  'sync.pull': { changes: [], cursor: 0, hasMore: false, serverTime: 1 },
  'sync.snapshot': { records: [], after: null, cursor: 0, serverTime: 1 },
  'reminders.notify': { shownByMain: false },
  'export.xlsx': { saved: true, path: '/tmp/x.xlsx', bytes: 1 },
  'sync.conflicts': { conflicts: [] },
  'sync.me': {
    user: {
      id: 'u',
      username: 'bode',
      displayName: 'Phường Bồ Đề',
      personId: null,
      unitId: null,
      isAdmin: false,
    },
    grants: [{ spaceId: 'directory', role: 'read' }],
    serverTime: 1,
  },
  'sync.resolveConflict': {
    conflict: {
      id: 'c1',
      spaceId: 'directory',
      entity: 'task',
      recordId: 'r',
      field: 'status',
      kept: { value: 'done', hlc: '001640000000000-0000-aaaaaaaaaaaaaaaa', userId: null, userName: 'A' },
      overwritten: {
        value: 'paused',
        hlc: '001640000000000-0001-bbbbbbbbbbbbbbbb',
        userId: null,
        userName: 'B',
      },
      createdAt: 1,
      resolvedAt: 2,
    },
  },
  'sync.history': { entries: [] },
  'spaces.grants': { spaceId: 'programme:0190f5a0-0000-7000-8000-000000000001', grants: [] },
  'spaces.setGrant': {
    spaceId: 'meeting:0190f5a0-0000-7000-8000-000000000001',
    grants: [
      {
        userId: '0190f5a0-0000-7000-8000-0000000000bb',
        displayName: 'Phường Bồ Đề',
        unitId: null,
        role: 'write',
        grantedAt: 1,
        grantedBy: null,
      },
    ],
  },
  'spaces.removeGrant': { spaceId: 'meeting:0190f5a0-0000-7000-8000-000000000001', grants: [] },
  'accounts.list': { accounts: [] },
  'admin.units': { units: [] },
  'admin.createUnit': {
    unit: { id: 'x1', name: 'Phường Phúc Lợi', shortName: null, kind: 'ward', parentId: null, depth: 0 },
  },
  'admin.people': { people: [] },
  'admin.createPerson': {
    person: { id: 'p1', name: 'Nguyễn Thị Hồng', position: '', unitId: 'x1', unitName: 'Phường Phúc Lợi' },
  },
  'admin.accounts': { accounts: [] },
  'admin.createAccount': ACCOUNT,
  'admin.resetPassword': ACCOUNT,
  'admin.setDisabled': ACCOUNT,
  'admin.sessions': { sessions: [] },
  'admin.signOut': ACCOUNT,
  'admin.capabilities': { capabilities: [] },
  'admin.grantCapability': { capabilities: [] },
  'admin.revokeCapability': { capabilities: [] },
  'admin.audit': { entries: [] },
  'documents.push': { status: 'stored', epoch: 12, seq: 1 },
  'documents.sync': { epoch: 12, update: 'AAA=', seq: 1 },
  'documents.presence.set': {
    presence: [
      {
        docId: 'minutes:0190f5a0-0000-7000-8000-000000000009',
        users: [{ userId: '0190f5a0-0000-7000-8000-000000000001', name: 'Nguyễn Văn An' }],
      },
    ],
  },
  'files.stage': { received: 3 },
  'files.commit': { sha256: SHA, size: 3 },
  'files.states': {
    states: [
      { state: 'local', sha256: SHA, uploaded: false, message: 'Chưa kết nối được máy chủ quận' },
      { state: 'downloading', sha256: SHA, received: 1, size: 3 },
      { state: 'remote', sha256: SHA },
      { state: 'failed', sha256: SHA, message: 'Không có quyền' },
    ],
  },
  'files.fetch': { queued: 1 },
  'files.read': { data: 'AAEC', size: 3 },
  'files.open': { opened: false, url: 'http://127.0.0.1:5178/files/abc/x.docx?key=k' },
  'files.usage': { bytes: 3 },
  'files.free': { freed: 3 },
  'files.bundle': { saved: true, path: '/tmp/Hội nghị lần thứ 9.zip', bytes: 12, skipped: [] },
};

function spyHandlers() {
  const spies = Object.fromEntries(
    channelNames.map((channel) => [channel, vi.fn(async () => answers[channel])]),
  ) as unknown as Record<Channel, ReturnType<typeof vi.fn>>;
  return { spies, handlers: spies as unknown as Handlers };
}

describe.each(channelNames)('channel %s', (channel) => {
  it('passes a valid input to its handler and answers ok', async () => {
    const { spies, handlers } = spyHandlers();
    const result = await createDispatcher(handlers, silentLogger)(channel, samples[channel]);
    expect(result.ok).toBe(true);
    expect(spies[channel]).toHaveBeenCalledOnce();
  });

  it.each([
    ['a number', 42],
    ['a string', 'text'],
    ['null', null],
    ['an array', []],
  ])('refuses %s without calling the handler', async (_label, input) => {
    const { spies, handlers } = spyHandlers();
    const result = await createDispatcher(handlers, silentLogger)(channel, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(spies[channel]).not.toHaveBeenCalled();
  });

  it('refuses extra fields without calling the handler', async () => {
    const { spies, handlers } = spyHandlers();
    const result = await createDispatcher(handlers, silentLogger)(channel, { ...samples[channel], extra: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) expect(result.error.issues?.length).toBeGreaterThan(0);
    expect(spies[channel]).not.toHaveBeenCalled();
  });

  it('refuses an oversize input before parsing it', async () => {
    const { spies, handlers } = spyHandlers();
    const spec: ChannelSpec = ipcChannels[channel];
    const limit = spec.maxInputBytes ?? MAX_IPC_INPUT_BYTES;
    // 'đ' is two bytes in UTF-8: the input is over the limit in bytes though not in characters.
    const input = { ...samples[channel], padding: 'đ'.repeat(Math.ceil(limit / 2) + 1) };
    const result = await createDispatcher(handlers, silentLogger)(channel, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(spies[channel]).not.toHaveBeenCalled();
  });

  it('answers internal instead of throwing when the handler fails', async () => {
    const { spies, handlers } = spyHandlers();
    spies[channel].mockRejectedValueOnce(new Error('disk on fire'));
    const result = await createDispatcher(handlers, silentLogger)(channel, samples[channel]);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) expect(result.error.message).not.toContain('disk on fire');
  });
});

describe('dispatcher', () => {
  it('refuses an unknown channel', async () => {
    const { handlers } = spyHandlers();
    const result = await createDispatcher(handlers, silentLogger)('fs.readFile', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('refuses inputs that cannot be serialised', async () => {
    const { handlers } = spyHandlers();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const result = await createDispatcher(handlers, silentLogger)('app.ping', cyclic);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses a field longer than its schema allows', async () => {
    const { spies, handlers } = spyHandlers();
    const result = await createDispatcher(handlers, silentLogger)('app.ping', { text: 'x'.repeat(2_001) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'text' }] } });
    expect(spies['app.ping']).not.toHaveBeenCalled();
  });

  it('passes a typed failure through with its code', async () => {
    const { spies, handlers } = spyHandlers();
    spies['settings.get'].mockRejectedValueOnce(new HandlerFailure('not_found', 'no such thing'));
    const result = await createDispatcher(handlers, silentLogger)('settings.get', {});
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'no such thing' } });
  });

  it('answers internal when a handler returns something outside the contract', async () => {
    const { spies, handlers } = spyHandlers();
    spies['settings.get'].mockResolvedValueOnce({ locale: 'fr' });
    const result = await createDispatcher(handlers, silentLogger)('settings.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
