import { z } from 'zod';
import { capabilities, capabilitySchema } from '../authz/capabilities.ts';
import { unitKinds } from '../domain/directory.ts';
import { grantSchema, passwordSchema, usernameSchema } from './protocol.ts';

/**
 * The administration API, for district administrators only (any other account gets 403): the directory's
 * units and people, accounts, capabilities, sessions and the audit of every admin action. The admin CLI
 * (signed in to a running server) and the app's "Quản trị" screen both use it, so neither needs the server
 * stopped. Units and people are written as the administrator's own sync pushes, so every app receives them
 * by sync and their history is the records' history; the account actions go to the admin audit.
 * Grants on spaces use the spaces API (shared/sync/spaces-api.ts), where an administrator may do anything.
 */
export const ADMIN_API_PATHS = {
  units: '/admin/units',
  people: '/admin/people',
  accounts: '/admin/accounts',
  password: '/admin/accounts/:username/password',
  disabled: '/admin/accounts/:username/disabled',
  sessions: '/admin/accounts/:username/sessions',
  capabilities: '/admin/capabilities',
  capability: '/admin/capabilities/:holderKind/:holderId/:capability',
  audit: '/admin/audit',
} as const;

const searchText = z.string().trim().max(200);

/** A unit as the tree lists it: in tree order (parents before children), with its depth. */
export const adminUnitSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    kind: z.enum(unitKinds),
    parentId: z.string().nullable(),
    depth: z.number().int().min(0),
  })
  .strict();
export type AdminUnit = z.infer<typeof adminUnitSchema>;
export const unitsResponseSchema = z.object({ units: z.array(adminUnitSchema) }).strict();

export const createUnitRequestSchema = z
  .object({
    name: z.string().max(300),
    shortName: z.string().max(60).nullable().optional(),
    /** One of the unit kinds (shared/domain/directory.ts); the unit schema words a wrong one. */
    kind: z.string().max(40).optional(),
    parentId: z.string().max(100).nullable().optional(),
  })
  .strict();
export type CreateUnitRequest = z.infer<typeof createUnitRequestSchema>;

export const adminPersonSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    position: z.string(),
    unitId: z.string(),
    unitName: z.string(),
  })
  .strict();
export type AdminPerson = z.infer<typeof adminPersonSchema>;
export const peopleResponseSchema = z.object({ people: z.array(adminPersonSchema) }).strict();
export const peopleQuerySchema = z
  .object({ unitId: z.string().max(100).optional(), q: searchText.optional() })
  .strict();
export type PeopleQuery = z.infer<typeof peopleQuerySchema>;

export const createPersonRequestSchema = z
  .object({ name: z.string().max(200), position: z.string().max(300), unitId: z.string().max(100) })
  .strict();
export type CreatePersonRequest = z.infer<typeof createPersonRequestSchema>;

/** An account as an administrator sees it: who, where, what it holds, whether it may sign in. */
export const adminAccountSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    unitId: z.string().nullable(),
    personId: z.string().nullable(),
    isAdmin: z.boolean(),
    disabled: z.boolean(),
    /** Capabilities the account holds itself (its unit's are listed under the unit). */
    capabilities: z.array(capabilitySchema),
    grants: z.array(grantSchema),
    /** Open sessions (devices signed in and not expired). */
    sessions: z.number().int().min(0),
  })
  .strict();
export type AdminAccount = z.infer<typeof adminAccountSchema>;
export const accountsQuerySchema = z.object({ q: searchText.optional() }).strict();
export const adminAccountsResponseSchema = z.object({ accounts: z.array(adminAccountSchema) }).strict();
export const adminAccountResponseSchema = z.object({ account: adminAccountSchema }).strict();

export const createAccountRequestSchema = z
  .object({
    username: usernameSchema,
    password: passwordSchema,
    displayName: z.string().max(200),
    unitId: z.string().max(100).nullable().optional(),
    personId: z.string().max(100).nullable().optional(),
    isAdmin: z.boolean().optional(),
  })
  .strict();
export type CreateAccountRequest = z.input<typeof createAccountRequestSchema>;

export const resetPasswordRequestSchema = z.object({ password: passwordSchema }).strict();
export const setDisabledRequestSchema = z.object({ disabled: z.boolean() }).strict();

export const sessionInfoSchema = z
  .object({ clientId: z.string(), createdAt: z.number().int(), expiresAt: z.number().int() })
  .strict();
export const sessionsResponseSchema = z.object({ sessions: z.array(sessionInfoSchema) }).strict();

export const holderKinds = ['user', 'unit'] as const;
export const capabilityHeldSchema = z
  .object({
    holderKind: z.enum(holderKinds),
    holderId: z.string(),
    /** The account's username, or the unit's name. */
    holderName: z.string(),
    capability: capabilitySchema,
    grantedAt: z.number().int(),
    grantedBy: z.string().nullable(),
  })
  .strict();
export type CapabilityHeld = z.infer<typeof capabilityHeldSchema>;
export const capabilitiesResponseSchema = z.object({ capabilities: z.array(capabilityHeldSchema) }).strict();
export const capabilityParamsSchema = z
  .object({
    holderKind: z.enum(holderKinds),
    holderId: z.string().min(1).max(100),
    capability: z.enum(capabilities),
  })
  .strict();
export type CapabilityParams = z.infer<typeof capabilityParamsSchema>;

export const adminActions = [
  'unit.create',
  'person.create',
  'account.create',
  'account.password',
  'account.disable',
  'account.enable',
  'account.signOut',
  'capability.grant',
  'capability.revoke',
  'grant.set',
  'grant.remove',
] as const;
export type AdminAction = (typeof adminActions)[number];

/** One line of the admin audit: who did what to whom, when. Passwords are never written. */
export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.number().int(),
    actorId: z.string().nullable(),
    /** The administrator's display name; "CLI" work on the folder names the machine's operator. */
    actorName: z.string(),
    action: z.enum(adminActions),
    /** What it was done to: a username, a unit or person id, a space. */
    target: z.string(),
    details: z.record(z.string(), z.unknown()),
  })
  .strict();
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditResponseSchema = z.object({ entries: z.array(auditEntrySchema) }).strict();
export const auditQuerySchema = z
  .object({ limit: z.coerce.number().int().min(1).max(500).optional() })
  .strict();
