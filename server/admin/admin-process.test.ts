import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pglite } from '../test/backends.ts';
import { createTestUser, startTestServer, type TestServer, type TestUser } from '../test/harness.ts';

/**
 * `npm run server -- admin --server … --as …` as an operator runs it while the server keeps serving: the
 * password comes on stdin (a script's pipe; a terminal is asked without echo), the answer is JSON on
 * stdout, a refusal is one line on stderr and exit code 1.
 */
const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));

function run(args: string[], stdin: string) {
  const child = spawn(process.execPath, [cli, 'admin', ...args], {
    env: { ...process.env, DATA_DIR: '/nonexistent/not-opened', DATABASE_URL: '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(stdin);
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

describe('the admin CLI process against a running server on PGlite', () => {
  let server: TestServer;
  let admin: TestUser;
  beforeAll(async () => {
    server = await startTestServer(pglite);
    admin = await createTestUser(server, { name: 'quan.tri', isAdmin: true });
  }, 60_000);
  afterAll(() => server.stop());

  it('reads the passwords from stdin and prints the answer as JSON', async () => {
    const args = ['--server', server.url, '--as', admin.username, 'create-user', '--username', 'bo.de'];
    const made = await run([...args, '--name', 'Phường Bồ Đề'], `${admin.password}\nmat-khau-bo-de\n`);
    expect(made.stderr).toMatch(/Mật khẩu/); // the questions go to stderr, the answer to stdout
    expect(made.code).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ username: 'bo.de', displayName: 'Phường Bồ Đề' });
  });

  it('refuses a wrong password in one line and exits 1', async () => {
    const refused = await run(
      ['--server', server.url, '--as', admin.username, 'list-units'],
      'sai-roi-nhe\n',
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n').at(-1)).toMatch(/không đúng/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  });
});
