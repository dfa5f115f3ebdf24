import { Button, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { entityLabels, isEntityName } from '../../../../shared/domain/registry.ts';
import type { Locale } from '../../../../shared/ipc/settings.ts';
import { formatDateTimeVi } from '../../../../shared/text/date-format.ts';
import { useMessages } from '../../i18n/messages.ts';
import { canRetry } from '../../sync-engine/refused-actions.ts';
import { reasonOf, rejectedValues } from './rejected-values.ts';
import type { LabelledRejected, RejectedActions } from './use-rejected-changes.ts';

/** One refused change: what it was for, why it was refused, the user's values and what to do with them. */
export function RejectedChange(props: { entry: LabelledRejected; locale: Locale; actions: RejectedActions }) {
  const m = useMessages();
  const { entry, locale, actions } = props;
  const entity = isEntityName(entry.entity) ? entityLabels[entry.entity] : entry.entity;
  return (
    <List.Item
      data-testid="rejected-change"
      actions={[
        canRetry(entry) ? (
          <Button key="retry" size="small" type="primary" onClick={() => void actions.retry(entry)}>
            {m.sync.retry}
          </Button>
        ) : null,
        <Popconfirm
          key="discard"
          title={entry.draft ? m.sync.discardDraftConfirm : m.sync.discardConfirm}
          okText={m.sync.discard}
          onConfirm={() => actions.discard(entry)}
        >
          <Button size="small" danger>
            {m.sync.discard}
          </Button>
        </Popconfirm>,
        <Button key="copy" size="small" onClick={() => void actions.copy(entry)}>
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
              {rejectedValues(entry, locale).map(([label, value]) => (
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
}
