import { Select, type SelectProps } from 'antd';
import { matchesSearch } from '../../../../shared/text/search.ts';
import type { PersonOption } from '../../data/use-meeting-directory.ts';
import { useMessages } from '../../i18n/messages.ts';

type Props = Omit<SelectProps<string | string[], PersonOption>, 'options' | 'filterOption' | 'showSearch'> & {
  people: readonly PersonOption[];
};

/** A person from the directory, found by typing the name with or without diacritics. */
export function PersonSelect({ people, ...rest }: Props) {
  const m = useMessages();
  return (
    <Select<string | string[], PersonOption>
      showSearch
      allowClear
      placeholder={m.meetingEdit.pickPerson}
      options={[...people]}
      filterOption={(input, option) => matchesSearch(input, option?.label ?? '')}
      {...rest}
    />
  );
}
