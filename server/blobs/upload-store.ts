import { Readable } from 'node:stream';
import { DataStore, ERRORS, Upload } from '@tus/server';
import type { Database } from '../db/database.ts';
import { appendChunk, deleteUpload, deleteUploadsBefore, loadUpload, readChunk } from './upload-rows.ts';

/**
 * tus's DataStore over the database (upload-rows.ts): partial uploads live in PostgreSQL (or PGlite), in
 * chunks of at most CHUNK_BYTES, so any instance can continue any upload. A PATCH's bytes are gathered
 * into a chunk and appended with the offset moved in the same transaction; bytes that arrived before a
 * cut connection are appended too, so a resumed upload sends only the rest. Memory stays at about one
 * chunk per upload in flight.
 *
 * The row itself is made by the creation hook (tus-server.ts), which knows the signed-in account; `create`
 * only confirms it. No `creation-defer-length` (the size is needed to check the hash), no concatenation
 * (so no parallel uploads).
 */
export const CHUNK_BYTES = 1024 * 1024;

export interface UploadStoreOptions {
  expiryMs: number;
  now: () => number;
}

function toUpload(row: NonNullable<Awaited<ReturnType<typeof loadUpload>>>): Upload {
  return new Upload({
    id: row.uploadId,
    size: row.size,
    offset: row.received,
    metadata: row.metadata,
    creation_date: new Date(row.createdAt).toISOString(),
  });
}

export class DatabaseUploadStore extends DataStore {
  readonly database: Database;
  readonly options: UploadStoreOptions;

  constructor(database: Database, options: UploadStoreOptions) {
    super();
    this.database = database;
    this.options = options;
    this.extensions = ['creation', 'creation-with-upload', 'termination', 'expiration'];
  }

  override async create(upload: Upload): Promise<Upload> {
    const row = await loadUpload(this.database.orm, upload.id);
    if (!row) throw ERRORS.FILE_NOT_FOUND;
    upload.creation_date = new Date(row.createdAt).toISOString();
    return upload;
  }

  override async getUpload(id: string): Promise<Upload> {
    const row = await loadUpload(this.database.orm, id);
    if (!row) throw ERRORS.FILE_NOT_FOUND;
    return toUpload(row);
  }

  override async write(readable: Readable, id: string, offset: number): Promise<number> {
    let position = offset;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async () => {
      if (pendingBytes === 0) return;
      const bytes = Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      if (!(await appendChunk(this.database, id, position, bytes))) throw ERRORS.INVALID_OFFSET;
      position += bytes.length;
    };
    try {
      for await (const chunk of readable) {
        pending.push(chunk as Buffer);
        pendingBytes += (chunk as Buffer).length;
        if (pendingBytes >= CHUNK_BYTES) await flush();
      }
    } catch (error) {
      // The connection broke: keep what did arrive, so the client resumes after it.
      await flush().catch(() => undefined);
      throw error;
    }
    await flush();
    return position;
  }

  override async remove(id: string): Promise<void> {
    if (!(await deleteUpload(this.database.orm, id))) throw ERRORS.FILE_NOT_FOUND;
  }

  override async declareUploadLength(): Promise<void> {
    throw ERRORS.UNSUPPORTED_CREATION_DEFER_LENGTH_EXTENSION;
  }

  override async deleteExpired(): Promise<number> {
    const now = this.options.now();
    return deleteUploadsBefore(this.database.orm, now - this.options.expiryMs, now);
  }

  override getExpiration(): number {
    return this.options.expiryMs;
  }
}

/** The upload's stored bytes in order, one chunk read at a time; it ends early at a gap. */
export function uploadBytes(database: Database, uploadId: string, size: number): Readable {
  async function* chunks() {
    let position = 0;
    while (position < size) {
      const chunk = await readChunk(database.orm, uploadId, position);
      if (!chunk || chunk.byteLength === 0) return;
      position += chunk.byteLength;
      yield chunk;
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}
