import { App, Button, Empty, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { fieldLabelsEn } from '../../../../shared/domain/field-labels-en.ts';
import { fieldLabels } from '../../../../shared/domain/field-labels.ts';
import { entityLabels, isEntityName } from '../../../../shared/domain/registry.ts';
import { formatRefusal } from '../../../../shared/sync/refusal-messages.ts';
import { formatDateTimeVi } from '../../../../shared/text/date-format.ts';
import { recordLabel } from '../../data/record-label.ts';
import { useDb } from '../../db/db-context.tsx';
import type { RejectedEntry } from '../../db/local-db.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { canRetry, discardRefused, retryRefused } from '../../sync-engine/refused-actions.ts';
import { useSyncActions } from '../../sync-engine/sync-provider.tsx';
import { formatValue } from './format-value.ts';

/** The refusal in the user's language when the server sent it as a code; its Vietnamese text otherwise. */
function reasonOf(entry: RejectedEntry, locale: 'vi' | 'en'): string {
  return (entry.message && formatRefusal(entry.message, locale)) ?? entry.reason;
}

/**
 * Thay đổi không được chấp nhận: what the server refused, with its reason. The record on this machine has
 * gone back to what the server holds; the user's values are kept here — "Thử lại" sends them again where
 * that can succeed (a right granted since), "Bỏ" lets them go, "Sao chép" copies them. A refused create is
 * a local draft, marked as such.
 */
export function RejectedList() {
  const m = useMessages();
  const locale = useUiStore((state) => state.settings.locale);
  const { db, write } = useDb();
  const { syncNow } = useSyncActions();
  const { message } = App.useApp();
  const rejected = useLiveQuery(async () => {
    const entries = await db.rejected.orderBy('seq').reverse().toArray();
    const labels = await Promise.all(entries.map((e) => recordLabel(db, e.entity, e.recordId)));
    return entries.map((entry, i) => ({ ...entry, label: labels[i] ?? null }));
  }, [db]);
  const labels = locale === 'vi' ? fieldLabels : fieldLabelsEn;

  const valuesOf = (entry: RejectedEntry): Array<[string, string]> =>
    entry.deleted
      ? [[locale === 'vi' ? 'Xoá bản ghi' : 'Delete the record', '']]
      : Object.entries(entry.fields).map(([field, value]) => [labels[field] ?? field, formatValue(value)]);

  const copy = async (entry: RejectedEntry) => {
    const text = valuesOf(entry)
      .map(([label, value]) => (value ? `${label}: ${value}` : label))
      .join('\n');
    await navigator.clipboard.writeText(text);
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

  return (
    <section aria-label={m.sync.rejected}>
      <List
        dataSource={rejected ?? []}
        locale={{ emptyText: <Empty description={m.sync.noRejected} /> }}
        renderItem={(entry) => {
          const entity = isEntityName(entry.entity) ? entityLabels[entry.entity] : entry.entity;
          return (
            <List.Item
              key={entry.changeId}
              data-testid="rejected-change"
              actions={[
                canRetry(entry) ? (
                  <Button key="retry" size="small" type="primary" onClick={() => void retry(entry)}>
                    {m.sync.retry}
                  </Button>
                ) : null,
                <Popconfirm
                  key="discard"
                  title={entry.draft ? m.sync.discardDraftConfirm : m.sync.discardConfirm}
                  okText={m.sync.discard}
                  onConfirm={() => discard(entry)}
                >
                  <Button size="small" danger>
                    {m.sync.discard}
                  </Button>
                </Popconfirm>,
                <Button key="copy" size="small" onClick={() => void copy(entry)}>
                  {m.sync.copy}
                </Button>,
              ].filter(Boolean)}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <span>{`${entity} · ${formatDateTimeVi(entry.createdAt)}`}</span>
                    {entry.label ? <Typography.Text strong>{entry.label}</Typography.Text> : null}
                    {entry.draft ? (
                      <Tag className="draft-tag" title={m.sync.draftHint}>
                        {m.sync.draft}
                      </Tag>
                    ) : null}
                  </Space>
                }
                description={
                  <>
                    <Typography.Text type="danger">{reasonOf(entry, locale)}</Typography.Text>
                    <dl className="rejected-values" aria-label={m.sync.yourValues}>
                      {valuesOf(entry).map(([label, value]) => (
                        <div key={label}>
                          <dt>{label}</dt>
                          {value ? <dd>{value}</dd> : null}
                        </div>
                      ))}
                    </dl>
                  </>
                }
              />
            </List.Item>
          );
        }}
      />
    </section>
  );
}
