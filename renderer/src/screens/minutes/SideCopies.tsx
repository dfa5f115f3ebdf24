import { Alert, Collapse, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatDateTimeVi } from '../../../../shared/text/date-format.ts';
import { useDb } from '../../db/db-context.tsx';
import { useMessages } from '../../i18n/messages.ts';

/** "Bản sửa không được nhận": words this machine wrote that the shared document did not take. */
export function SideCopies({ docId }: { docId: string }) {
  const m = useMessages().minutes;
  const { db } = useDb();
  const copies = useLiveQuery(
    () => db.docSideCopies.where('docId').equals(docId).reverse().sortBy('id'),
    [db, docId],
  );
  if (!copies || copies.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="side-copies"
      style={{ marginBottom: 12 }}
      message={`${m.sideCopies} (${copies.length})`}
      description={
        <>
          <Typography.Paragraph>{m.sideCopiesIntro}</Typography.Paragraph>
          <Collapse
            size="small"
            items={copies.map((copy) => ({
              key: String(copy.id),
              label: `${m.sideCopyAt(formatDateTimeVi(copy.at))} — ${copy.message}`,
              children: (
                <Typography.Paragraph className="minutes-side-copy">{copy.text}</Typography.Paragraph>
              ),
            }))}
          />
        </>
      }
    />
  );
}
