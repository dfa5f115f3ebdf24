import { StrictMode } from 'react';
import { z } from 'zod';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { currentActor } from './data/use-actor.ts';
import { accountOf, openCopy, type CopyPlace } from './db/copies.ts';
import { DbProvider } from './db/db-context.tsx';
import { demoAssessmentDate, importDemoData } from './db/demo.ts';
import { vi } from './i18n/vi.ts';
import { ApiProvider } from './platform/api-context.tsx';
import { connectApi } from './platform/connect.ts';
import { useUiStore } from './state/ui-store.ts';
import { SyncProvider } from './sync-engine/sync-provider.tsx';
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
    const [info, settings, auth] = await Promise.all([
      api.invoke('app.info', {}),
      api.invoke('settings.get', {}),
      api.invoke('auth.status', {}),
    ]);
    if (!info.ok) throw new Error(info.error.message);
    if (!settings.ok) throw new Error(settings.error.message);
    useUiStore.getState().setAppInfo(info.value);
    useUiStore.getState().setSettings(settings.value);
    // One working copy per (server, account): open the signed-in account's, or the unowned one. If main
    // cannot say who is signed in, start as signed out; the sync provider switches once it knows.
    const place: CopyPlace = { profileId: info.value.profileId, env: {} };
    const { db } = await openCopy(place, auth.ok ? accountOf(auth.value) : null, Date.now());
    if (info.value.demo) await importDemoData(db, Date.now());
    useUiStore.getState().setAssessmentDate(await demoAssessmentDate(db));
    root.render(
      <StrictMode>
        <ApiProvider api={api}>
          <DbProvider db={db} actor={currentActor} copy={place}>
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
