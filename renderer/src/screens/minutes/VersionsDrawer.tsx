import { App, AutoComplete, Button, Drawer, Empty, Flex, List, Popconfirm, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { uuidv7 } from '../../../../shared/ids/index.ts';
import {
  listVersions,
  restoreVersion,
  saveVersion,
  VERSIONS_MAP,
} from '../../../../shared/documents/versions.ts';
import { formatDateTimeVi } from '../../../../shared/text/date-format.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useSyncStore } from '../../state/sync-store.ts';
import { VersionDiff } from './VersionDiff.tsx';

/** The document's named versions: save one, compare two side by side, restore one as a new edit. */
function useVersions(doc: Y.Doc) {
  const [versions, setVersions] = useState(() => listVersions(doc));
  useEffect(() => {
    const map = doc.getMap(VERSIONS_MAP);
    const refresh = () => setVersions(listVersions(doc));
    map.observe(refresh);
    return () => map.unobserve(refresh);
  }, [doc]);
  return versions;
}

export function VersionsDrawer({
  doc,
  readOnly,
  open,
  onClose,
}: {
  doc: Y.Doc;
  readOnly: boolean;
  open: boolean;
  onClose: () => void;
}) {
  const m = useMessages().minutes.versions;
  const { message } = App.useApp();
  const versions = useVersions(doc);
  const who = useSyncStore((state) => state.user?.displayName) ?? m.unnamed;
  const [name, setName] = useState(m.suggestions[0] ?? '');
  const save = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    saveVersion(doc, { id: uuidv7(Date.now()), name: trimmed, at: Date.now(), by: who });
    void message.success(m.saved(trimmed));
  };
  return (
    <Drawer title={m.title} open={open} onClose={onClose} size="large" destroyOnHidden>
      {!readOnly && (
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <AutoComplete
            aria-label={m.name}
            value={name}
            onChange={setName}
            options={m.suggestions.map((value) => ({ value }))}
            style={{ minWidth: '16em', flex: 1 }}
          />
          <Button type="primary" onClick={save}>
            {m.save}
          </Button>
        </Flex>
      )}
      {versions.length === 0 ? (
        <Empty description={m.none} />
      ) : (
        <List
          dataSource={versions}
          renderItem={(version) => (
            <List.Item
              actions={
                readOnly
                  ? []
                  : [
                      <Popconfirm
                        key="restore"
                        title={m.restoreConfirm}
                        onConfirm={() => {
                          restoreVersion(doc, version.id);
                          void message.success(m.restored(version.name));
                        }}
                      >
                        <Button>{m.restore}</Button>
                      </Popconfirm>,
                    ]
              }
            >
              <List.Item.Meta
                title={<Typography.Text strong>{version.name}</Typography.Text>}
                description={m.by(version.by, formatDateTimeVi(version.at))}
              />
            </List.Item>
          )}
        />
      )}
      <VersionDiff doc={doc} versions={versions} />
    </Drawer>
  );
}
