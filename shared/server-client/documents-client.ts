import {
  DOCUMENTS_API_PATHS,
  documentSpace,
  pushDocumentUpdatesResponseSchema,
  syncDocumentResponseSchema,
  type PushDocumentUpdatesResponse,
  type SyncDocumentResponse,
} from '../sync/documents-api.ts';
import type { createRequester } from './authed-request.ts';
import { SyncClientError } from './client-error.ts';

type Authed = ReturnType<typeof createRequester>['authed'];

/**
 * The documents API (shared/sync/documents-api.ts) for one client. The space is the document's own (its
 * record's), so callers name only the document. Updates and state vectors travel as base64.
 */
export function documentsClient(authed: Authed, clientId: string) {
  const pathOf = (template: string, docId: string) => template.replace(':docId', encodeURIComponent(docId));
  const spaceOf = (docId: string): string => {
    const spaceId = documentSpace(docId);
    if (spaceId === null) throw new SyncClientError('invalid_request', `Không phải mã văn bản: ${docId}`);
    return spaceId;
  };
  return {
    pushDocument: (
      docId: string,
      epoch: number | null,
      update: string,
    ): Promise<PushDocumentUpdatesResponse> =>
      authed(
        'POST',
        pathOf(DOCUMENTS_API_PATHS.updates, docId),
        { spaceId: spaceOf(docId), epoch, clientId, updates: [update] },
        pushDocumentUpdatesResponseSchema,
      ),
    syncDocument: (docId: string, epoch: number | null, stateVector: string): Promise<SyncDocumentResponse> =>
      authed(
        'POST',
        pathOf(DOCUMENTS_API_PATHS.sync, docId),
        { spaceId: spaceOf(docId), epoch, stateVector },
        syncDocumentResponseSchema,
      ),
  };
}
