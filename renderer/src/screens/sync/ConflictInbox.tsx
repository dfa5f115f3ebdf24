import { Button, Card, Empty, List, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { fieldLabels } from '../../../../shared/domain/field-labels.ts';
import { entityLabels, isEntityName } from '../../../../shared/domain/registry.ts';
import type { Conflict } from '../../../../shared/sync/protocol.ts';
import { useDb } from '../../db/db-context.tsx';
import { updateRecord, type WriteContext } from '../../db/write.ts';
import type { Api } from '../../../../shared/ipc/api.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useApi } from '../../platform/api-context.tsx';
import { formatValue } from './format-value.ts';

type Side = Conflict['kept'];

/** Restores the chosen value as a new local edit (so it syncs like any other) and closes the conflict. */
async function resolveConflict(ctx: { write: WriteContext; api: Api }, conflict: Conflict, side: Side) {
  if (isEntityName(conflict.entity)) {
    await updateRecord(ctx.write, conflict.entity, conflict.recordId, { [conflict.field]: side.value });
  }
  await ctx.write.db.conflicts.update(conflict.id, { resolvedAt: ctx.write.now() });
  await ctx.api.invoke('sync.resolveConflict', { id: conflict.id });
}

/** Xung đột: both values of a field two people changed at once; either can be restored in one click. */
export function ConflictInbox() {
  const m = useMessages();
  const api = useApi();
  const { db, write } = useDb();
  const open = useLiveQuery(() => db.conflicts.filter((c) => c.resolvedAt === null).toArray(), [db]);

  const resolve = (conflict: Conflict, side: Side) => resolveConflict({ write, api }, conflict, side);

  const value = (conflict: Conflict, label: string, side: Side) => (
    <Card size="small" title={label} style={{ flex: 1 }}>
      <Typography.Paragraph copyable data-testid="conflict-value">
        {formatValue(side.value)}
      </Typography.Paragraph>
      <Typography.Text type="secondary">{m.sync.by(side.userName)}</Typography.Text>
      <div style={{ marginTop: 8 }}>
        <Button size="small" onClick={() => void resolve(conflict, side)}>
          {m.sync.restoreThis}
        </Button>
      </div>
    </Card>
  );

  return (
    <section aria-label={m.sync.conflicts}>
      <List
        dataSource={open ?? []}
        locale={{ emptyText: <Empty description={m.sync.noConflicts} /> }}
        renderItem={(conflict) => (
          <List.Item key={conflict.id}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Text strong>
                {isEntityName(conflict.entity) ? entityLabels[conflict.entity] : conflict.entity} ·{' '}
                {fieldLabels[conflict.field] ?? conflict.field}
              </Typography.Text>
              <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
                {value(conflict, m.sync.kept, conflict.kept)}
                {value(conflict, m.sync.overwritten, conflict.overwritten)}
              </div>
            </Space>
          </List.Item>
        )}
      />
    </section>
  );
}
