import { fileExtension } from '../../../shared/files/file-name.ts';

export type PreviewKind = 'pdf' | 'image' | 'docx' | null;

/** What the app can show inside itself: PDFs (first pages), images, and .docx as text. */
export function previewKind(name: string, mediaType: string): PreviewKind {
  const extension = fileExtension(name);
  if (mediaType === 'application/pdf' || extension === 'pdf') return 'pdf';
  if (
    /^image\/(png|jpeg|gif|webp)$/.test(mediaType) ||
    ['png', 'jpg', 'jpeg', 'gif', 'webp'].includes(extension)
  )
    return 'image';
  if (extension === 'docx') return 'docx';
  return null;
}
