import { StrictMode } from 'react';
import { z } from 'zod';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { DbProvider } from './db/db-context.tsx';
import { demoAssessmentDate, importDemoData } from './db/demo.ts';
import { openLocalDb } from './db/local-db.ts';
import { vi } from './i18n/vi.ts';
import { ApiProvider } from './platform/api-context.tsx';
import { connectApi } from './platform/connect.ts';
import { useUiStore } from './state/ui-store.ts';
import { SyncProvider } from './sync/sync-provider.tsx';
import './styles.css';

// The page's CSP forbids eval: tell zod not to probe for it (it would log a CSP violation each start).
z.config({ jitless: true });

/** Marks the document ready once the first screen has rendered: tests and the Electron shell wait for it. */
function markReady() {
  requestAnimationFrame(() => {
    document.documentElement.dataset.appReady = 'true';
  });
}

async function start() {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  try {
    const api = connectApi();
    const [info, settings] = await Promise.all([api.invoke('app.info', {}), api.invoke('settings.get', {})]);
    if (!info.ok) throw new Error(info.error.message);
    if (!settings.ok) throw new Error(settings.error.message);
    useUiStore.getState().setAppInfo(info.value);
    useUiStore.getState().setSettings(settings.value);
    const db = openLocalDb(`so-tay-${info.value.profileId}`);
    await db.open();
    if (info.value.demo) await importDemoData(db, Date.now());
    useUiStore.getState().setAssessmentDate(await demoAssessmentDate(db));
    root.render(
      <StrictMode>
        <ApiProvider api={api}>
          <DbProvider db={db} actorId={null}>
            <SyncProvider>
              <App />
            </SyncProvider>
          </DbProvider>
        </ApiProvider>
      </StrictMode>,
    );
    markReady();
  } catch (error) {
    root.render(
      <div role="alert" className="start-error">
        <h1>{vi.errors.startFailed}</h1>
        <p>{String(error instanceof Error ? error.message : error)}</p>
      </div>,
    );
  }
}

void start();
