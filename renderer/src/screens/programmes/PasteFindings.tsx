import { Alert, Tag, Typography } from 'antd';
import { columnLabel, type PasteResult } from '../../../../shared/domain/indicator-paste.ts';
import { useMessages } from '../../i18n/messages.ts';
import { alertIcon } from './alert-icons.tsx';

/** What the paste was read as: the columns recognised, and every problem by line. */
export function PasteFindings({ parsed }: { parsed: PasteResult }) {
  const p = useMessages().indicatorPaste;
  return (
    <>
      {parsed.columns.length > 0 && (
        <Typography.Paragraph style={{ marginTop: 12 }}>
          {p.columns}:{' '}
          {parsed.columns.map((c, i) => (
            <Tag key={i}>{columnLabel(c)}</Tag>
          ))}
        </Typography.Paragraph>
      )}
      {parsed.errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          icon={alertIcon.error}
          style={{ marginTop: 12 }}
          message={p.errors(parsed.errors.length)}
          description={
            <ul data-testid="paste-errors">
              {parsed.errors.map((e) => (
                <li key={e.line}>
                  {p.line(e.line)}: {e.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </>
  );
}
