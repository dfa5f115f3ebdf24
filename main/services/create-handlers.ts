import type { EventPayload, HostKind } from '../../shared/ipc/contract.ts';
import type { FetchLike } from '../../shared/server-client/fetch-like.ts';
import type { Emit, Handlers } from '../ipc/handlers.ts';
import type { Logger } from '../log/logger.ts';
import { createBackupService, type FileDialogs } from './backup-service.ts';
import { createExportService, type ExportDialogs } from '../export/export-service.ts';
import { createReminderService, type Notifier } from '../reminders/reminder-service.ts';
import { createSyncService } from '../server-link/sync-service.ts';
import { adminHandlers } from './admin-handlers.ts';
import { createDocumentUploads } from '../documents/document-uploads.ts';
import { blobServerOf } from '../blobs/blob-server.ts';
import { createFilesService, type FilesService } from '../blobs/files-service.ts';
import type { FileOpener } from '../blobs/open-copy.ts';
import type { SecretCodec } from '../server-link/session-store.ts';
import { loadOrCreateProfile } from './profile.ts';
import { createSettingsStore } from './settings-store.ts';
import { createBundleService } from '../bundle/bundle-service.ts';

export interface ServicesOptions {
  userDataDir: string;
  host: HostKind;
  appName: string;
  version: string;
  emit: Emit;
  log: Logger;
  /** Fill an empty profile with the demo data. */
  demo?: boolean;
  /** Encrypts the user's tokens at rest (Electron's safeStorage); plain 0600 file otherwise. */
  secretCodec?: SecretCodec;
  /** The system's file dialogs, where the host has them. */
  dialogs?: FileDialogs | null;
  /** Desktop notifications (Electron); the web host has none and the page shows them. */
  notifier?: Notifier | null;
  /** The save dialog for exports (Electron); the web host writes to the profile's exports folder. */
  exportDialogs?: ExportDialogs | null;
  /**
   * Opens a conference file's copy: Electron's shell.openPath, or the web host's download links. Without
   * one, `files.open` answers unavailable.
   */
  fileOpener?: FileOpener | null;
  now?: () => number;
  /** How main reaches the district server; the global fetch by default (tests give a fake). */
  fetch?: FetchLike;
}

/**
 * main's link to the district server, and the conference files that travel over it: they go (or come)
 * whenever main is back online and at every sync round.
 */
function syncAndFiles(options: ServicesOptions, now: () => number) {
  let files: FilesService | null = null;
  const sync = createSyncService({
    userDataDir: options.userDataDir,
    emit: (event, payload) => {
      options.emit(event, payload);
      if (event === 'sync.connection' && (payload as EventPayload<'sync.connection'>).online) files?.kick();
    },
    log: options.log,
    now,
    ...(options.secretCodec ? { codec: options.secretCodec } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  files = createFilesService({
    userDataDir: options.userDataDir,
    server: blobServerOf(sync),
    emit: options.emit,
    log: options.log,
    opener: options.fileOpener ?? null,
    now,
  });
  return { sync, files };
}

/**
 * The main-process services behind every channel. Electron and the web host both call this, so the
 * code behind a channel is the same whichever host carries it.
 */
export function createHandlers(options: ServicesOptions): Handlers {
  const now = options.now ?? Date.now;
  const startedAt = now();
  const settings = createSettingsStore(options.userDataDir, options.log);
  const dialogs = options.dialogs ?? null;
  const backups = createBackupService({ userDataDir: options.userDataDir, dialogs, now });
  const locale = async () => (await settings.get()).locale;
  const reminders = createReminderService(options.notifier ?? null, locale);
  const exports = createExportService({
    userDataDir: options.userDataDir,
    dialogs: options.exportDialogs ?? null,
    now,
  });
  const profile = loadOrCreateProfile(options.userDataDir, now);
  const { sync, files } = syncAndFiles(options, now);
  const opener = options.fileOpener ?? null;
  const bundle = createBundleService({
    userDataDir: options.userDataDir,
    dialogs: options.exportDialogs ?? null,
    blobPath: files.blobPath,
    // No save dialog (the web host): the bundle goes to the exports folder and the page downloads it.
    download: options.exportDialogs || !opener ? null : async (path, name) => opener.open(path, name),
    now,
  });
  const uploads = createDocumentUploads({
    now,
    send: (docId, epoch, update) => sync.call((server) => server.pushDocument(docId, epoch, update)),
  });

  return {
    'app.info': async () => ({
      name: options.appName,
      version: options.version,
      host: options.host,
      platform: process.platform,
      startedAt,
      profileId: (await profile).profileId,
      demo: options.demo ?? false,
      nativeDialogs: dialogs !== null,
    }),
    'app.ping': ({ text }) => ({ text, receivedAt: now() }),
    'settings.get': () => settings.get(),
    'settings.update': async (patch) => {
      const next = await settings.update(patch);
      options.emit('settings.changed', next);
      return next;
    },
    'backup.save': (input) => backups.save(input),
    'backup.list': () => backups.list(),
    'backup.open': (input) => backups.open(input),
    'reminders.notify': (input) => reminders.notify(input),
    'export.xlsx': (input) => exports.xlsx(input),
    'auth.status': () => sync.status(),
    'auth.login': (input) => sync.login(input),
    'auth.logout': () => sync.logout(),
    'sync.push': ({ changes }) => sync.call((server) => server.push(changes)),
    'sync.pull': (page) => sync.call((server) => server.pull(page)),
    'sync.snapshot': (page) => sync.call((server) => server.snapshot(page)),
    'sync.conflicts': () => sync.call((server) => server.conflicts()),
    // Every sync round starts here: files follow the records, as documents do.
    'sync.me': async () => {
      const me = await sync.call((server) => server.me());
      files.kick();
      return me;
    },
    'sync.resolveConflict': ({ id }) => sync.call((server) => server.resolveConflict(id)),
    'sync.history': ({ entity, id }) => sync.call((server) => server.history(entity, id)),
    'spaces.grants': ({ spaceId }) => sync.call((server) => server.grants(spaceId)),
    'spaces.setGrant': ({ spaceId, userId, role }) =>
      sync.call((server) => server.setGrant(spaceId, userId, { role })),
    'spaces.removeGrant': ({ spaceId, userId }) => sync.call((server) => server.removeGrant(spaceId, userId)),
    'accounts.list': () => sync.call((server) => server.accounts()),
    ...adminHandlers(sync.call),
    'documents.push': (input) => uploads.receive(input),
    'documents.sync': ({ docId, epoch, stateVector }) =>
      sync.call((server) => server.syncDocument(docId, epoch, stateVector)),
    'documents.presence.set': ({ docIds }) => sync.setPresence(docIds),
    ...files.handlers,
    'files.bundle': (input) => bundle(input),
  };
}
