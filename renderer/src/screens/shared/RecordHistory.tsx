import { Timeline, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { fieldLabels } from '../../../../shared/domain/field-labels.ts';
import type { EntityName } from '../../../../shared/domain/registry.ts';
import { formatDateTimeVi } from '../../../../shared/text/date-format.ts';
import { useDb } from '../../db/db-context.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { formatValue } from '../sync/format-value.ts';

/** Lịch sử: every change of a record's fields on this machine, newest first (who, when, old → new). */
export function RecordHistory({ entity, recordId }: { entity: EntityName; recordId: string }) {
  const m = useMessages();
  const { db } = useDb();
  const entries = useLiveQuery(
    () => db.history.where('[entity+recordId]').equals([entity, recordId]).reverse().limit(50).toArray(),
    [db, entity, recordId],
  );
  return (
    <section style={{ marginTop: 24 }} aria-label={m.tasks.history}>
      <Typography.Title level={5}>{m.tasks.history}</Typography.Title>
      <Timeline
        items={(entries ?? []).map((entry) => ({
          key: entry.seq,
          children: (
            <span>
              <Typography.Text type="secondary">{formatDateTimeVi(entry.at)}</Typography.Text> ·{' '}
              {fieldLabels[entry.field] ?? entry.field}: {formatValue(entry.oldValue)} →{' '}
              {formatValue(entry.newValue)}
            </span>
          ),
        }))}
      />
    </section>
  );
}
