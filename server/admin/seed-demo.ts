import { buildDemoDataset, DEMO_SERVER_NOW } from '../../shared/demo/index.ts';
import { entityNames } from '../../shared/domain/registry.ts';
import { formatHlc } from '../../shared/hlc/index.ts';
import { createUuidv7Generator } from '../../shared/ids/index.ts';
import type { RecordChange } from '../../shared/sync/change.ts';
import { MAX_PUSH_CHANGES, SYNC_SCHEMA_VERSION } from '../../shared/sync/protocol.ts';
import { findUserByUsername, loadPrincipal } from '../auth/user-store.ts';
import { DEFAULT_SETTINGS } from '../context.ts';
import type { Database } from '../db/database.ts';
import { push } from '../sync/push/push-service.ts';
import { AdminError } from './user-admin.ts';
import { serverMessage } from '../../shared/i18n/server.ts';

/** Node id of the demo's writes in the HLC: recognisable in the audit log. */
const DEMO_NODE = 'de00de00de00de00';

/**
 * `admin seed-demo --username <admin>`: loads the demo data of Quận Long Biên (shared/demo) into the
 * server as that admin's pushes, through the same path as any client's (validated, versioned, audited),
 * so every client that signs in receives it by sync. Running it twice changes nothing: change ids repeat.
 */
export async function seedDemo(database: Database, options: { username: string; now?: number }) {
  const now = options.now ?? Date.now();
  const user = await findUserByUsername(database.orm, options.username);
  if (!user?.isAdmin) throw new AdminError(serverMessage('admin.needAdmin', { username: options.username }));
  const loaded = await loadPrincipal(database.orm, user.id);
  if (!loaded) throw new AdminError(serverMessage('admin.grantsUnreadable', { username: options.username }));
  const { principal } = loaded;
  const context = { database, settings: DEFAULT_SETTINGS, now: () => now };
  // Fixed ids and stamps from a fixed seed: the same dataset, the same change ids, every time.
  const dataset = buildDemoDataset({ now: DEMO_SERVER_NOW });
  const ids = createUuidv7Generator((n) => new Uint8Array(n).fill(7));
  const hlc = formatHlc({ wallMs: DEMO_SERVER_NOW, counter: 0, nodeId: DEMO_NODE });
  const changes: RecordChange[] = [];
  for (const entity of entityNames) {
    for (const record of dataset[entity] as ReadonlyArray<Record<string, unknown>>) {
      const { id, spaceId, ...fields } = record;
      changes.push({
        changeId: ids(DEMO_SERVER_NOW),
        entity,
        recordId: String(id),
        spaceId: String(spaceId),
        hlc,
        fields,
      });
    }
  }
  let accepted = 0;
  const rejected: string[] = [];
  for (let start = 0; start < changes.length; start += MAX_PUSH_CHANGES) {
    const batch = changes.slice(start, start + MAX_PUSH_CHANGES);
    const response = await push(
      context,
      { principal, userId: user.id, userName: user.displayName },
      {
        schemaVersion: SYNC_SCHEMA_VERSION,
        clientId: 'admin-seed-demo',
        changes: batch,
      },
    );
    for (const result of response.results) {
      if (result.status === 'accepted') accepted += 1;
      else rejected.push(`${result.changeId}: ${result.reason}`);
    }
  }
  return { records: changes.length, accepted, rejected };
}
