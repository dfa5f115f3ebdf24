import { App, Button, Empty, List, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { entityLabels, isEntityName } from '../../../../shared/domain/registry.ts';
import { formatDateTimeVi } from '../../../../shared/text/date-format.ts';
import { useDb } from '../../db/db-context.tsx';
import { useMessages } from '../../i18n/messages.ts';

/** Thay đổi không được chấp nhận: kept with the server's reason, readable and copyable, never dropped. */
export function RejectedList() {
  const m = useMessages();
  const { db } = useDb();
  const { message } = App.useApp();
  const rejected = useLiveQuery(() => db.rejected.orderBy('seq').reverse().toArray(), [db]);

  const copy = async (text: string) => {
    await navigator.clipboard.writeText(text);
    void message.success(m.sync.copied);
  };

  return (
    <section aria-label={m.sync.rejected}>
      <List
        dataSource={rejected ?? []}
        locale={{ emptyText: <Empty description={m.sync.noRejected} /> }}
        renderItem={(entry) => {
          const text = JSON.stringify(entry.deleted ? { deleted: true } : entry.fields, null, 2);
          return (
            <List.Item
              key={entry.changeId}
              actions={[
                <Button key="copy" size="small" onClick={() => void copy(text)}>
                  {m.sync.copy}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={`${isEntityName(entry.entity) ? entityLabels[entry.entity] : entry.entity} · ${formatDateTimeVi(entry.createdAt)}`}
                description={<Typography.Text type="danger">{entry.reason}</Typography.Text>}
              />
              <pre style={{ whiteSpace: 'pre-wrap', margin: 0, maxWidth: 420 }}>{text}</pre>
            </List.Item>
          );
        }}
      />
    </section>
  );
}
