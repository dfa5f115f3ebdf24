import { z } from 'zod';
import {
  ADMIN_API_PATHS,
  adminAccountResponseSchema,
  adminAccountsResponseSchema,
  auditResponseSchema,
  capabilitiesResponseSchema,
  peopleResponseSchema,
  sessionsResponseSchema,
  unitsResponseSchema,
  adminPersonSchema,
  adminUnitSchema,
  type CapabilityParams,
  type CreateAccountRequest,
  type CreatePersonRequest,
  type CreateUnitRequest,
  type PeopleQuery,
} from '../sync/admin-api.ts';
import type { createRequester } from './authed-request.ts';

type Authed = ReturnType<typeof createRequester>['authed'];

const unitAnswer = z.object({ unit: adminUnitSchema }).strict();
const personAnswer = z.object({ person: adminPersonSchema }).strict();

/** `?a=1&b=2` from the set values, or nothing. */
function query(values: Readonly<Record<string, string | number | undefined>>): string {
  const entries = Object.entries(values).filter((entry): entry is [string, string | number] => {
    const value = entry[1];
    return value !== undefined && value !== '';
  });
  const pairs = entries.map(
    ([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`,
  );
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}

/** The administration API (shared/sync/admin-api.ts), for the "Quản trị" screen and the admin CLI. */
export function adminClient(authed: Authed) {
  const account = (template: string, username: string) =>
    template.replace(':username', encodeURIComponent(username));
  const capabilityPath = (params: CapabilityParams) =>
    ADMIN_API_PATHS.capability
      .replace(':holderKind', params.holderKind)
      .replace(':holderId', encodeURIComponent(params.holderId))
      .replace(':capability', params.capability);
  return {
    units: () => authed('GET', ADMIN_API_PATHS.units, undefined, unitsResponseSchema),
    createUnit: (request: CreateUnitRequest) => authed('POST', ADMIN_API_PATHS.units, request, unitAnswer),
    people: (filter: PeopleQuery = {}) =>
      authed('GET', `${ADMIN_API_PATHS.people}${query(filter)}`, undefined, peopleResponseSchema),
    createPerson: (request: CreatePersonRequest) =>
      authed('POST', ADMIN_API_PATHS.people, request, personAnswer),
    adminAccounts: (q?: string) =>
      authed('GET', `${ADMIN_API_PATHS.accounts}${query({ q })}`, undefined, adminAccountsResponseSchema),
    createAccount: (request: CreateAccountRequest) =>
      authed('POST', ADMIN_API_PATHS.accounts, request, adminAccountResponseSchema),
    resetPassword: (username: string, password: string) =>
      authed('POST', account(ADMIN_API_PATHS.password, username), { password }, adminAccountResponseSchema),
    setDisabled: (username: string, disabled: boolean) =>
      authed('POST', account(ADMIN_API_PATHS.disabled, username), { disabled }, adminAccountResponseSchema),
    sessions: (username: string) =>
      authed('GET', account(ADMIN_API_PATHS.sessions, username), undefined, sessionsResponseSchema),
    signOut: (username: string) =>
      authed('DELETE', account(ADMIN_API_PATHS.sessions, username), undefined, adminAccountResponseSchema),
    capabilities: () => authed('GET', ADMIN_API_PATHS.capabilities, undefined, capabilitiesResponseSchema),
    grantCapability: (params: CapabilityParams) =>
      authed('PUT', capabilityPath(params), {}, capabilitiesResponseSchema),
    revokeCapability: (params: CapabilityParams) =>
      authed('DELETE', capabilityPath(params), undefined, capabilitiesResponseSchema),
    audit: (limit?: number) =>
      authed('GET', `${ADMIN_API_PATHS.audit}${query({ limit })}`, undefined, auditResponseSchema),
  };
}

export type AdminClient = ReturnType<typeof adminClient>;
