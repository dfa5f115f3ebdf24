import type { Api } from '../../../shared/ipc/api.ts';
import { DOCUMENT_PART_BYTES } from '../../../shared/ipc/documents.ts';
import { base64ToBytes, bytesToBase64 } from '../../../shared/documents/base64.ts';
import type { ServerClient } from '../../../shared/server-client/server-client.ts';
import { TransportError } from '../sync-engine/transport.ts';
import { invokeOrThrow, overHttp } from '../sync-engine/transport-calls.ts';
import type { DocumentTransport } from './document-transport-contract.ts';

export type { DocumentTransport } from './document-transport-contract.ts';

const transferId = () => `t-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;

/** In the app: main carries the calls; an outgoing batch goes in parts of DOCUMENT_PART_BYTES. */
export function createIpcDocumentTransport(api: Api): DocumentTransport {
  return {
    async push(docId, epoch, update) {
      const parts = Math.max(1, Math.ceil(update.byteLength / DOCUMENT_PART_BYTES));
      const id = transferId();
      for (let part = 0; part < parts; part += 1) {
        const slice = update.subarray(part * DOCUMENT_PART_BYTES, (part + 1) * DOCUMENT_PART_BYTES);
        const input = { docId, epoch, transferId: id, part, parts, data: bytesToBase64(slice) };
        const answer = await invokeOrThrow(api, 'documents.push', input);
        if (answer.status === 'stored') return { epoch: answer.epoch, seq: answer.seq };
      }
      throw new TransportError('server_error', 'Máy chủ chưa xác nhận đã nhận đủ văn bản.');
    },
    async sync(docId, epoch, stateVector) {
      const answer = await invokeOrThrow(api, 'documents.sync', {
        docId,
        epoch,
        stateVector: bytesToBase64(stateVector),
      });
      return { ...answer, update: base64ToBytes(answer.update) };
    },
  };
}

/** Straight over HTTP (tests and benchmarks, where there is no main process). */
export function createHttpDocumentTransport(client: ServerClient): DocumentTransport {
  return {
    push: (docId, epoch, update) => overHttp(() => client.pushDocument(docId, epoch, bytesToBase64(update))),
    sync: async (docId, epoch, stateVector) => {
      const answer = await overHttp(() => client.syncDocument(docId, epoch, bytesToBase64(stateVector)));
      return { ...answer, update: base64ToBytes(answer.update) };
    },
  };
}
