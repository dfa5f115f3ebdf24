import { TeamOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer } from 'antd';
import { useState } from 'react';
import { useAccess } from '../../data/use-access.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useSyncStore } from '../../state/sync-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { SharingPanel } from './SharingPanel.tsx';
import { alertIcon } from '../programmes/alert-icons.tsx';

/**
 * "Chia sẻ" on a programme's or a meeting's screen, for its managers: who may view and edit it, changed on
 * the server (grants are the server's, so the panel needs the connection and says so when there is none).
 * Nothing is shown to others, nor in local use (no server, no one to share with).
 */
export function SharingButton({ spaceId }: { spaceId: string }) {
  const m = useMessages();
  const access = useAccess();
  const [open, setOpen] = useState(false);
  const phase = useSyncStore((state) => state.phase);
  const browserOnline = useUiStore((state) => state.online);
  if (!access.restricted || !access.canManage(spaceId)) return null;
  const online = browserOnline && phase !== 'offline' && phase !== 'signed_out';
  return (
    <>
      <Button icon={<TeamOutlined aria-hidden />} onClick={() => setOpen(true)} aria-haspopup="dialog">
        {m.sharing.open}
      </Button>
      <Drawer
        open={open}
        title={m.sharing.title}
        size="min(100vw, 48em)"
        onClose={() => setOpen(false)}
        destroyOnHidden
      >
        {!open ? null : online ? (
          <SharingPanel spaceId={spaceId} />
        ) : (
          <Alert
            type="warning"
            showIcon
            icon={alertIcon.warning}
            role="status"
            data-testid="sharing-offline"
            title={phase === 'signed_out' ? m.sharing.signedOut : m.sharing.offline}
          />
        )}
      </Drawer>
    </>
  );
}
