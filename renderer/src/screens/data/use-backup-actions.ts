import { App } from 'antd';
import { useState } from 'react';
import type { ChannelOutput } from '../../../../shared/ipc/contract.ts';
import { exportBackup, ForeignBackupError, restoreBackup } from '../../db/backup.ts';
import { readOwner } from '../../db/copies.ts';
import { useDb } from '../../db/db-context.tsx';
import type { CopyOwner } from '../../db/local-db.ts';
import { useMessages } from '../../i18n/messages.ts';
import type { Messages } from '../../i18n/vi.ts';
import { useApi } from '../../platform/api-context.tsx';
import { useUiStore } from '../../state/ui-store.ts';
import { useSyncActions } from '../../sync-engine/sync-provider.tsx';

export type BackupList = ChannelOutput<'backup.list'>;

const account = (m: Messages, owner: CopyOwner) =>
  m.copies.account(owner.displayName, owner.username, owner.serverUrl);

/** Why a restore was refused: a backup of another account's copy says whose, anything else its message. */
function refusal(m: Messages, error: unknown): string {
  return error instanceof ForeignBackupError
    ? m.copies.foreignBackup(account(m, error.backupOwner), account(m, error.copyOwner))
    : String(error instanceof Error ? error.message : error);
}

/**
 * Backing the working copy up to a file and restoring it from one (listed in the backup folder or chosen
 * in the system dialog). A restore asks first, then resyncs, since it resets the sync position.
 */
export function useBackupActions() {
  const m = useMessages();
  const api = useApi();
  const { db } = useDb();
  const { message, modal } = App.useApp();
  const info = useUiStore((state) => state.appInfo);
  const sync = useSyncActions();
  const [list, setList] = useState<BackupList | null>(null);

  const refresh = async () => {
    const result = await api.invoke('backup.list', {});
    if (result.ok) setList(result.value);
  };

  const backup = async () => {
    const file = await exportBackup(db, info?.profileId ?? '', Date.now());
    const result = await api.invoke('backup.save', { content: JSON.stringify(file) });
    if (!result.ok) void message.error(m.errors[result.error.code]);
    else if (result.value.saved) void message.success(m.data.backedUp(result.value.path));
    await refresh();
  };

  const restore = async (name?: string) => {
    const result = await api.invoke('backup.open', name ? { name } : {});
    if (!result.ok) {
      modal.error({ title: m.data.restoreRefused, content: result.error.message });
      return;
    }
    if (!result.value.opened) return;
    const { backup: file } = result.value;
    modal.confirm({
      title: m.data.restoreFrom,
      content: m.data.confirmRestore,
      onOk: async () => {
        const ownerBefore = await readOwner(db);
        const restored = await restoreBackup(db, file, Date.now()).catch((error: unknown) => {
          modal.error({ title: m.data.restoreRefused, content: refusal(m, error) });
          return null;
        });
        if (restored === null) return;
        void message.success(`${m.data.restored(restored)} ${m.copies.restoredResync}`);
        const ownerAfter = await readOwner(db);
        if (!ownerBefore && ownerAfter) void message.info(m.copies.restoredBoundTo(account(m, ownerAfter)));
        // The sync position was reset: resync now rather than at the next minute.
        sync.syncNow();
      },
    });
  };

  return { list, refresh, backup, restore };
}
