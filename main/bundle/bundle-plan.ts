import { fileExtension, safeFileName } from '../../shared/files/file-name.ts';

/** One file of a meeting's bundle, as the renderer lists it: under which part of the meeting, by hash. */
export interface BundleItem {
  /** 0 for the meeting's own files, then 1, 2 … in the agenda's order. */
  order: number;
  /** The agenda item's title, or "Tài liệu chung". */
  part: string;
  name: string;
  sha256: string;
  mediaType: string;
}

export interface BundleEntry {
  /** The path inside the ZIP: "01 - Báo cáo kết quả…/Dự thảo….pdf". */
  path: string;
  sha256: string;
  isPdf: boolean;
}

const FOLDER_CHARS = 60;

/**
 * Where each file goes in the ZIP: one folder per part, numbered in the agenda's order so any file
 * manager lists them as the meeting takes them; names made safe for every system (shared/files), and a
 * second file of the same name in a folder numbered "(2)" rather than overwriting the first.
 */
export function planBundle(items: readonly BundleItem[]): BundleEntry[] {
  const sorted = [...items].sort((a, b) => a.order - b.order);
  const used = new Set<string>();
  return sorted.map((item) => {
    const title = [...safeFileName(item.part)].slice(0, FOLDER_CHARS).join('').trim();
    const folder = `${String(item.order).padStart(2, '0')} - ${title}`;
    const safe = safeFileName(item.name);
    const extension = fileExtension(safe);
    const stem = extension === '' ? safe : safe.slice(0, -extension.length - 1);
    let name = safe;
    for (let n = 2; used.has(`${folder}/${name}`.toLocaleLowerCase('vi')); n += 1) {
      name = extension === '' ? `${stem} (${n})` : `${stem} (${n}).${extension}`;
    }
    used.add(`${folder}/${name}`.toLocaleLowerCase('vi'));
    const isPdf = item.mediaType === 'application/pdf' || fileExtension(item.name) === 'pdf';
    return { path: `${folder}/${name}`, sha256: item.sha256, isPdf };
  });
}
