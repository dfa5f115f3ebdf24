import { App } from 'antd';
import type { Meeting } from '../../../../shared/domain/meeting.ts';
import { meetingSpace } from '../../../../shared/domain/space.ts';
import { uuidv7 } from '../../../../shared/ids/index.ts';
import { useDb } from '../../db/db-context.tsx';
import { createRecord, updateRecord } from '../../db/write.ts';
import { formToMeeting, type MeetingFormValues } from '../../data/meeting-form.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useWriteFailure } from './use-write-failure.ts';

/**
 * Writes the meeting form: updates `meeting`, or creates a new meeting in a space of its own when it is
 * null, then hands the id to `onSaved`.
 */
export function useMeetingSave(meeting: Meeting | null, onSaved: (id: string) => void) {
  const t = useMessages().meetingEdit;
  const { write } = useDb();
  const { message } = App.useApp();
  const fail = useWriteFailure();

  return async (values: MeetingFormValues) => {
    const fields = formToMeeting(values);
    if (!fields) return;
    try {
      if (meeting) {
        await updateRecord(write, 'meeting', meeting.id, fields);
        onSaved(meeting.id);
      } else {
        const id = uuidv7(write.now());
        await createRecord(write, 'meeting', { ...fields, id, spaceId: meetingSpace(id) });
        onSaved(id);
      }
      void message.success(t.saved);
    } catch (error) {
      fail(error);
    }
  };
}
