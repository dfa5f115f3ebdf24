import { Alert, App, Input, Modal, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { UnitChoice } from '../../../../shared/domain/indicator-cells.ts';
import type { Period } from '../../../../shared/domain/indicator.ts';
import { parseIndicatorPaste, type PastedIndicator } from '../../../../shared/domain/indicator-paste.ts';
import { ValidationFailure } from '../../db/write.ts';
import { useMessages } from '../../i18n/messages.ts';
import { PasteFindings } from './PasteFindings.tsx';
import { PastePreview } from './PastePreview.tsx';
import { alertIcon } from './alert-icons.tsx';

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
      width="min(96vw, 64em)"
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
      <PasteFindings parsed={parsed} />
      {saveError && (
        <Alert type="error" showIcon icon={alertIcon.error} style={{ marginTop: 12 }} message={saveError} />
      )}
      {parsed.rows.length > 0 && <PastePreview rows={parsed.rows} unitNames={props.unitNames} />}
      {text.trim() === '' && <Typography.Text type="secondary">{p.nothing}</Typography.Text>}
    </Modal>
  );
}
