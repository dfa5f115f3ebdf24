import { Alert } from 'antd';

/** Why edit controls are missing here: the user may only read (or, as a lead unit, only report). */
export function ReadOnlyNotice({ text }: { text: string }) {
  return (
    <Alert type="info" showIcon data-testid="read-only-notice" title={text} style={{ marginBottom: 16 }} />
  );
}
