import { mainMessage } from '../../shared/i18n/main.ts';
import { HandlerFailure } from '../ipc/handlers.ts';
import type { BlobStore } from './blob-store.ts';
import { openHashingWriter, type DiskIo, type HashingWriter } from './disk-io.ts';

interface Transfer {
  writer: HashingWriter;
  lastAt: number;
  /** Slices of one transfer are written one after another, whatever order the calls overlap in. */
  queue: Promise<unknown>;
}

export interface StagingOptions {
  store: BlobStore;
  io: DiskIo;
  maxFileBytes: number;
  now?: () => number;
  /** Transfers open at once; a new one past this closes the one idle longest (its page starts again). */
  maxOpen?: number;
  /** A transfer with no slice for this long is abandoned: its temporary file is deleted. */
  idleMs?: number;
}

export const tooLargeFailure = (maxFileBytes: number) =>
  new HandlerFailure(
    'too_large',
    mainMessage('files.tooLarge', { limit: Math.round(maxFileBytes / (1024 * 1024)) }),
  );

/** The open transfers: at most `maxOpen`, each dropped (its file deleted) once idle for `idleMs`. */
function createTransferTable(options: StagingOptions) {
  const now = options.now ?? Date.now;
  const maxOpen = options.maxOpen ?? 8;
  const idleMs = options.idleMs ?? 10 * 60_000;
  const transfers = new Map<string, Transfer>();

  const close = async (id: string) => {
    const transfer = transfers.get(id);
    if (!transfer) return;
    transfers.delete(id);
    await transfer.writer.discard();
  };

  const sweep = async () => {
    const cutoff = now() - idleMs;
    for (const [id, transfer] of [...transfers]) if (transfer.lastAt < cutoff) await close(id);
    while (transfers.size >= maxOpen) {
      const idlest = [...transfers].sort((a, b) => a[1].lastAt - b[1].lastAt)[0];
      if (!idlest) break;
      await close(idlest[0]);
    }
  };

  return {
    transfers,
    close,
    async open(id: string): Promise<Transfer> {
      await sweep();
      const writer = await openHashingWriter(await options.store.tempPath('stage'), options.io);
      const transfer: Transfer = { writer, lastAt: now(), queue: Promise.resolve() };
      transfers.set(id, transfer);
      return transfer;
    },
    /** Runs `work` after the transfer's earlier slices; a failure that is not a refusal ends the transfer. */
    inOrder<T>(id: string, transfer: Transfer, work: () => Promise<T>): Promise<T> {
      const run = transfer.queue.then(async () => {
        try {
          return await work();
        } catch (error) {
          const refusal = error instanceof HandlerFailure && error.code === 'conflict';
          if (!refusal) await close(id);
          throw error;
        }
      });
      transfer.queue = run.catch(() => undefined);
      return run;
    },
  };
}

/**
 * A file on its way from the page into the store (shared/ipc/files.ts): slices appended in order to a
 * temporary file per transfer id, hashed as they arrive; `commit` checks the size, flushes the file and
 * moves it into the store under its hash. Transfers live in memory: main's restart drops them (their
 * temporary files are cleared at start) and the page sends the file again.
 */
export function createStaging(options: StagingOptions) {
  const now = options.now ?? Date.now;
  const { transfers, close, open, inOrder } = createTransferTable(options);

  const append = async (id: string, transfer: Transfer, offset: number, data: Buffer) => {
    const { writer } = transfer;
    if (offset !== writer.size) {
      const params = { expected: writer.size, offset };
      throw new HandlerFailure('conflict', mainMessage('files.outOfOrder', params));
    }
    if (writer.size + data.byteLength > options.maxFileBytes) throw tooLargeFailure(options.maxFileBytes);
    if (!transfers.has(id)) throw new HandlerFailure('not_found', mainMessage('files.transferGone'));
    await writer.write(data);
    transfer.lastAt = now();
    return { received: writer.size };
  };

  return {
    /** Appends one slice at `offset`; an offset other than the bytes received so far is refused. */
    async stage(input: { transferId: string; offset: number; data: string }): Promise<{ received: number }> {
      let transfer = transfers.get(input.transferId);
      if (!transfer) {
        if (input.offset !== 0) throw new HandlerFailure('not_found', mainMessage('files.transferGone'));
        transfer = await open(input.transferId);
      }
      const data = Buffer.from(input.data, 'base64');
      const current = transfer;
      return inOrder(input.transferId, current, () => append(input.transferId, current, input.offset, data));
    },

    /**
     * Ends a transfer: its size must be `size`; the file enters the store under its hash. A transfer
     * never staged is an empty file when `size` is 0, and gone otherwise (expired, or main restarted).
     */
    async commit(input: { transferId: string; size: number }): Promise<{ sha256: string; size: number }> {
      if (input.size > options.maxFileBytes) {
        await close(input.transferId);
        throw tooLargeFailure(options.maxFileBytes);
      }
      const transfer =
        transfers.get(input.transferId) ?? (input.size === 0 ? await open(input.transferId) : null);
      if (!transfer) throw new HandlerFailure('not_found', mainMessage('files.transferGone'));
      return inOrder(input.transferId, transfer, async () => {
        const { writer } = transfer;
        if (writer.size !== input.size) {
          const params = { received: writer.size, size: input.size };
          throw new HandlerFailure('invalid_input', mainMessage('files.sizeMismatch', params));
        }
        transfers.delete(input.transferId);
        const done = await writer.finish().catch(async (error: unknown) => {
          await writer.discard();
          throw error;
        });
        await options.store.adopt(writer.path, done.sha256);
        return done;
      });
    },

    /** Transfers open now (for tests and logs). */
    open: () => transfers.size,
    /** Drops every transfer (main is closing). */
    async closeAll() {
      for (const id of [...transfers.keys()]) await close(id);
    },
  };
}

export type Staging = ReturnType<typeof createStaging>;
