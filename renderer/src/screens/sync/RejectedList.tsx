import { Empty, List } from 'antd';
import { useMessages } from '../../i18n/messages.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { RejectedChange } from './RejectedChange.tsx';
import { useRejectedActions, useRejectedChanges } from './use-rejected-changes.ts';

/**
 * Thay đổi không được chấp nhận: what the server refused, with its reason. The record on this machine has
 * gone back to what the server holds; the user's values are kept here — "Thử lại" sends them again where
 * that can succeed (a right granted since), "Bỏ" lets them go, "Sao chép" copies them. A refused create is
 * a local draft, marked as such.
 */
export function RejectedList() {
  const m = useMessages();
  const locale = useUiStore((state) => state.settings.locale);
  const rejected = useRejectedChanges();
  const actions = useRejectedActions(locale);

  return (
    <section aria-label={m.sync.rejected}>
      <List
        dataSource={rejected ?? []}
        locale={{ emptyText: <Empty description={m.sync.noRejected} /> }}
        renderItem={(entry) => (
          <RejectedChange key={entry.changeId} entry={entry} locale={locale} actions={actions} />
        )}
      />
    </section>
  );
}
