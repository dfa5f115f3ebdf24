import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseConfig } from '../db/database.ts';
import { backends, TEST_DATABASE_URL, type TestDatabase } from '../test/backends.ts';
import { createTestUser, login, startTestServer, type TestServer, type TestUser } from '../test/harness.ts';
import { pgliteTemplate } from '../test/pglite-template.ts';
import { backup, restore } from './backup.ts';
import {
  clientView,
  folderState,
  freshPostgresDatabase,
  postgresTables,
  seedDistrict,
} from './backup-test-support.ts';

const run = promisify(execFile);
const NODE = join(process.cwd(), 'node_modules/.bin/node');

/** A restore target of the backend's kind that holds nothing yet, and how to see it stayed so. */
interface FreshTarget {
  config: DatabaseConfig;
  state(): Promise<unknown>;
  drop(): Promise<void>;
}

async function freshPglite(root: string): Promise<FreshTarget> {
  const dataDir = join(root, `restore-${Math.random().toString(36).slice(2, 8)}`);
  return {
    config: { kind: 'pglite', dataDir },
    state: () => folderState(dataDir),
    drop: () => rm(dataDir, { recursive: true, force: true }),
  };
}

async function freshPostgres(schema: string | undefined): Promise<FreshTarget> {
  const database = await freshPostgresDatabase();
  return {
    config: { kind: 'postgres', url: database.url, ...(schema ? { schema } : {}) },
    state: () => postgresTables(database.url),
    drop: () => database.drop(),
  };
}

describe.each(backends)('district backup and restore on $name', (backend) => {
  let root = '';
  let source: TestDatabase;
  let server: TestServer;
  let user: TestUser;
  let before: Awaited<ReturnType<typeof clientView>>;
  let file = '';
  const targets: FreshTarget[] = [];
  const fresh = async () => {
    const target =
      backend.name === 'pglite'
        ? await freshPglite(root)
        : await freshPostgres(source.config.kind === 'postgres' ? source.config.schema : undefined);
    targets.push(target);
    return target;
  };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'committee-backup-test-'));
    file = join(root, 'district.backup');
    source =
      backend.name === 'pglite'
        ? {
            config: { kind: 'pglite', dataDir: join(root, 'source'), template: await pgliteTemplate() },
            drop: async () => undefined,
          }
        : await backend.create();
    server = await startTestServer(backend, {}, source);
    user = await createTestUser(server, { isAdmin: true });
    await seedDistrict(server, (await login(server, user)).accessToken);
    before = await clientView(server, user);
  }, 120_000);

  afterAll(async () => {
    await server.stop();
    for (const target of targets) await target.drop();
    await source.drop();
    await rm(root, { recursive: true, force: true });
  });

  it('backs up, restores into a fresh target, and the restored server answers pulls identically', async () => {
    expect(before.pulls.flatMap((page) => page.changes).length).toBeGreaterThan(10);
    if (backend.name === 'pglite') {
      // A PGlite folder is one process's: while the server runs, the backup refuses and says what to do.
      await expect(backup(source.config, { to: file })).rejects.toThrow(/Dừng máy chủ.*PostgreSQL/);
      await server.stop();
    }
    const manifest = await backup(source.config, { to: file }); // PostgreSQL: while the server runs
    expect(manifest).toMatchObject({ kind: backend.name, parts: [{ kind: expect.any(String) }] });
    await expect(backup(source.config, { to: file })).rejects.toThrow(/đã có/);

    const target = await fresh();
    await restore(target.config, { from: file });
    const restored = await startTestServer(
      backend,
      {},
      { config: target.config, drop: async () => undefined },
    );
    try {
      expect(await clientView(restored, user)).toEqual(before);
    } finally {
      await restored.stop();
    }
  }, 120_000);

  it('refuses a target that already holds data, and leaves it untouched', async () => {
    const target = await fresh();
    await restore(target.config, { from: file });
    const held = await target.state();
    await expect(restore(target.config, { from: file })).rejects.toThrow(
      backend.name === 'pglite'
        ? /đã có cơ sở dữ liệu.*không bao giờ ghi đè/
        : /đã có bảng.*không bao giờ ghi đè/,
    );
    expect(await target.state()).toEqual(held);
    if (backend.name === 'pglite') {
      const other = join(root, 'other-files');
      await mkdir(other);
      await writeFile(join(other, 'ghi-chu.txt'), 'không phải cơ sở dữ liệu');
      const state = await folderState(other);
      await expect(restore({ kind: 'pglite', dataDir: other }, { from: file })).rejects.toThrow(
        /không trống/,
      );
      expect(await folderState(other)).toEqual(state);
    }
  }, 120_000);

  it('refuses a truncated, damaged or foreign file before writing anything', async () => {
    const bytes = await readFile(file);
    const cases: Array<[string, Buffer, RegExp]> = [
      ['truncated', bytes.subarray(0, bytes.length - 1000), /bị cắt cụt/],
      ['garbage', Buffer.from('PK\u0003\u0004 không phải bản sao lưu'), /không phải là bản sao lưu/],
      ['damaged', Buffer.from(bytes).fill(0x55, bytes.length - 5000, bytes.length - 4000), /sai mã kiểm tra/],
      ['bad header', Buffer.from('COMMITTEE-DISTRICT-BACKUP 1\n{"app":"x"}\n'), /phần mô tả/],
    ];
    const target = await fresh();
    const empty = await target.state();
    for (const [name, content, message] of cases) {
      const path = join(root, `${name}.backup`);
      await writeFile(path, content);
      await expect(restore(target.config, { from: path }), name).rejects.toThrow(message);
      expect(await target.state(), name).toEqual(empty);
    }
  }, 120_000);

  it.runIf(backend.name === 'postgres')('refuses a PostgreSQL backup into a PGlite folder', async () => {
    const dataDir = join(root, 'pglite-target');
    await expect(restore({ kind: 'pglite', dataDir }, { from: file })).rejects.toThrow(
      /là bản sao lưu PostgreSQL.*không khôi phục vào PGlite/,
    );
    expect(await folderState(dataDir)).toBeNull();
  });

  // Needs a PostgreSQL to restore into: runs when TEST_DATABASE_URL is set.
  it.runIf(backend.name === 'pglite' && TEST_DATABASE_URL)(
    'refuses a PGlite backup into PostgreSQL',
    async () => {
      const target = await freshPostgres(undefined);
      targets.push(target);
      await expect(restore(target.config, { from: file })).rejects.toThrow(
        /là bản sao lưu PGlite.*không khôi phục vào PostgreSQL/,
      );
      expect(await target.state()).toEqual([]);
    },
    120_000,
  );

  it.runIf(backend.name === 'pglite')(
    'runs as backup --to and restore --from on the command line',
    async () => {
      // What server/cli.ts runs for `backup` and `restore`, in a process of its own as an operator would.
      const cli = (command: string, args: string[], env: NodeJS.ProcessEnv) => {
        const call = `m.runBackupCommand(${JSON.stringify(command)}, ${JSON.stringify(args)})`;
        const script = `import('./server/backup/backup-cli.ts').then((m) => ${call})`;
        return run(NODE, ['-e', script], { env: { ...process.env, DATABASE_URL: '', ...env } });
      };
      const copy = join(root, 'cli.backup');
      const dataDir = source.config.kind === 'pglite' ? (source.config.dataDir ?? '') : '';
      const made = await cli('backup', ['--to', copy], { DATA_DIR: dataDir });
      expect(made.stdout).toMatch(/^Đã sao lưu PGlite/);
      const restoredDir = join(root, 'cli-restored');
      const restored = await cli('restore', ['--from', copy], { DATA_DIR: restoredDir });
      expect(restored.stdout).toMatch(/^Đã khôi phục/);
      expect(await folderState(join(restoredDir, 'pgdata'))).not.toBeNull();
      await expect(cli('restore', [], { DATA_DIR: restoredDir })).rejects.toThrow(/Thiếu --from/);
    },
    120_000,
  );
});
