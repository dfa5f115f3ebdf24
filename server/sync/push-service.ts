import type { PushRequest, PushResponse, PushResult } from '../../shared/sync/protocol.ts';
import type { Principal } from '../authz/access.ts';
import type { ServerContext } from '../context.ts';
import { publishNotice } from '../live/notice.ts';
import { applyChange } from './apply-change.ts';
import { lockSyncState, saveSyncState } from './sync-state.ts';

/**
 * A push: the whole batch in one transaction, under the push lock (see sync-state.ts), each accepted
 * change taking the next version. The answer lists every change, accepted (with its version and the
 * conflicts it caused) or rejected (with a reason); a rejected change does not stop the others. The live
 * notice goes out with the commit (NOTIFY is transactional).
 */
export interface Pusher {
  principal: Principal;
  userId: string;
  userName: string;
}

export async function push(
  context: Pick<ServerContext, 'database' | 'settings' | 'now'>,
  pusher: Pusher,
  request: PushRequest,
): Promise<PushResponse> {
  const now = context.now();
  const { database, settings } = context;
  const author = { userId: pusher.userId, userName: pusher.userName, clientId: request.clientId };
  const results = await database.transaction(async (tx) => {
    const state = await lockSyncState(tx);
    let version = state.lastVersion;
    let reordered = false;
    const touched = new Set<string>();
    const answers: PushResult[] = [];
    for (const change of request.changes) {
      const outcome = await applyChange({
        tx,
        principal: pusher.principal,
        author,
        change,
        version: version + 1,
        now,
        maxDriftMs: settings.maxDriftMs,
      });
      answers.push(outcome.result);
      if (outcome.kind !== 'accepted') continue;
      version += 1;
      touched.add(change.spaceId);
      reordered ||= outcome.spaceOrderChanged;
    }
    if (version === state.lastVersion && !reordered) return answers;
    await saveSyncState(tx, { lastVersion: version, bumpSpaceOrder: reordered });
    if (version > state.lastVersion) {
      await publishNotice(tx, database.noticeChannel, { version, spaceIds: [...touched] });
    }
    return answers;
  });
  return { results, serverTime: now };
}
