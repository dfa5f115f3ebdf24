/** What the documents' sync needs from the district server (shared/sync/documents-api.ts), as bytes. */
export interface DocumentTransport {
  push(docId: string, epoch: number | null, update: Uint8Array): Promise<{ epoch: number; seq: number }>;
  sync(
    docId: string,
    epoch: number | null,
    stateVector: Uint8Array,
  ): Promise<{ epoch: number | null; update: Uint8Array; seq: number }>;
}
