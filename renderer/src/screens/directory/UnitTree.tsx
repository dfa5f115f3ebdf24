import { Button, Tag, Typography } from 'antd';
import type { TreeRow, TreeUnit } from '../../data/use-directory-tree.ts';
import { useMessages } from '../../i18n/messages.ts';

interface UnitTreeProps {
  rows: ReadonlyArray<TreeRow<TreeUnit>>;
  label: string;
  /** With it, each unit is a button that selects it (the directory's people follow the selection). */
  onSelect?: (unitId: string) => void;
  selectedId?: string | null;
}

/** Units as an indented tree: name, short name and kind, each level one step further in. */
export function UnitTree({ rows, label, onSelect, selectedId = null }: UnitTreeProps) {
  const m = useMessages();
  return (
    <ul className="unit-tree" aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {rows.map((row) => {
        const name = row.shortName ? `${row.name} (${row.shortName})` : row.name;
        return (
          <li
            key={row.id}
            data-testid="unit-row"
            data-depth={row.depth}
            style={{ paddingInlineStart: `${row.depth * 1.5}rem`, paddingBlock: 2 }}
          >
            {onSelect ? (
              <Button
                type={selectedId === row.id ? 'primary' : 'text'}
                size="small"
                aria-pressed={selectedId === row.id}
                onClick={() => onSelect(row.id)}
              >
                {name}
              </Button>
            ) : (
              <Typography.Text>{name}</Typography.Text>
            )}{' '}
            <Tag>{m.directory.unitKinds[row.kind]}</Tag>
          </li>
        );
      })}
    </ul>
  );
}
