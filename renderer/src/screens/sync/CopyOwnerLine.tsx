import { Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { readOwner } from '../../db/copies.ts';
import { useDb } from '../../db/db-context.tsx';
import { useMessages } from '../../i18n/messages.ts';

/** Whose working copy is open: on a shared ward PC the official sees at once that it is their own. */
export function CopyOwnerLine() {
  const m = useMessages();
  const { db } = useDb();
  const owner = useLiveQuery(() => readOwner(db), [db]);
  if (owner === undefined) return null;
  return (
    <Typography.Paragraph className="copy-owner" type="secondary">
      {owner ? m.copies.ownedBy(owner.displayName, owner.username, owner.serverUrl) : m.copies.unowned}
    </Typography.Paragraph>
  );
}
