// Dexie's live queries (useLiveQuery) only emit when a global indexedDB existed when Dexie was first
// imported, even for a database opened on its own in-memory factory: each test file that renders live
// queries imports 'fake-indexeddb/auto' as its very first import (this one too, for the rest).
import 'fake-indexeddb/auto';
import { render } from '@testing-library/react';
import { App as AntApp } from 'antd';
import type { ReactNode } from 'react';
import { buildDemoDataset } from '../../../shared/demo/index.ts';
import type { Api } from '../../../shared/ipc/api.ts';
import type { Grant } from '../../../shared/sync/protocol.ts';
import { hoChiMinhTimestamp } from '../../../shared/text/ho-chi-minh-time.ts';
import { createFakeApi } from '../../test/fake-api.ts';
import { createTestDb } from '../../test/test-db.ts';
import { DbProvider } from '../db/db-context.tsx';
import { importDataset } from '../db/import-dataset.ts';
import type { LocalDb } from '../db/local-db.ts';
import { ApiProvider } from '../platform/api-context.tsx';

export const TEST_NOW = hoChiMinhTimestamp('2026-11-22', '09:00');

/** The Long Biên demo in a fresh local database, as the screens' component tests read it. */
export async function demoDb() {
  const test = createTestDb(TEST_NOW);
  const data = buildDemoDataset({ now: TEST_NOW });
  await importDataset(test.db, data, TEST_NOW);
  return { ...test, data };
}

/** What the sync engine saves at each round: the signed-in user and their grants. */
export async function signIn(
  db: LocalDb,
  grants: Grant[],
  user: { unitId?: string | null; isAdmin?: boolean } = {},
) {
  await db.meta.put({
    key: 'access',
    value: {
      user: {
        id: 'user-1',
        username: 'bode',
        displayName: 'Phường Bồ Đề',
        personId: null,
        unitId: user.unitId ?? null,
        isAdmin: user.isAdmin ?? false,
      },
      grants,
      at: TEST_NOW,
    },
  });
}

export function renderWithDb(db: LocalDb, ui: ReactNode, api: Api = createFakeApi().api) {
  return render(
    <ApiProvider api={api}>
      <DbProvider db={db} actorId={null} now={() => TEST_NOW}>
        <AntApp>{ui}</AntApp>
      </DbProvider>
    </ApiProvider>,
  );
}
