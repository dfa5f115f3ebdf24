import type { ServerClient } from '../../shared/server-client/server-client.ts';
import { serverMessage } from '../../shared/i18n/server.ts';
import type { AdminOps } from './admin-ops.ts';
import { AdminError } from './user-admin.ts';

/**
 * The admin operations through a running server's administration API (and its spaces API for grants),
 * signed in as an administrator: what the admin CLI does with `--server`, so nothing needs the server
 * stopped. The server does the checks and the audit; this only carries the calls.
 */
export function remoteAdminOps(server: ServerClient): AdminOps {
  const account = async (username: string) => {
    const found = (await server.adminAccounts(username)).accounts.find((a) => a.username === username);
    if (!found) throw new AdminError(serverMessage('admin.noUser', { username }));
    return found;
  };
  return {
    units: async () => (await server.units()).units,
    createUnit: async (input) => (await server.createUnit(input)).unit,
    people: async (query) => (await server.people(query)).people,
    createPerson: async (input) => (await server.createPerson(input)).person,
    accounts: async (q) => (await server.adminAccounts(q)).accounts,
    createAccount: async (input) => (await server.createAccount(input)).account,
    resetPassword: async (username, password) => (await server.resetPassword(username, password)).account,
    setDisabled: async (username, disabled) => (await server.setDisabled(username, disabled)).account,
    signOut: async (username) => (await server.signOut(username)).account,
    sessions: async (username) => (await server.sessions(username)).sessions,
    capabilities: async () => (await server.capabilities()).capabilities,
    grantCapability: async (params) => (await server.grantCapability(params)).capabilities,
    revokeCapability: async (params) => (await server.revokeCapability(params)).capabilities,
    setGrant: async (username, spaceId, role) => {
      await server.setGrant(spaceId, (await account(username)).id, { role });
      return account(username);
    },
    removeGrant: async (username, spaceId) => {
      await server.removeGrant(spaceId, (await account(username)).id);
      return account(username);
    },
    audit: async (limit) => (await server.audit(limit)).entries,
  };
}
