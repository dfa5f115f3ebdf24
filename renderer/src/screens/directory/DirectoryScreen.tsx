import { Button, Card, Col, Empty, Input, Row, Space, Spin, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Person, Unit } from '../../../../shared/domain/directory.ts';
import { useDirectory } from '../../data/use-directory.ts';
import { filterTree, matchesQuery, type TreeRow } from '../../data/use-directory-tree.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useClearable } from '../../shell/accessible-icons.tsx';
import { ScreenTitle } from '../../shell/ScreenTitle.tsx';
import { UnitTree } from './UnitTree.tsx';

/** Danh bạ: the synced units as a tree and the officials of the chosen unit (or all), read-only. */
export function DirectoryScreen() {
  const m = useMessages();
  const directory = useDirectory();
  const clearable = useClearable();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const units = useMemo(() => filterTree(directory?.units ?? [], query), [directory, query]);
  const unitNames = useMemo(
    () => new Map((directory?.units ?? []).map((u) => [u.id, u.shortName ?? u.name])),
    [directory],
  );
  const people = useMemo(
    () =>
      (directory?.people ?? []).filter(
        (p) =>
          (selected === null || p.unitId === selected) &&
          matchesQuery(query, p.name, p.position, unitNames.get(p.unitId) ?? null),
      ),
    [directory, selected, query, unitNames],
  );
  if (directory === undefined) return <Spin />;
  const heading = (
    <ScreenTitle id="directory-title" style={{ marginTop: 0 }}>
      {m.directory.title}
    </ScreenTitle>
  );
  if (directory.units.length === 0 && directory.people.length === 0)
    return (
      <section aria-labelledby="directory-title">
        {heading}
        <Empty description={m.directory.empty} />
      </section>
    );
  const selectedName = selected === null ? null : (unitNames.get(selected) ?? null);
  return (
    <section aria-labelledby="directory-title">
      {heading}
      <Typography.Paragraph type="secondary">{m.directory.intro}</Typography.Paragraph>
      <Input.Search
        allowClear={clearable}
        aria-label={m.directory.search}
        placeholder={m.directory.searchPlaceholder}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        style={{ maxWidth: 420, marginBottom: 16 }}
      />
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <UnitsCard units={units} selected={selected} onSelect={setSelected} />
        </Col>
        <Col xs={24} lg={14}>
          <PeopleCard
            title={selectedName ? m.directory.peopleOf(selectedName) : m.directory.people}
            people={people}
            unitNames={unitNames}
          />
        </Col>
      </Row>
    </section>
  );
}

function PeopleCard(props: { title: string; people: Person[]; unitNames: ReadonlyMap<string, string> }) {
  const m = useMessages();
  return (
    <Card title={props.title} size="small">
      <Table<Person>
        size="small"
        rowKey="id"
        dataSource={props.people}
        pagination={props.people.length > 50 ? { pageSize: 50 } : false}
        locale={{ emptyText: m.directory.noPeople }}
        columns={[
          { title: m.directory.name, dataIndex: 'name', key: 'name' },
          { title: m.directory.position, dataIndex: 'position', key: 'position' },
          {
            title: m.directory.unit,
            key: 'unit',
            render: (_, person) => props.unitNames.get(person.unitId) ?? '—',
          },
          { title: m.directory.phone, key: 'phone', render: (_, person) => person.phone ?? '' },
        ]}
      />
    </Card>
  );
}

function UnitsCard(props: {
  units: ReadonlyArray<TreeRow<Unit>>;
  selected: string | null;
  onSelect: (unitId: string | null) => void;
}) {
  const m = useMessages();
  return (
    <Card title={m.directory.units} size="small">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Button
          size="small"
          type={props.selected === null ? 'primary' : 'text'}
          aria-pressed={props.selected === null}
          onClick={() => props.onSelect(null)}
        >
          {m.directory.allUnits}
        </Button>
        {props.units.length === 0 ? (
          <Typography.Text type="secondary">{m.directory.noUnits}</Typography.Text>
        ) : (
          <UnitTree
            rows={props.units}
            label={m.directory.units}
            selectedId={props.selected}
            onSelect={props.onSelect}
          />
        )}
      </Space>
    </Card>
  );
}
