import type { z } from 'zod';
import type { DocumentPartAnswer, documentPartSchema } from '../../shared/ipc/documents.ts';
import type { PushDocumentUpdatesResponse } from '../../shared/sync/documents-api.ts';
import { HandlerFailure } from '../ipc/handlers.ts';

type DocumentPart = z.output<typeof documentPartSchema>;

interface Transfer {
  docId: string;
  epoch: number | null;
  parts: Array<Buffer | undefined>;
  received: number;
  startedAt: number;
}

export interface DocumentUploadsOptions {
  /** Sends one whole batch (base64) to the server. */
  send: (docId: string, epoch: number | null, update: string) => Promise<PushDocumentUpdatesResponse>;
  now?: () => number;
  /** Transfers held at once; a new one past this drops the oldest (its renderer starts it again). */
  maxOpen?: number;
  /** A transfer not completed within this is dropped. */
  maxAgeMs?: number;
}

/**
 * Puts a document batch back together from its parts (shared/ipc/documents.ts) and sends it to the server
 * once the last part arrives. Held in memory only: a restart loses half-sent transfers, and the renderer,
 * whose rows stay unsent until the server's answer, sends them again.
 */
export function createDocumentUploads(options: DocumentUploadsOptions) {
  const now = options.now ?? Date.now;
  const maxOpen = options.maxOpen ?? 8;
  const maxAgeMs = options.maxAgeMs ?? 5 * 60_000;
  const transfers = new Map<string, Transfer>();

  const forget = (cutoff: number) => {
    for (const [id, transfer] of transfers) if (transfer.startedAt < cutoff) transfers.delete(id);
    while (transfers.size >= maxOpen) {
      const oldest = transfers.keys().next();
      if (oldest.done) break;
      transfers.delete(oldest.value);
    }
  };

  const transferOf = (input: DocumentPart): Transfer => {
    const known = transfers.get(input.transferId);
    if (known) {
      if (known.docId !== input.docId || known.epoch !== input.epoch || known.parts.length !== input.parts) {
        transfers.delete(input.transferId);
        throw new HandlerFailure('invalid_input', 'Phần gửi không khớp với lượt gửi văn bản đang nhận.');
      }
      return known;
    }
    forget(now() - maxAgeMs);
    const created: Transfer = {
      docId: input.docId,
      epoch: input.epoch,
      parts: Array.from({ length: input.parts }, () => undefined),
      received: 0,
      startedAt: now(),
    };
    transfers.set(input.transferId, created);
    return created;
  };

  return {
    async receive(input: DocumentPart): Promise<DocumentPartAnswer> {
      const transfer = transferOf(input);
      if (transfer.parts[input.part] === undefined) transfer.received += 1;
      transfer.parts[input.part] = Buffer.from(input.data, 'base64');
      if (transfer.received < transfer.parts.length)
        return { status: 'partial', received: transfer.received };
      transfers.delete(input.transferId);
      const whole = Buffer.concat(transfer.parts.filter((part): part is Buffer => part !== undefined));
      const stored = await options.send(transfer.docId, transfer.epoch, whole.toString('base64'));
      return { status: 'stored', ...stored };
    },
    /** Transfers waiting for parts (for tests and logs). */
    open: () => transfers.size,
  };
}
