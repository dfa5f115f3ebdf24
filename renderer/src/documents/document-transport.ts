import type { Api } from '../../../shared/ipc/api.ts';
import type { IpcErrorCode } from '../../../shared/ipc/result.ts';
import { DOCUMENT_PART_BYTES } from '../../../shared/ipc/documents.ts';
import { toClientErrorCode } from '../../../shared/ipc/sync-errors.ts';
import { base64ToBytes, bytesToBase64 } from '../../../shared/documents/base64.ts';
import { SyncClientError } from '../../../shared/server-client/client-error.ts';
import type { ServerClient } from '../../../shared/server-client/server-client.ts';
import { TransportError } from '../sync-engine/transport.ts';
import type { DocumentTransport } from './document-transport-contract.ts';

export type { DocumentTransport } from './document-transport-contract.ts';

const transferId = () => `t-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;

/** In the app: main carries the calls; an outgoing batch goes in parts of DOCUMENT_PART_BYTES. */
export function createIpcDocumentTransport(api: Api): DocumentTransport {
  const fail = (error: { code: IpcErrorCode; message: string }): never => {
    throw new TransportError(toClientErrorCode(error.code), error.message);
  };
  return {
    async push(docId, epoch, update) {
      const parts = Math.max(1, Math.ceil(update.byteLength / DOCUMENT_PART_BYTES));
      const id = transferId();
      for (let part = 0; part < parts; part += 1) {
        const slice = update.subarray(part * DOCUMENT_PART_BYTES, (part + 1) * DOCUMENT_PART_BYTES);
        const input = { docId, epoch, transferId: id, part, parts, data: bytesToBase64(slice) };
        const result = await api.invoke('documents.push', input);
        if (!result.ok) return fail(result.error);
        if (result.value.status === 'stored') return { epoch: result.value.epoch, seq: result.value.seq };
      }
      throw new TransportError('server_error', 'Máy chủ chưa xác nhận đã nhận đủ văn bản.');
    },
    async sync(docId, epoch, stateVector) {
      const result = await api.invoke('documents.sync', {
        docId,
        epoch,
        stateVector: bytesToBase64(stateVector),
      });
      if (!result.ok) return fail(result.error);
      return { ...result.value, update: base64ToBytes(result.value.update) };
    },
  };
}

/** Straight over HTTP (tests and benchmarks, where there is no main process). */
export function createHttpDocumentTransport(client: ServerClient): DocumentTransport {
  const wrap = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof SyncClientError) throw new TransportError(error.code, error.message);
      throw error;
    }
  };
  return {
    push: (docId, epoch, update) => wrap(() => client.pushDocument(docId, epoch, bytesToBase64(update))),
    sync: async (docId, epoch, stateVector) => {
      const answer = await wrap(() => client.syncDocument(docId, epoch, bytesToBase64(stateVector)));
      return { ...answer, update: base64ToBytes(answer.update) };
    },
  };
}
