import type { PushRequest, PushResponse } from '../../../shared/sync/protocol.ts';
import type { ServerContext } from '../../context.ts';
import type { Pusher } from './push-group.ts';
import { PushQueue } from './push-queue.ts';

export type { Pusher } from './push-group.ts';

/**
 * What a push needs besides the clock: the push queue of the server it arrives at (a ServerContext has
 * one), or, with no server running (the admin CLI's seeding, the bench's), just the database: the push
 * then runs in a queue of its own, as a group by itself.
 */
export type PushContext = Pick<ServerContext, 'now'> &
  (Pick<ServerContext, 'pushQueue'> | Pick<ServerContext, 'database'>);

/**
 * A push: its changes applied in one transaction under the push lock (see log/log-head.ts), together with
 * the other pushes waiting at that moment in the server's queue (push-queue.ts), each accepted change
 * taking the next version. The answer lists every change, accepted (with its version and the conflicts it
 * caused) or rejected (with a reason); a rejected change does not stop the others. The live notice goes
 * out with the commit (NOTIFY is transactional).
 */
export async function push(
  context: PushContext,
  pusher: Pusher,
  request: PushRequest,
): Promise<PushResponse> {
  const now = context.now();
  const queue = 'pushQueue' in context ? context.pushQueue : new PushQueue(context.database);
  const results = await queue.push({ pusher, request, now });
  return { results, serverTime: now };
}
