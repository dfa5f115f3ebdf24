import { bytesToBase64 } from '../../../shared/documents/base64.ts';
import type { Api } from '../../../shared/ipc/api.ts';
import { FILE_PART_BYTES } from '../../../shared/ipc/files.ts';
import { DEFAULT_MAX_FILE_BYTES } from '../../../shared/sync/blobs-api.ts';
import { uuidv7 } from '../../../shared/ids/index.ts';
import { invokeOrThrow } from '../sync-engine/transport-calls.ts';

/** A file too large to attach: the message names the limit. */
export class FileTooLarge extends Error {
  readonly fileName: string;
  readonly size: number;
  constructor(fileName: string, size: number) {
    super(`${fileName}: ${size}`);
    this.name = 'FileTooLarge';
    this.fileName = fileName;
    this.size = size;
  }
}

/** What the page hands over: a File from a picker or a drop (a Blob with a name). */
export interface PickedFile {
  name: string;
  size: number;
  type: string;
  slice(start: number, end: number): Blob;
}

/**
 * Hands one file to main, slice by slice (shared/ipc/files.ts), and has it stored under its hash and its
 * upload to `spaceId` queued. `onProgress` is told the bytes handed over so far.
 */
export async function stageFile(
  api: Api,
  file: PickedFile,
  spaceId: string,
  onProgress?: (sent: number) => void,
): Promise<{ sha256: string; size: number }> {
  if (file.size > DEFAULT_MAX_FILE_BYTES) throw new FileTooLarge(file.name, file.size);
  const transferId = uuidv7(Date.now());
  for (let offset = 0; offset < file.size; offset += FILE_PART_BYTES) {
    const slice = new Uint8Array(await file.slice(offset, offset + FILE_PART_BYTES).arrayBuffer());
    await invokeOrThrow(api, 'files.stage', { transferId, offset, data: bytesToBase64(slice) });
    onProgress?.(offset + slice.byteLength);
  }
  return invokeOrThrow(api, 'files.commit', { transferId, size: file.size, spaceId });
}
