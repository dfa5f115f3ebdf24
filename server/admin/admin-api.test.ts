import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_API_PATHS, type AdminAccount } from '../../shared/sync/admin-api.ts';
import { backends } from '../test/backends.ts';
import {
  api,
  createTestUser,
  login,
  startTestServer,
  type TestServer,
  type TestUser,
} from '../test/harness.ts';
import { pullAll } from '../test/sync-client.ts';
import { nodeFetch, runAdmin } from './admin-main.ts';

/** Answers the CLI's questions in order, as a script piping them to stdin would. */
function answers(...lines: string[]) {
  const asked: string[] = [];
  return {
    asked,
    ask: async (_option: string, question: string) => {
      asked.push(question);
      return lines.shift() ?? '';
    },
  };
}

describe.each(backends)('the administration API and the CLI through it on $name', (backend) => {
  let server: TestServer;
  let admin: TestUser;
  let clerk: TestUser;
  /** The admin CLI signed in to the running server for one command, the password piped in. */
  const cli = (args: string[], ...more: string[]) =>
    runAdmin(['--server', server.url, '--as', admin.username, ...args], {
      fetch: nodeFetch,
      ask: answers(admin.password, ...more).ask,
    });
  const sessionsOf = async (username: string) =>
    ((await cli(['list-users', '--search', username])) as AdminAccount[]).find(
      (account) => account.username === username,
    )?.sessions;

  beforeAll(async () => {
    server = await startTestServer(backend);
    admin = await createTestUser(server, { name: 'quan.tri', isAdmin: true });
    clerk = await createTestUser(server, { name: 'van.thu' });
  }, 60_000);
  afterAll(() => server.stop());

  it('answers 401 without a session and 403 to an account that is not an administrator', async () => {
    const token = (await login(server, clerk)).accessToken;
    for (const path of [ADMIN_API_PATHS.units, ADMIN_API_PATHS.accounts, ADMIN_API_PATHS.audit]) {
      expect((await api(server, 'GET', path)).status).toBe(401);
      const refused = await api<{ error: { code: string; message: string } }>(server, 'GET', path, { token });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/quản trị viên/);
    }
    const body = { name: 'Phường Lậu' };
    expect((await api(server, 'POST', ADMIN_API_PATHS.units, { token, body })).status).toBe(403);
  });

  it('creates a unit, a person and an account while the server runs, and a syncing app receives them', async () => {
    const district = (await cli([
      'create-unit',
      '--name',
      'Quận ủy Long Biên',
      '--kind',
      'party_committee',
    ])) as {
      id: string;
    };
    const ward = (await cli([
      ...['create-unit', '--name', 'Phường Phúc Lợi', '--short', 'Phúc Lợi', '--parent', district.id],
    ])) as { id: string; depth: number };
    expect(ward.depth).toBe(1);
    expect(await cli(['list-units'])).toEqual([
      `Quận ủy Long Biên [party_committee] ${district.id}`,
      `  Phường Phúc Lợi (Phúc Lợi) [ward] ${ward.id}`,
    ]);
    const person = (await cli([
      ...['create-person', '--name', 'Nguyễn Thị Thu Hà', '--position', 'Bí thư Đảng ủy phường'],
      ...['--unit', ward.id],
    ])) as { id: string };
    expect(await cli(['list-people', '--search', 'thu ha'])).toEqual([
      expect.objectContaining({ id: person.id, unitName: 'Phường Phúc Lợi' }),
    ]);
    // The new account's password is asked (after the admin's), never an option.
    const questions = answers(admin.password, 'mat-khau-phuc-loi');
    const created = (await runAdmin(
      [
        ...['--server', server.url, '--as', admin.username, 'create-user', '--username', 'phuc.loi'],
        ...['--name', 'Phường Phúc Lợi', '--unit', ward.id, '--person', person.id],
      ],
      { fetch: nodeFetch, ask: questions.ask },
    )) as AdminAccount;
    expect(created).toMatchObject({ username: 'phuc.loi', unitId: ward.id, disabled: false, sessions: 0 });
    expect(questions.asked[1]).toMatch(/Mật khẩu mới cho phuc.loi/);

    const newcomer = await login(server, {
      id: created.id,
      username: 'phuc.loi',
      password: 'mat-khau-phuc-loi',
    });
    const { changes } = await pullAll(server, newcomer.accessToken, 0);
    expect(changes.map((change) => change.recordId)).toEqual(
      expect.arrayContaining([district.id, ward.id, person.id]),
    );
  });

  it('gives and takes capabilities and grants, resets, locks and signs out, all audited as the admin', async () => {
    await cli(['capability', 'grant', '--username', clerk.username, '--capability', 'organise_meetings']);
    await cli(['grant', '--username', clerk.username, '--space', 'directory', '--role', 'write']);
    const [listed] = (await cli(['list-users', '--search', clerk.username])) as AdminAccount[];
    expect(listed).toMatchObject({
      capabilities: ['organise_meetings'],
      grants: expect.arrayContaining([{ spaceId: 'directory', role: 'write' }]),
    });
    await login(server, clerk);
    expect(await sessionsOf(clerk.username)).toBeGreaterThan(0);
    await cli(['sign-out', '--username', clerk.username]);
    expect(await sessionsOf(clerk.username)).toBe(0);
    await cli(['reset-password', '--username', clerk.username], 'mat-khau-moi-123');
    await expect(login(server, clerk)).rejects.toThrow();
    await cli(['disable-user', '--username', clerk.username]);
    await cli(['enable-user', '--username', clerk.username]);
    await cli(['capability', 'revoke', '--username', clerk.username, '--capability', 'organise_meetings']);
    await cli(['revoke', '--username', clerk.username, '--space', 'directory']);

    const audit = (await cli(['audit', '--limit', '20'])) as Array<{ action: string; actorName: string }>;
    expect(audit.map((entry) => entry.action).slice(0, 8)).toEqual([
      'grant.remove',
      'capability.revoke',
      'account.enable',
      'account.disable',
      'account.password',
      'account.signOut',
      'grant.set',
      'capability.grant',
    ]);
    expect(new Set(audit.slice(0, 8).map((entry) => entry.actorName))).toEqual(new Set(['quan.tri']));
  });

  it('keeps a session in a token file (0600) for later commands, and ends it on logout', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'admin-token-')), 'phien.json');
    const before = await sessionsOf(admin.username);
    const io = { fetch: nodeFetch, ask: answers(admin.password).ask };
    await runAdmin(['login', '--server', server.url, '--as', admin.username, '--token-file', file], io);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, 'utf8')).not.toContain(admin.password);
    const units = await runAdmin(['list-units', '--token-file', file], io);
    expect(units).toEqual(expect.arrayContaining([expect.stringContaining('Phường Phúc Lợi')]));
    expect(await sessionsOf(admin.username)).toBe((before ?? 0) + 1);
    await runAdmin(['logout', '--token-file', file], io);
    await expect(stat(file)).rejects.toThrow();
    expect(await sessionsOf(admin.username)).toBe(before);
  });

  it('refuses a wrong password, a non-admin, and a maintenance command through the API', async () => {
    const wrong = { fetch: nodeFetch, ask: answers('sai-mat-khau').ask };
    await expect(
      runAdmin(['--server', server.url, '--as', admin.username, 'list-units'], wrong),
    ).rejects.toThrow(/không đúng/);
    const asClerk = { fetch: nodeFetch, ask: answers('mat-khau-moi-123').ask };
    await expect(
      runAdmin(['--server', server.url, '--as', clerk.username, 'list-units'], asClerk),
    ).rejects.toThrow(/Cần một tài khoản quản trị/);
    await expect(cli(['sync-status'])).rejects.toThrow(/chỉ chạy thẳng trên cơ sở dữ liệu/);
    await expect(cli(['create-unit', '--name', 'Phường X', '--kind', 'village'])).rejects.toThrow(/--kind/);
  });
});
