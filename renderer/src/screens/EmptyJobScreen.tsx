import { Empty, Typography } from 'antd';

/** A job's screen before it has content: its title and an empty state in the user's language. */
export function EmptyJobScreen({ title, empty }: { title: string; empty: string }) {
  return (
    <section>
      <Typography.Title level={2}>{title}</Typography.Title>
      <Empty description={empty} />
    </section>
  );
}
