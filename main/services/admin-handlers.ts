import type { ServerClient } from '../../shared/server-client/server-client.ts';
import type { Handlers } from '../ipc/handlers.ts';

type Call = <T>(work: (server: ServerClient) => Promise<T>) => Promise<T>;
type AdminChannel = Extract<keyof Handlers, `admin.${string}`>;

/** The "Quản trị" channels: each is one call of the administration API on the signed-in server. */
export function adminHandlers(call: Call): Pick<Handlers, AdminChannel> {
  return {
    'admin.units': () => call((server) => server.units()),
    'admin.createUnit': (input) => call((server) => server.createUnit(input)),
    'admin.people': (input) => call((server) => server.people(input)),
    'admin.createPerson': (input) => call((server) => server.createPerson(input)),
    'admin.accounts': ({ q }) => call((server) => server.adminAccounts(q)),
    'admin.createAccount': (input) => call((server) => server.createAccount(input)),
    'admin.resetPassword': ({ username, password }) =>
      call((server) => server.resetPassword(username, password)),
    'admin.setDisabled': ({ username, disabled }) => call((server) => server.setDisabled(username, disabled)),
    'admin.sessions': ({ username }) => call((server) => server.sessions(username)),
    'admin.signOut': ({ username }) => call((server) => server.signOut(username)),
    'admin.capabilities': () => call((server) => server.capabilities()),
    'admin.grantCapability': (input) => call((server) => server.grantCapability(input)),
    'admin.revokeCapability': (input) => call((server) => server.revokeCapability(input)),
    'admin.audit': ({ limit }) => call((server) => server.audit(limit)),
  };
}
