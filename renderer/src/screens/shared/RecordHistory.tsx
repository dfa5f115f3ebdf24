import { Empty, Timeline, Typography } from 'antd';
import { useMemo } from 'react';
import type { EntityName } from '../../../../shared/domain/registry.ts';
import { useRecordHistory } from '../../data/use-record-history.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { editHeader, editLines, lineText, type HistoryFormat } from './history-format.ts';
import { groupEdits } from './history-groups.ts';

/**
 * Lịch sử: a record's changes on this machine, newest first, one entry per edit — who (name and unit),
 * when, then each field it changed, old → new, as the screens show the values.
 */
export function RecordHistory({
  entity,
  recordId,
  title,
}: {
  entity: EntityName;
  recordId: string;
  /** The heading; "Lịch sử thay đổi" when not given. */
  title?: string;
}) {
  const m = useMessages();
  const locale = useUiStore((state) => state.settings.locale);
  const data = useRecordHistory(entity, recordId);
  const edits = useMemo(() => {
    if (!data) return [];
    const fmt: HistoryFormat = { m, locale, names: data.names, period: data.period };
    return groupEdits(data.entries)
      .map((edit) => ({ key: edit.key, header: editHeader(fmt, edit), lines: editLines(fmt, edit) }))
      .filter((edit) => edit.lines.length > 0);
  }, [data, m, locale]);
  const heading = title ?? m.tasks.history;
  return (
    <section style={{ marginTop: 24 }} aria-label={heading}>
      <Typography.Title level={2} style={{ fontSize: '1.1em' }}>
        {heading}
      </Typography.Title>
      {data && edits.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.history.noChanges} />
      ) : (
        <Timeline
          items={edits.map((edit) => ({
            key: edit.key,
            content: (
              <div data-testid="history-edit">
                <Typography.Text type="secondary">{edit.header}</Typography.Text>
                {edit.lines.map((line) => (
                  <div key={line.field}>{lineText(line)}</div>
                ))}
              </div>
            ),
          }))}
        />
      )}
    </section>
  );
}
