import { Flex, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { plainText } from '../../../../shared/documents/plain-text.ts';
import { lineDiff, versionDoc, type VersionInfo } from '../../../../shared/documents/versions.ts';
import { useMessages } from '../../i18n/messages.ts';

const CURRENT = 'current';

function textAt(doc: Y.Doc, id: string): string {
  if (id === CURRENT) return plainText(doc);
  const old = versionDoc(doc, id);
  try {
    return plainText(old);
  } finally {
    old.destroy();
  }
}

/** Two versions side by side: removed lines marked on the left, added ones on the right. */
export function VersionDiff({ doc, versions }: { doc: Y.Doc; versions: VersionInfo[] }) {
  const m = useMessages().minutes.versions;
  const [left, setLeft] = useState(versions[0]?.id ?? CURRENT);
  const [right, setRight] = useState(CURRENT);
  const lines = useMemo(() => lineDiff(textAt(doc, left), textAt(doc, right)), [doc, left, right]);
  const options = [
    { value: CURRENT, label: m.current },
    ...versions.map((v) => ({ value: v.id, label: v.name })),
  ];
  const column = (side: 'left' | 'right') => (
    <div className="minutes-diff-column" data-testid={`version-diff-${side}`}>
      {lines
        .filter((line) => line.kind === 'same' || line.kind === (side === 'left' ? 'removed' : 'added'))
        .map((line, index) => (
          <p key={index} className={`minutes-diff-${line.kind}`}>
            {line.kind !== 'same' && (
              <span className="sr-only">{side === 'left' ? m.removed : m.added}: </span>
            )}
            {line.text}
          </p>
        ))}
    </div>
  );
  return (
    <section aria-label={m.compare}>
      <Typography.Title level={4}>{m.compare}</Typography.Title>
      <Flex gap={12} wrap>
        <Select
          aria-label={m.left}
          value={left}
          onChange={setLeft}
          options={options}
          style={{ minWidth: '14em' }}
        />
        <Select
          aria-label={m.right}
          value={right}
          onChange={setRight}
          options={options}
          style={{ minWidth: '14em' }}
        />
      </Flex>
      <Flex gap={12} className="minutes-diff">
        {column('left')}
        {column('right')}
      </Flex>
    </section>
  );
}
