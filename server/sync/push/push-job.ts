import type { Principal } from '../../../shared/authz/access.ts';
import type { MergeResult } from '../../../shared/sync/merge.ts';
import type { PushRequest } from '../../../shared/sync/protocol.ts';

/** Who pushes, as the push path needs them: the rules' principal and the names the audit keeps. */
export interface Pusher {
  principal: Principal;
  userId: string;
  userName: string;
}

export interface PushJob {
  pusher: Pusher;
  request: PushRequest;
  /** The server's clock when the push arrived. */
  now: number;
}

/** A change merged into the record as stored (shared/sync/merge.ts). */
export type Merged = MergeResult<Record<string, unknown>>;
/** Who wrote a change, as the change log and the conflict inbox name them. */
export type Author = { userId: string; userName: string; clientId: string };
