import './minutes.css';
import { Segmented } from 'antd';
import { useState } from 'react';
import { documentId } from '../../../../shared/sync/documents-api.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import { useMessages } from '../../i18n/messages.ts';
import { DocumentEditor } from './DocumentEditor.tsx';
import { meetingDataContent } from './meeting-blocks.ts';

type Which = 'minutes' | 'notes';

/** The Biên bản tab: the meeting's minutes and its working notes, each a shared document. */
export function MinutesTab({ detail, readOnly }: { detail: MeetingDetail; readOnly: boolean }) {
  const m = useMessages().minutes;
  const [which, setWhich] = useState<Which>('minutes');
  const label = which === 'minutes' ? m.tabMinutes : m.tabNotes;
  return (
    <section aria-label={label}>
      <Segmented<Which>
        aria-label={m.which}
        style={{ marginBottom: 12 }}
        value={which}
        onChange={setWhich}
        options={[
          { value: 'minutes', label: m.tabMinutes },
          { value: 'notes', label: m.tabNotes },
        ]}
      />
      <DocumentEditor
        key={which}
        docId={documentId(which, detail.meeting.id)}
        label={label}
        readOnly={readOnly}
        {...(which === 'minutes' ? { meetingContent: () => meetingDataContent(detail, m.attendance) } : {})}
      />
    </section>
  );
}
