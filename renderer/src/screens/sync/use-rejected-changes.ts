import { App } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Locale } from '../../../../shared/ipc/settings.ts';
import { recordLabel } from '../../data/record-label.ts';
import { useDb } from '../../db/db-context.tsx';
import type { RejectedEntry } from '../../db/local-db.ts';
import { useMessages } from '../../i18n/messages.ts';
import { discardRefused, retryRefused } from '../../sync-engine/refused-actions.ts';
import { useSyncActions } from '../../sync-engine/sync-provider.tsx';
import { rejectedValuesText } from './rejected-values.ts';

/** A refused change with the label of the record it was for (null when the record is gone). */
export type LabelledRejected = RejectedEntry & { label: string | null };

/** The changes the server refused, newest first, each with its record's label; undefined while loading. */
export function useRejectedChanges(): LabelledRejected[] | undefined {
  const { db } = useDb();
  return useLiveQuery(async () => {
    const entries = await db.rejected.orderBy('seq').reverse().toArray();
    const labels = await Promise.all(entries.map((e) => recordLabel(db, e.entity, e.recordId)));
    return entries.map((entry, i) => ({ ...entry, label: labels[i] ?? null }));
  }, [db]);
}

/** What the user can do with a refused change: send it again (then sync), let it go, or copy its values. */
export function useRejectedActions(locale: Locale) {
  const m = useMessages();
  const { write } = useDb();
  const { syncNow } = useSyncActions();
  const { message } = App.useApp();

  const copy = async (entry: RejectedEntry) => {
    await navigator.clipboard.writeText(rejectedValuesText(entry, locale));
    void message.success(m.sync.copied);
  };
  const retry = async (entry: RejectedEntry) => {
    await retryRefused(write, entry);
    void message.success(m.sync.retried);
    syncNow();
  };
  const discard = async (entry: RejectedEntry) => {
    await discardRefused(write, entry);
    void message.success(m.sync.discarded);
  };
  return { copy, retry, discard };
}

export type RejectedActions = ReturnType<typeof useRejectedActions>;
