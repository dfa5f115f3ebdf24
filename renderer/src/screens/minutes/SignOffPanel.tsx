import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Collapse, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import type { MinutesSignOff } from '../../../../shared/domain/minutes-signoff.ts';
import { formatDateTimeVi } from '../../../../shared/text/date-format.ts';
import { withdrawApproval } from '../../data/minutes-signoff.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import { useDb } from '../../db/db-context.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { RecordHistory } from '../shared/RecordHistory.tsx';
import { useWriteFailure } from '../meetings/use-write-failure.ts';
import { SignOffModal } from './SignOffModal.tsx';

interface Props {
  detail: MeetingDetail;
  signOff: MinutesSignOff | null;
  /** Records and withdraws the approval, and still edits approved minutes (shared/authz/minutes-office.ts). */
  office: boolean;
}

function approverName(detail: MeetingDetail, signOff: MinutesSignOff, unknown: string): string {
  const person = signOff.approverId === null ? undefined : detail.people.get(signOff.approverId);
  return signOff.approverText ?? person?.name ?? unknown;
}

/**
 * Xác nhận biên bản: whether the chair approved the minutes, and for the office the buttons to record the
 * approval or withdraw it; the approval's history (who recorded or withdrew it, when) below.
 */
export function SignOffPanel({ detail, signOff, office }: Props) {
  const m = useMessages().minutes.signOff;
  const { write } = useDb();
  const { message } = App.useApp();
  const fail = useWriteFailure();
  const [recording, setRecording] = useState(false);
  const approved = signOff?.state === 'approved';
  const withdraw = async () => {
    try {
      await withdrawApproval(write, detail.meeting.id);
      void message.success(m.withdrawn);
    } catch (error) {
      fail(error);
    }
  };
  return (
    <div className="minutes-signoff" data-testid="minutes-signoff">
      {recording && <SignOffModal detail={detail} onClose={() => setRecording(false)} />}
      {approved && signOff && (
        <Alert
          type="success"
          showIcon
          icon={<CheckCircleOutlined />}
          style={{ marginBottom: 8 }}
          message={m.approved(
            approverName(detail, signOff, m.unknownPerson),
            formatDateTimeVi(signOff.approvedAt),
          )}
          description={[signOff.note, m.officeOnly, office ? m.youAreOffice : null].filter(Boolean).join(' ')}
        />
      )}
      {office && (
        <Flex gap={8} style={{ marginBottom: 8 }}>
          {approved ? (
            <Popconfirm title={m.withdrawConfirm} onConfirm={() => void withdraw()}>
              <Button>{m.withdraw}</Button>
            </Popconfirm>
          ) : (
            <Button icon={<CheckCircleOutlined />} onClick={() => setRecording(true)}>
              {m.record}
            </Button>
          )}
        </Flex>
      )}
      {signOff && (
        <Collapse
          size="small"
          style={{ marginBottom: 8 }}
          items={[
            {
              key: 'history',
              label: m.history,
              children: <RecordHistory entity="minutesSignOff" recordId={signOff.id} title={m.history} />,
            },
          ]}
        />
      )}
    </div>
  );
}
