import { Space, Tag } from 'antd';
import type { Attendee } from '../../../../shared/domain/meeting.ts';
import { rollCall } from '../../../../shared/domain/roll-call.ts';
import { useMessages } from '../../i18n/messages.ts';

/** The people attending by group (role), those without one under `noGroup`; whole groups are left out. */
function groupByRole(attendees: readonly Attendee[], noGroup: string): Map<string, Attendee[]> {
  const groups = new Map<string, Attendee[]>();
  for (const a of attendees.filter((row) => row.personId !== null)) {
    const key = a.role ?? noGroup;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return groups;
}

/** The roll call counted per group, shown only when there is more than one group. */
export function RollCallGroups({ attendees }: { attendees: readonly Attendee[] }) {
  const t = useMessages().attendeeEdit;
  const groups = groupByRole(attendees, t.noGroup);
  if (groups.size <= 1) return null;
  return (
    <Space wrap style={{ marginBottom: 8 }} data-testid="roll-call-groups">
      {[...groups].map(([group, rows]) => (
        <Tag key={group}>{t.countGroup(group, rollCall(rows).label)}</Tag>
      ))}
    </Space>
  );
}
