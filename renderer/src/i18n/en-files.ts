import type { viFiles } from './vi-files.ts';

/** English texts of the files (the twin of vi-files.ts). */
export const enFiles: typeof viFiles = {
  files: {
    title: 'Meeting materials',
    meetingFiles: 'Materials of the whole meeting (programme, invitation…)',
    itemFiles: (order: number, title: string) => `Item ${order}: ${title}`,
    none: 'No files yet.',
    drop: 'Drop files here, or',
    pick: 'Choose files…',
    pickFor: (what: string) => `Choose files to attach to ${what}`,
    adding: (name: string) => `Adding "${name}" to this computer…`,
    added: (n: number) => `Attached ${n} file(s); they go to the server when online.`,
    tooLarge: (name: string, max: string) =>
      `"${name}" is larger than the ${max} limit and was not attached.`,
    failed: (name: string, message: string) => `Could not attach "${name}": ${message}`,
    version: (n: number) => `Version ${n}`,
    olderVersions: (n: number) => `${n} earlier version(s)`,
    uploadedBy: (who: string, at: string) => `${who || 'Unknown uploader'}, at ${at}`,
    newVersion: 'Upload a new version',
    newVersionOf: (name: string) => `Upload a new version of "${name}"`,
    open: 'Open',
    preview: 'Preview',
    previewOf: (name: string) => `Preview: ${name}`,
    pdfFirstPage: (name: string) => `First page of ${name}`,
    previewTooLarge: 'The file is too large to preview in the app; choose Open.',
    openName: (name: string) => `Open "${name}"`,
    download: 'Download',
    states: {
      local: 'On this computer',
      pendingUpload: 'Waiting to go to the server',
      remote: 'Not on this computer',
      downloading: (percent: number) => `Downloading ${percent}%`,
      failed: (message: string) => `Error: ${message}`,
    },
    offline: 'Download for offline use',
    offlineHint: 'Fetch every file of this meeting to this computer so they open without a connection.',
    offlineQueued: (n: number) => (n === 0 ? 'Every file is on this computer.' : `Downloading ${n} file(s)…`),
    localCount: (have: number, all: number) => `${have}/${all} files on this computer`,
    notLocal: 'The file is not on this computer: download it (needs the server) and open it.',
  },
  storage: {
    title: 'Space used by materials on this computer',
    intro: (total: string) =>
      `Meeting materials take ${total} on this computer. Freeing a meeting deletes only the copies here; the files stay on the server and are fetched again when needed.`,
    none: 'No materials on this computer yet.',
    files: (n: number) => `${n} file(s)`,
    free: 'Free',
    freeOf: (title: string) => `Free the files of ${title}`,
    freeConfirm: 'Delete the copies on this computer? Files not yet sent to the server are kept.',
    freed: (size: string) => `Freed ${size}.`,
  },
};
