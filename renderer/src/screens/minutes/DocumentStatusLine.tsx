import { Flex, Typography } from 'antd';
import { useDocumentStatus } from '../../documents/use-document-sync.ts';
import { useMessages } from '../../i18n/messages.ts';

/** Under the editor: words and characters, and whether the server has every edit. */
export function DocumentStatusLine({
  docId,
  words,
  characters,
}: {
  docId: string;
  words: number;
  characters: number;
}) {
  const m = useMessages().minutes;
  const status = useDocumentStatus(docId);
  const sync = (() => {
    if (!status) return '';
    const where =
      status.pending > 0
        ? m.syncState.pending(status.pending)
        : status.state.lastSyncAt === null
          ? m.syncState.local
          : m.syncState.synced;
    return status.state.lastError ? `${where}. ${m.syncState.error(status.state.lastError)}` : where;
  })();
  return (
    <Flex wrap gap={16} className="minutes-status" data-testid="minutes-status">
      <Typography.Text data-testid="minutes-words">{m.words(words)}</Typography.Text>
      <Typography.Text type="secondary">{m.characters(characters)}</Typography.Text>
      <Typography.Text type="secondary" role="status" data-testid="minutes-sync">
        {sync}
      </Typography.Text>
      <Typography.Text type="secondary">{m.savedLocally}</Typography.Text>
    </Flex>
  );
}
