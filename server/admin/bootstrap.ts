import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { roles } from '../../shared/sync/protocol.ts';
import type { Database } from '../db/database.ts';
import { seedDemo } from './seed-demo.ts';
import { AdminError, createUser, grantRole } from './user-admin.ts';
import { serverMessage } from '../../shared/i18n/server.ts';

const accountSchema = z
  .object({
    username: z.string(),
    password: z.string(),
    name: z.string(),
    admin: z.boolean().optional(),
    unitId: z.string().nullable().optional(),
    personId: z.string().nullable().optional(),
    grants: z.array(z.object({ spaceId: z.string(), role: z.enum(roles) }).strict()).optional(),
  })
  .strict();

const bootstrapSchema = z
  .object({
    accounts: z.array(accountSchema),
    /** Load the demo data as this admin's pushes. */
    seedDemoAs: z.string().optional(),
  })
  .strict();

/**
 * `admin bootstrap --file district.json`: sets a district up in one go (accounts, grants, optionally the
 * demo data). One process and one database opening, where separate commands would open it once each.
 */
export async function bootstrap(database: Database, file: string) {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new AdminError(serverMessage('admin.fileUnreadable', { file, error: String(error) }));
  }
  const parsed = bootstrapSchema.safeParse(json);
  if (!parsed.success)
    throw new AdminError(
      serverMessage('admin.fileInvalid', { file, issue: parsed.error.issues[0]?.message ?? '' }),
    );
  const created: string[] = [];
  for (const account of parsed.data.accounts) {
    await createUser(database, {
      username: account.username,
      password: account.password,
      displayName: account.name,
      isAdmin: account.admin ?? false,
      unitId: account.unitId ?? null,
      personId: account.personId ?? null,
    });
    for (const grant of account.grants ?? [])
      await grantRole(database, { username: account.username, ...grant });
    created.push(account.username);
  }
  const demo = parsed.data.seedDemoAs ? await seedDemo(database, { username: parsed.data.seedDemoAs }) : null;
  return { accounts: created, demo };
}
