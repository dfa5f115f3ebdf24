import { serverMessage } from '../../shared/i18n/server.ts';
/**
 * What the server checks in a PGlite cluster's `global/pg_control` before handing the folder to PGlite:
 * PGlite does not report a damaged control file or a missing WAL segment, it fails to start or aborts
 * the WebAssembly instance (a stack trace, and PostgreSQL may already have written to the folder). The
 * layout is PostgreSQL's `ControlFileData` as PGlite's build lays it out (little-endian, 8-byte aligned),
 * measured on a folder PGlite made; pglite-data-dir.test.ts opens a freshly made folder, so a PGlite
 * upgrade that changes it fails there first.
 */

/** The PostgreSQL major version PGlite runs (`PG_VERSION` of the folders it makes). */
export const PG_MAJOR = '18';
/** `PG_CONTROL_FILE_SIZE`: PostgreSQL always writes the whole 8 KiB. */
export const PG_CONTROL_SIZE = 8192;

interface Layout {
  /** Offset of the CRC-32C, computed over every byte before it. */
  crc: number;
  checkPoint: number;
  redo: number;
  timeline: number;
  walSegmentSize: number;
}

/** By `pg_control_version` (the uint32 at offset 8). */
const LAYOUTS: ReadonlyMap<number, Layout> = new Map([
  [1800, { crc: 292, checkPoint: 32, redo: 40, timeline: 48, walSegmentSize: 0xe4 }],
]);

const CRC32C_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
    table[i] = c >>> 0;
  }
  return table;
})();

/** CRC-32C (Castagnoli), PostgreSQL's `pg_crc32c`. */
export function crc32c(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC32C_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export type PgControl =
  | {
      ok: true;
      walSegmentSize: number;
      /** The WAL segments recovery starts from (the last checkpoint's and its redo point's). */
      neededSegments: string[];
    }
  | { ok: false; problem: string };

/** PostgreSQL's `XLogFileName`: timeline, then the segment number split at 4 GiB of WAL. */
export function walSegmentName(timeline: number, lsn: bigint, segmentSize: number): string {
  const segment = lsn / BigInt(segmentSize);
  const perId = 0x1_0000_0000n / BigInt(segmentSize);
  const hex = (value: bigint | number) => value.toString(16).toUpperCase().padStart(8, '0');
  return hex(timeline) + hex(segment / perId) + hex(segment % perId);
}

export function readPgControl(bytes: Buffer): PgControl {
  if (bytes.length !== PG_CONTROL_SIZE)
    return {
      ok: false,
      problem: serverMessage('db.controlSize', { size: bytes.length, expected: PG_CONTROL_SIZE }),
    };
  if (bytes.every((byte) => byte === 0)) return { ok: false, problem: serverMessage('db.controlZero') };
  const version = bytes.readUInt32LE(8);
  const layout = LAYOUTS.get(version);
  if (!layout)
    return { ok: false, problem: serverMessage('db.controlVersion', { version, major: PG_MAJOR }) };
  if (crc32c(bytes.subarray(0, layout.crc)) !== bytes.readUInt32LE(layout.crc))
    return { ok: false, problem: serverMessage('db.controlCrc') };
  const walSegmentSize = bytes.readUInt32LE(layout.walSegmentSize);
  // PostgreSQL allows powers of two from 1 MiB to 1 GiB; the CRC passed, so anything else is not ours.
  if (walSegmentSize < 1 << 20 || walSegmentSize > 1 << 30 || (walSegmentSize & (walSegmentSize - 1)) !== 0)
    return { ok: false, problem: serverMessage('db.controlWalSize', { size: walSegmentSize }) };
  const timeline = bytes.readUInt32LE(layout.timeline);
  const neededSegments = [
    ...new Set(
      [layout.redo, layout.checkPoint].map((offset) =>
        walSegmentName(timeline, bytes.readBigUInt64LE(offset), walSegmentSize),
      ),
    ),
  ].sort();
  return { ok: true, walSegmentSize, neededSegments };
}
