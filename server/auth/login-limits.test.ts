import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../shared/sync/protocol.ts';
import { loginAttempts } from '../db/schema.ts';
import { backends } from '../test/backends.ts';
import { api, createTestUser, login, startTestServer, type TestServer } from '../test/harness.ts';

/** The sign-in limits under concurrency: at most the limit of attempts ever reach the password hash. */
describe.each(backends)('login limits on $name', (backend) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(backend, {
      loginLimits: { windowMs: 15 * 60_000, maxPerUsername: 5, maxPerIp: 8 },
    });
  }, 60_000);
  afterAll(() => server.stop());

  const attempt = (username: string, password = 'sai-mat-khau') =>
    api(server, 'POST', '/auth/login', { body: { username, password, clientId: 'c' } });

  const attemptsOf = (username: string) =>
    server.database.orm.select().from(loginAttempts).where(eq(loginAttempts.username, username));

  it('checks at most 5 of 20 concurrent wrong passwords for one account; the rest get 429', async () => {
    const user = await createTestUser(server);
    const answers = await Promise.all(Array.from({ length: 20 }, () => attempt(user.username)));
    const statuses = answers.map((answer) => answer.status);
    const checked = statuses.filter((status) => status === 401).length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20 - checked);
    for (const answer of answers.filter((one) => one.status === 429))
      expect(apiErrorSchema.parse(answer.body).error.code).toBe('too_many_requests');
    expect((await attemptsOf(user.username)).length).toBe(checked);
    expect((await attempt(user.username, user.password)).status).toBe(429);
  });

  it('checks at most 8 of 20 concurrent attempts from one address, whatever the accounts', async () => {
    const users = await Promise.all(Array.from({ length: 20 }, () => createTestUser(server)));
    const answers = await Promise.all(users.map((user) => attempt(user.username)));
    const checked = answers.filter((answer) => answer.status === 401).length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(8);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(20 - checked);
    server.clock.offset += 15 * 60_000 + 1_000;
  });

  it('a success clears the account count: the reserved attempt becomes a success', async () => {
    const user = await createTestUser(server);
    for (let i = 0; i < 4; i += 1) expect((await attempt(user.username)).status).toBe(401);
    expect((await login(server, user)).user.id).toBe(user.id);
    const rows = await attemptsOf(user.username);
    expect(rows.filter((row) => row.success)).toHaveLength(1);
    expect(rows.filter((row) => !row.success)).toHaveLength(4);
    await new Promise((resolve) => setTimeout(resolve, 5)); // later failures count after the success
    for (let i = 0; i < 3; i += 1) expect((await attempt(user.username)).status).toBe(401);
  });
});
