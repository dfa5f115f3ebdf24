import { Select, Space, Typography } from 'antd';
import { useMemo } from 'react';
import type { Person } from '../../../../shared/domain/directory.ts';
import { matchesSearch } from '../../../../shared/text/search.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useDisplayActions } from '../../shell/use-display-actions.ts';
import { useUiStore } from '../../state/ui-store.ts';

interface PersonOption {
  value: string;
  label: string;
}

/**
 * "Tôi là": who uses this computer, a person of the directory. Saved in the settings by main, so it
 * survives restarts; it decides "Việc của đơn vị tôi" and "Tôi giao".
 */
export function MeChooser(props: { people: readonly Person[]; unitName: ReadonlyMap<string, string> }) {
  const m = useMessages();
  const personId = useUiStore((state) => state.settings.personId);
  const { update } = useDisplayActions();
  const { people, unitName } = props;
  const options = useMemo<PersonOption[]>(
    () =>
      people.map((person) => ({
        value: person.id,
        label: `${person.name} — ${person.position || (unitName.get(person.unitId) ?? '')}`,
      })),
    [people, unitName],
  );
  return (
    <Space>
      <Typography.Text strong>{m.taskMe.label}</Typography.Text>
      <Select<string | null, PersonOption>
        aria-label={m.taskMe.label}
        style={{ minWidth: 360 }}
        showSearch={{ filterOption: (input, option) => matchesSearch(input, option?.label ?? '') }}
        allowClear
        placeholder={m.taskMe.placeholder}
        options={options}
        value={personId}
        onChange={(value) => void update({ personId: value ?? null })}
      />
    </Space>
  );
}
