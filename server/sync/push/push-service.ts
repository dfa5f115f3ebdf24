import type { PushRequest, PushResponse } from '../../../shared/sync/protocol.ts';
import type { ServerContext } from '../../context.ts';
import type { Pusher } from './push-group.ts';
import { pushQueueOf } from './push-queue.ts';

export type { Pusher } from './push-group.ts';

/**
 * A push: its changes applied in one transaction under the push lock (see log/log-head.ts), together with
 * the other pushes waiting at that moment (push-queue.ts), each accepted change taking the next version.
 * The answer lists every change, accepted (with its version and the conflicts it caused) or rejected
 * (with a reason); a rejected change does not stop the others. The live notice goes out with the commit
 * (NOTIFY is transactional).
 */
export async function push(
  context: Pick<ServerContext, 'database' | 'now'>,
  pusher: Pusher,
  request: PushRequest,
): Promise<PushResponse> {
  const now = context.now();
  const queue = pushQueueOf(context.database);
  const results = await queue.push({ pusher, request, now });
  return { results, serverTime: now };
}
