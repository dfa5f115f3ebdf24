import { TeamOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { PresenceUser } from '../../../../shared/sync/protocol.ts';
import { usePresence } from '../../documents/use-presence.ts';
import { useMessages } from '../../i18n/messages.ts';

/** Names shown before "and N others". */
const SHOWN_NAMES = 5;

export function presenceNames(users: readonly PresenceUser[], more: (count: number) => string): string {
  const names = users.slice(0, SHOWN_NAMES).map((user) => user.name);
  if (users.length > SHOWN_NAMES) names.push(more(users.length - SHOWN_NAMES));
  return names.join(', ');
}

/**
 * "Đang mở văn bản này: Nguyễn Văn A, Trần Thị B" above a shared document, while others have it open
 * (online). A polite live region, always there so a screen reader hears when someone comes or goes;
 * the words say it all, the icon is decoration.
 */
export function PresenceLine({ docId }: { docId: string }) {
  const others = usePresence(docId);
  const p = useMessages().presence;
  return (
    <div role="status" aria-live="polite" data-testid="presence-line" style={{ minHeight: '1.5em' }}>
      {others.length > 0 ? (
        <Typography.Text>
          <TeamOutlined aria-hidden style={{ marginInlineEnd: 6 }} />
          {p.line(presenceNames(others, p.more))}
        </Typography.Text>
      ) : null}
    </div>
  );
}
