import { Alert, App, Input, Modal, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { directionWords, type UnitChoice } from '../../../../shared/domain/indicator-cells.ts';
import type { Period } from '../../../../shared/domain/indicator.ts';
import {
  columnLabel,
  parseIndicatorPaste,
  type PastedIndicator,
} from '../../../../shared/domain/indicator-paste.ts';
import { formatPeriodVi } from '../../../../shared/domain/period.ts';
import { formatNumberVi } from '../../../../shared/text/number-format.ts';
import { ValidationFailure } from '../../db/write.ts';
import { useMessages } from '../../i18n/messages.ts';

export interface IndicatorPasteModalProps {
  /** The text pasted onto the table, when the dialog opens from a paste there. */
  initialText: string;
  period: Period;
  units: readonly UnitChoice[];
  usedNumbers: ReadonlySet<number>;
  unitNames: ReadonlyMap<string, string>;
  onAdd(rows: readonly PastedIndicator[]): Promise<void>;
  onClose(): void;
}

const figure = (value: number | null) => (value === null ? '' : formatNumberVi(value));

/**
 * Dán từ Excel/Word: the pasted rows are read at once and shown before anything is saved, with every
 * problem by line; "Thêm" adds them all in one go, or none when one is refused.
 */
export function IndicatorPasteModal(props: IndicatorPasteModalProps) {
  const m = useMessages();
  const p = m.indicatorPaste;
  const { message } = App.useApp();
  const [text, setText] = useState(props.initialText);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const { period, units, usedNumbers } = props;
  const parsed = useMemo(
    () => parseIndicatorPaste(text, { period, units, usedNumbers }),
    [text, period, units, usedNumbers],
  );
  const canAdd = parsed.rows.length > 0 && parsed.errors.length === 0 && !saving;

  const add = async () => {
    setSaving(true);
    setSaveError(null);
    try {
      await props.onAdd(parsed.rows);
      void message.success(p.added(parsed.rows.length));
      props.onClose();
    } catch (error) {
      if (error instanceof ValidationFailure) setSaveError(error.issues.join('; '));
      else setSaveError(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={p.title}
      width={1000}
      onCancel={props.onClose}
      onOk={() => void add()}
      okText={p.add(parsed.rows.length)}
      okButtonProps={{ disabled: !canAdd, loading: saving }}
      cancelText={m.programmeForm.cancel}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{p.help}</Typography.Paragraph>
      <Input.TextArea
        aria-label={p.area}
        placeholder={p.area}
        autoFocus
        value={text}
        onChange={(event) => setText(event.target.value)}
        autoSize={{ minRows: 4, maxRows: 10 }}
        style={{ fontFamily: 'monospace', whiteSpace: 'pre' }}
      />
      {parsed.columns.length > 0 && (
        <Typography.Paragraph style={{ marginTop: 12 }}>
          {p.columns}:{' '}
          {parsed.columns.map((c, i) => (
            <Tag key={i}>{columnLabel(c)}</Tag>
          ))}
        </Typography.Paragraph>
      )}
      {parsed.errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          message={p.errors(parsed.errors.length)}
          description={
            <ul data-testid="paste-errors">
              {parsed.errors.map((e) => (
                <li key={e.line}>
                  {p.line(e.line)}: {e.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {saveError && <Alert type="error" showIcon style={{ marginTop: 12 }} message={saveError} />}
      {parsed.rows.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }} data-testid="paste-preview">
            {p.preview(parsed.rows.length)}
          </Typography.Title>
          <Table<PastedIndicator>
            size="small"
            rowKey="line"
            pagination={false}
            scroll={{ y: 320 }}
            dataSource={parsed.rows}
            columns={[
              { title: m.programmes.number, dataIndex: 'number', width: 60 },
              { title: m.programmes.indicator, dataIndex: 'name' },
              { title: m.programmes.unitOfMeasure, dataIndex: 'unitOfMeasure', width: 90 },
              {
                title: m.indicatorGrid.direction,
                key: 'direction',
                width: 90,
                render: (_, row) => directionWords[row.direction],
              },
              {
                title: m.indicatorGrid.baseline,
                key: 'b',
                width: 80,
                render: (_, row) => figure(row.baseline),
              },
              { title: m.programmes.target, key: 't', width: 90, render: (_, row) => figure(row.termTarget) },
              {
                title: `${m.indicatorGrid.planned} / ${m.programmes.result}`,
                key: 'figures',
                render: (_, row) =>
                  row.periods
                    .map((f) => `${formatPeriodVi(f.period)}: ${figure(f.planned)} / ${figure(f.result)}`)
                    .join('; '),
              },
              {
                title: m.programmes.congressShort,
                key: 'c',
                width: 70,
                render: (_, row) => (row.congressResolution ? '✓' : ''),
              },
              {
                title: m.indicatorGrid.leadUnit,
                key: 'lead',
                width: 140,
                render: (_, row) => (row.leadUnitId ? (props.unitNames.get(row.leadUnitId) ?? '') : ''),
              },
            ]}
          />
        </>
      )}
      {text.trim() === '' && <Typography.Text type="secondary">{p.nothing}</Typography.Text>}
    </Modal>
  );
}
