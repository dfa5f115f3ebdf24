import { App, Button, Input, Typography } from 'antd';
import { useState } from 'react';
import type { Indicator } from '../../../../shared/domain/indicator.ts';
import { useDb } from '../../db/db-context.tsx';
import { updateRecord, ValidationFailure } from '../../db/write.ts';
import { useMessages } from '../../i18n/messages.ts';
import './programmes.css';

/** The indicator's own note (not a period's): text to read, or a box to edit and save it. */
export function IndicatorNote(props: { indicator: Indicator; readOnly?: boolean }) {
  const m = useMessages();
  const d = m.indicatorDetail;
  const { write } = useDb();
  const { message } = App.useApp();
  const { indicator } = props;
  const [note, setNote] = useState(indicator.note);

  const saveNote = async () => {
    try {
      await updateRecord(write, 'indicator', indicator.id, { note });
      void message.success(m.tasks.saved);
    } catch (error) {
      if (error instanceof ValidationFailure) void message.error(error.issues.join('; '));
      else throw error;
    }
  };

  return (
    <>
      <Typography.Title level={2} className="programme-subheading" style={{ marginTop: 24 }}>
        {d.indicatorNote}
      </Typography.Title>
      {props.readOnly ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="indicator-note">
          {indicator.note || '—'}
        </Typography.Paragraph>
      ) : (
        <>
          <Input.TextArea
            aria-label={d.indicatorNote}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            autoSize={{ minRows: 2 }}
          />
          <Button style={{ marginTop: 8 }} onClick={() => void saveNote()} disabled={note === indicator.note}>
            {d.updateNote}
          </Button>
        </>
      )}
    </>
  );
}
