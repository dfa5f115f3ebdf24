import './minutes.css';
import { Segmented } from 'antd';
import { useState } from 'react';
import { meetingSpace } from '../../../../shared/domain/space.ts';
import { documentId } from '../../../../shared/sync/documents-api.ts';
import { useMinutesSignOff } from '../../data/minutes-signoff.ts';
import { useAccess } from '../../data/use-access.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import { useMessages } from '../../i18n/messages.ts';
import { DocumentEditor } from './DocumentEditor.tsx';
import { meetingDataContent } from './meeting-blocks.ts';
import { PresenceLine } from './PresenceLine.tsx';
import { SignOffPanel } from './SignOffPanel.tsx';

type Which = 'minutes' | 'notes';

/**
 * The Biên bản tab: the meeting's minutes and its working notes, each a shared document. Once the chair's
 * approval is recorded the minutes are read-only but for the office; the notes stay open to every writer.
 */
export function MinutesTab({ detail, readOnly }: { detail: MeetingDetail; readOnly: boolean }) {
  const m = useMessages().minutes;
  const [which, setWhich] = useState<Which>('minutes');
  const signOff = useMinutesSignOff(detail.meeting.id);
  const access = useAccess();
  const office = !readOnly && access.isMeetingOffice(meetingSpace(detail.meeting.id));
  const label = which === 'minutes' ? m.tabMinutes : m.tabNotes;
  const closed = which === 'minutes' && signOff?.state === 'approved' && !office && !readOnly;
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
      {which === 'minutes' && signOff !== undefined && (
        <SignOffPanel detail={detail} signOff={signOff} office={office} />
      )}
      <PresenceLine docId={documentId(which, detail.meeting.id)} />
      <DocumentEditor
        key={which}
        docId={documentId(which, detail.meeting.id)}
        label={label}
        readOnly={readOnly || closed}
        {...(closed ? { readOnlyReason: m.signOff.readOnly } : {})}
        {...(which === 'minutes' ? { meetingContent: () => meetingDataContent(detail, m.attendance) } : {})}
      />
    </section>
  );
}
