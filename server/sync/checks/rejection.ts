import type { RefusalMessage, RejectionCode } from '../../../shared/sync/protocol.ts';

/** A pushed change refused, with why: what every check of the push path answers. */
export interface Rejection {
  code: RejectionCode;
  reason: string;
  /** The refusal as a key and parameters, for clients that word it in their own language. */
  message?: RefusalMessage;
}
