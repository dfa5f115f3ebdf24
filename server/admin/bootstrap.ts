import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { capabilitySchema } from '../../shared/authz/capabilities.ts';
import { roles } from '../../shared/sync/protocol.ts';
import type { Database } from '../db/database.ts';
import { operatorActor } from './admin-audit.ts';
import { giveCapability } from './capability-admin.ts';
import { seedDemo } from './seed-demo.ts';
import { byKey, resolveDirectory } from './bootstrap-directory.ts';
import { adminPusher, pushDirectory } from './directory-admin.ts';
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
    /** The key of a unit (or person) of this file, instead of its id. */
    unit: z.string().optional(),
    person: z.string().optional(),
    grants: z.array(z.object({ spaceId: z.string(), role: z.enum(roles) }).strict()).optional(),
    /** Work roles of the account itself (shared/authz/capabilities.ts). */
    capabilities: z.array(capabilitySchema).optional(),
  })
  .strict();

const unitSchema = z
  .object({
    key: z.string().min(1),
    name: z.string(),
    shortName: z.string().optional(),
    kind: z.string(),
    parent: z.string().optional(),
    /** Work roles every account of the unit holds. */
    capabilities: z.array(capabilitySchema).optional(),
  })
  .strict();

const personSchema = z
  .object({ key: z.string().min(1), name: z.string(), position: z.string(), unit: z.string() })
  .strict();

type Account = z.infer<typeof accountSchema>;

const bootstrapSchema = z
  .object({
    /** Created first (by the file's first admin account), so accounts can name them by key. */
    units: z.array(unitSchema).optional(),
    people: z.array(personSchema).optional(),
    accounts: z.array(accountSchema),
    /** Load the demo data as this admin's pushes. */
    seedDemoAs: z.string().optional(),
  })
  .strict();

/**
 * `admin bootstrap --file district.json`: sets a district up in one go (units, people, accounts, grants,
 * optionally the
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
  const { units = [], people = [], accounts } = parsed.data;
  const directory = resolveDirectory(file, units, people);
  const ids = (account: Account) => ({
    unitId: account.unit ? byKey(file, directory.unitIds, account.unit, 'đơn vị') : (account.unitId ?? null),
    personId: account.person
      ? byKey(file, directory.personIds, account.person, 'cán bộ')
      : (account.personId ?? null),
  });
  accounts.forEach(ids); // Every key resolves before anything is written.
  const writer = accounts.find((account) => account.admin === true);
  if (directory.changes.length > 0 && !writer)
    throw new AdminError(serverMessage('admin.noDirectoryAdmin', { file }));
  const ordered = writer ? [writer, ...accounts.filter((account) => account !== writer)] : accounts;
  const actor = operatorActor();
  for (const account of ordered) {
    const user = await createUser(database, {
      username: account.username,
      password: account.password,
      displayName: account.name,
      isAdmin: account.admin ?? false,
      ...ids(account),
    });
    for (const grant of account.grants ?? [])
      await grantRole(database, { username: account.username, ...grant });
    for (const capability of account.capabilities ?? [])
      await giveCapability(database, { holderKind: 'user', holderId: user.id }, capability, actor);
    // The writer's account exists now: the units and people go in before the other accounts.
    if (account === writer && directory.changes.length > 0)
      await pushDirectory(
        { database, now: Date.now },
        await adminPusher(database, account.username),
        directory.changes,
      );
  }
  for (const unit of units)
    for (const capability of unit.capabilities ?? []) {
      const holderId = byKey(file, directory.unitIds, unit.key, 'đơn vị');
      await giveCapability(database, { holderKind: 'unit', holderId }, capability, actor);
    }
  const created = accounts.map((account) => account.username);
  const demo = parsed.data.seedDemoAs ? await seedDemo(database, { username: parsed.data.seedDemoAs }) : null;
  return {
    units: Object.fromEntries(directory.unitIds),
    people: Object.fromEntries(directory.personIds),
    accounts: created,
    demo,
  };
}
