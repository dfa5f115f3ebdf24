import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import type { AdminLoad } from '../../data/use-admin.ts';
import { useMessages } from '../../i18n/messages.ts';
import { adminProblem } from './admin-problem.ts';

/** A list from the server: a spinner while it comes, a clear message with "Thử lại" when it does not. */
export function AdminLoadView<T>(props: {
  load: AdminLoad<T>;
  reload: () => void;
  children: (value: T) => ReactNode;
}) {
  const m = useMessages();
  const { load } = props;
  if (load.status === 'loading')
    return (
      <div role="status" aria-live="polite">
        <Spin /> {m.admin.loading}
      </div>
    );
  if (load.status === 'failed')
    return (
      <div role="alert" data-testid="admin-problem">
        <Result
          status={load.code === 'forbidden' ? '403' : 'warning'}
          title={adminProblem(m, load.code)}
          extra={<Button onClick={props.reload}>{m.admin.retry}</Button>}
        />
      </div>
    );
  return <>{props.children(load.value)}</>;
}
