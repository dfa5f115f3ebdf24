import {
  BLOBS_API_PATHS,
  blobCheckResponseSchema,
  blobRefSchema,
  type BlobCheckResponse,
  type BlobRef,
} from '../sync/blobs-api.ts';
import type { createRequester } from './authed-request.ts';

type Authed = ReturnType<typeof createRequester>['authed'];

/**
 * The JSON half of the blobs API (shared/sync/blobs-api.ts): whether the server already holds a file for
 * a space the user reads, and linking it to another space without sending its bytes. The bytes themselves
 * travel over tus and Range requests, which main makes on its own (main/blobs/).
 */
export function blobsClient(authed: Authed) {
  return {
    checkBlob: (ref: BlobRef): Promise<BlobCheckResponse> =>
      authed('POST', BLOBS_API_PATHS.check, ref, blobCheckResponseSchema),
    /** Answers the link made (or found): the same reference. */
    linkBlob: (ref: BlobRef): Promise<BlobRef> => authed('POST', BLOBS_API_PATHS.link, ref, blobRefSchema),
  };
}
