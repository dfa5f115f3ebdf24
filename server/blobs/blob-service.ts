import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.ts';
import { registerBlobReadRoutes } from './blob-routes.ts';
import type { BlobStore } from './blob-store.ts';
import { openBlobStore } from './open-blob-store.ts';
import { createTusServer, type PendingCreations } from './tus-server.ts';
import { registerUploadRoutes } from './upload-routes.ts';

/**
 * Files on the server (server/README.md "Files (blobs)"): the blob store the settings name, the tus
 * uploads into it, and the check, link and download routes. In its own plugin scope, so the
 * pass-through parser for upload bytes applies to the upload routes alone. Expired uploads are swept
 * every `sweepIntervalMs` on every instance (deleting is idempotent).
 */
async function sweep(context: ServerContext, store: BlobStore, tus: ReturnType<typeof createTusServer>) {
  const removed = await tus.cleanUpExpiredUploads();
  // PGlite runs no autovacuum: give the space of finished and expired uploads' chunks back for reuse.
  if (context.database.kind === 'pglite') {
    await context.database.withSession((session) => session.exec('VACUUM blob_upload_chunks'));
  }
  await store.tidy(context.now());
  return removed;
}

export function registerBlobRoutes(app: FastifyInstance, context: ServerContext): void {
  const settings = context.settings.blobs;
  void app.register(async (scope) => {
    const blobStore = await openBlobStore(settings.store, context.now());
    const finish = { database: context.database, blobStore, now: context.now };
    const creations: PendingCreations = new WeakMap();
    const tus = createTusServer({ ...finish, settings, log: scope.log }, creations);
    registerBlobReadRoutes(scope, context, blobStore);
    registerUploadRoutes(scope, { tus, creations, finish, settings });

    // One sweep at a time: a slow one is not overlapped by the next tick.
    let sweeping: Promise<unknown> | null = null;
    const timer = setInterval(() => {
      sweeping ??= sweep(context, blobStore, tus)
        .catch((error: unknown) => scope.log.error({ err: error }, 'sweeping expired uploads failed'))
        .finally(() => {
          sweeping = null;
        });
    }, settings.sweepIntervalMs);
    timer.unref();
    scope.addHook('onClose', async () => {
      clearInterval(timer);
      await sweeping;
      await blobStore.close();
    });
  });
}
