import { App, Button, Card } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { demoAssessmentDate, importDemoData } from '../../db/demo.ts';
import { useDb } from '../../db/db-context.tsx';
import { isEmpty } from '../../db/import-dataset.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useUiStore } from '../../state/ui-store.ts';

/** Whether to offer the demo data: only while the working copy is empty (it never mixes with real records). */
export function useDemoOffered(): boolean | undefined {
  const { db } = useDb();
  const counts = useLiveQuery(
    async () => ({ empty: await isEmpty(db), pending: await db.outbox.count() }),
    [db],
  );
  return counts?.empty;
}

/** Loads the demo data, then assesses programmes at the demo's date so its figures' roll-ups show. */
export function DemoDataCard() {
  const m = useMessages();
  const { db } = useDb();
  const { message } = App.useApp();

  const loadDemo = async () => {
    const loaded = await importDemoData(db, Date.now());
    if (loaded === 0) void message.warning(m.data.demoOnlyEmpty);
    else {
      useUiStore.getState().setAssessmentDate(await demoAssessmentDate(db));
      void message.success(m.data.demoLoaded(loaded));
    }
  };

  return (
    <Card title={m.data.demo}>
      <Button onClick={() => void loadDemo()}>{m.data.demo}</Button>
    </Card>
  );
}
