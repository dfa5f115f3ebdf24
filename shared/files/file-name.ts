/**
 * File names as people give them ("Dự thảo Báo cáo chính trị (lần 3).docx") are shown, never trusted as
 * paths. `displayFileName` is what an attachment record keeps; `safeFileName` is the only form ever put
 * on a disk (a temporary copy opened with the system's application, a name inside a ZIP), and it cannot
 * climb out of its folder or hit a reserved device name on Windows.
 */

const CONTROL = /\p{Cc}/gu;
const SEPARATORS = /[/\\]/;
/** Characters Windows forbids in names, and the separators. */
const FORBIDDEN = /[<>:"/\\|?*\p{Cc}]/gu;
/** CON, PRN, AUX, NUL, COM1–9, LPT1–9: devices on Windows, with any extension ("nul.txt" too). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const MAX_NAME = 200;
const FALLBACK = 'tep-dinh-kem';

/** The last part of what a picker or a drop gave, NFC, without control characters, trimmed; never empty. */
export function displayFileName(raw: string): string {
  const last = raw.split(SEPARATORS).pop() ?? '';
  const name = last.normalize('NFC').replace(CONTROL, '').replace(/\s+/gu, ' ').trim();
  if (name === '' || name === '.' || name === '..') return FALLBACK;
  return shorten(name, MAX_NAME);
}

/** At most `max` characters, the extension kept. */
function shorten(name: string, max: number): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const extension = fileExtension(name);
  const keep = extension === '' ? max : max - 1 - [...extension].length;
  const stem = chars
    .slice(0, keep)
    .join('')
    .replace(/[.\s]+$/, '');
  return extension === '' ? stem : `${stem}.${extension}`;
}

/** The file's extension, lowercase, without the dot ("docx"); '' when it has none. */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
 * A name safe to create inside a folder of our own on Windows, macOS and Linux: the display name with the
 * forbidden characters made "_", no leading dots or spaces, no trailing dots or spaces (Windows drops them),
 * not a reserved device name, at most 120 characters with its extension kept.
 */
export function safeFileName(raw: string): string {
  let name = displayFileName(raw)
    .replace(FORBIDDEN, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (name === '') name = FALLBACK;
  if (RESERVED.test(name)) name = `_${name}`;
  return shorten(name, 120);
}
