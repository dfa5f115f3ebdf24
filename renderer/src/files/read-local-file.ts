import { base64ToBytes } from '../../../shared/documents/base64.ts';
import type { Api } from '../../../shared/ipc/api.ts';
import { FILE_PART_BYTES } from '../../../shared/ipc/files.ts';
import { invokeOrThrow } from '../sync-engine/transport-calls.ts';

/** Previews read at most this much of a file (a preview needs the first page, not a 200 MB annex). */
export const MAX_PREVIEW_BYTES = 50 * 1024 * 1024;

/** The bytes of a local file, read from main slice by slice; null when it is larger than `max`. */
export async function readLocalFile(
  api: Api,
  sha256: string,
  max = MAX_PREVIEW_BYTES,
): Promise<Uint8Array | null> {
  const first = await invokeOrThrow(api, 'files.read', { sha256, offset: 0, length: FILE_PART_BYTES });
  if (first.size > max) return null;
  const bytes = new Uint8Array(first.size);
  let at = 0;
  let slice = base64ToBytes(first.data);
  for (;;) {
    bytes.set(slice, at);
    at += slice.byteLength;
    if (at >= first.size || slice.byteLength === 0) break;
    const next = await invokeOrThrow(api, 'files.read', { sha256, offset: at, length: FILE_PART_BYTES });
    slice = base64ToBytes(next.data);
  }
  return bytes;
}
