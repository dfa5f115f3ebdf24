import { List, Typography } from 'antd';
import { useDb } from '../../db/db-context.tsx';
import { deleteRecord } from '../../db/write.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import type { PersonOption } from '../../data/use-meeting-directory.ts';
import { useMessages } from '../../i18n/messages.ts';
import { AddSpeechForm } from './AddSpeechForm.tsx';
import { DeleteButton } from './DeleteButton.tsx';

/** Ý kiến phát biểu: who spoke on which item, a short summary each ("09 ý kiến phát biểu"). */
export function SpeechesTab({
  detail,
  people,
  readOnly = false,
}: {
  detail: MeetingDetail;
  people: readonly PersonOption[];
  /** Only reading: the speeches, no form and no delete. */
  readOnly?: boolean;
}) {
  const m = useMessages();
  const t = m.speechEdit;
  const { write } = useDb();
  const items = new Map(detail.agenda.map((item, index) => [item.id, `${index + 1}. ${item.title}`]));

  return (
    <>
      <Typography.Title level={2} data-testid="speech-count" style={{ fontSize: '1.25em' }}>
        {m.meetings.speechCount(detail.speeches.length)}
      </Typography.Title>
      <List
        dataSource={detail.speeches}
        renderItem={(speech) => (
          <List.Item
            actions={
              readOnly
                ? []
                : [
                    <DeleteButton
                      key="delete"
                      onConfirm={() => void deleteRecord(write, 'speech', speech.id)}
                    />,
                  ]
            }
          >
            <List.Item.Meta
              title={speech.speakerId ? detail.people.get(speech.speakerId)?.name : speech.speakerText}
              description={
                <div style={{ color: 'var(--ant-color-text, rgba(0, 0, 0, 0.88))' }}>
                  <Typography.Text type="secondary">
                    {t.item}: {speech.agendaItemId ? (items.get(speech.agendaItemId) ?? '—') : t.general}
                  </Typography.Text>
                  <div>{speech.summary}</div>
                </div>
              }
            />
          </List.Item>
        )}
      />
      {!readOnly && <AddSpeechForm detail={detail} items={items} people={people} />}
    </>
  );
}
