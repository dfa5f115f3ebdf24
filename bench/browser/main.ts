import type { BenchApi } from './api.ts';
import { documentsApi } from './documents-api.ts';
import { editApi } from './edit-api.ts';
import { pouchApi } from './pouch-api.ts';
import { replicaApi } from './replica-api.ts';
import { syncApi } from './sync-api.ts';

/** The page the bench drives: the real sync engine and write path of renderer/, plus PouchDB. */
const api: BenchApi = { ...syncApi, ...editApi, ...replicaApi, ...pouchApi, ...documentsApi };

(window as unknown as { bench: BenchApi }).bench = api;
document.title = 'bench ready';
