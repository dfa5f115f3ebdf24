import { z } from 'zod';
import {
  accountsQuerySchema,
  adminAccountResponseSchema,
  adminAccountsResponseSchema,
  adminPersonSchema,
  adminUnitSchema,
  auditResponseSchema,
  capabilitiesResponseSchema,
  capabilityParamsSchema,
  createAccountRequestSchema,
  createPersonRequestSchema,
  createUnitRequestSchema,
  peopleQuerySchema,
  peopleResponseSchema,
  resetPasswordRequestSchema,
  sessionsResponseSchema,
  setDisabledRequestSchema,
  unitsResponseSchema,
} from '../sync/admin-api.ts';
import { usernameSchema } from '../sync/protocol.ts';

/**
 * The "Quản trị" screen's channels: main carries each to the administration API (shared/sync/admin-api.ts)
 * of the server the user is signed in to. Online only; an account that is not an administrator gets
 * `forbidden`. The inputs are the API's bodies and path parameters, the outputs its answers.
 */
const noInput = z.object({}).strict();
const accountInput = z.object({ username: usernameSchema }).strict();

export const adminChannels = {
  'admin.units': { input: noInput, output: unitsResponseSchema },
  'admin.createUnit': {
    input: createUnitRequestSchema,
    output: z.object({ unit: adminUnitSchema }).strict(),
  },
  'admin.people': { input: peopleQuerySchema, output: peopleResponseSchema },
  'admin.createPerson': {
    input: createPersonRequestSchema,
    output: z.object({ person: adminPersonSchema }).strict(),
  },
  'admin.accounts': { input: accountsQuerySchema, output: adminAccountsResponseSchema },
  'admin.createAccount': { input: createAccountRequestSchema, output: adminAccountResponseSchema },
  'admin.resetPassword': {
    input: accountInput.extend(resetPasswordRequestSchema.shape).strict(),
    output: adminAccountResponseSchema,
  },
  'admin.setDisabled': {
    input: accountInput.extend(setDisabledRequestSchema.shape).strict(),
    output: adminAccountResponseSchema,
  },
  'admin.sessions': { input: accountInput, output: sessionsResponseSchema },
  'admin.signOut': { input: accountInput, output: adminAccountResponseSchema },
  'admin.capabilities': { input: noInput, output: capabilitiesResponseSchema },
  'admin.grantCapability': { input: capabilityParamsSchema, output: capabilitiesResponseSchema },
  'admin.revokeCapability': { input: capabilityParamsSchema, output: capabilitiesResponseSchema },
  'admin.audit': {
    input: z.object({ limit: z.number().int().min(1).max(500).optional() }).strict(),
    output: auditResponseSchema,
  },
} as const;
