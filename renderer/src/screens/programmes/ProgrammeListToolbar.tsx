import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, DatePicker, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useClearable } from '../../shell/accessible-icons.tsx';
import { printSummary } from './SummaryPrint.tsx';

/** Above the programme list: search, term filter, assessment date, "add" (for an administrator), print. */
export function ProgrammeListToolbar(props: {
  onQuery(query: string): void;
  term: string | null;
  terms: readonly string[];
  onTerm(term: string | null): void;
  asOf: IsoDate;
  onAsOf(date: IsoDate | null): void;
  canCreate: boolean;
  onCreate(): void;
  canPrint: boolean;
}) {
  const m = useMessages();
  const clearable = useClearable();
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear={clearable}
        placeholder={m.programmes.search}
        aria-label={m.programmes.search}
        onChange={(event) => props.onQuery(event.target.value)}
        style={{ width: '24em', maxWidth: '100%' }}
      />
      <Select
        aria-label={m.programmes.termFilter}
        style={{ width: '11em' }}
        value={props.term ?? ''}
        onChange={(value: string) => props.onTerm(value === '' ? null : value)}
        options={[
          { value: '', label: m.programmes.allTermsFilter },
          ...props.terms.map((t) => ({ value: t, label: `${m.programmes.term} ${t}` })),
        ]}
      />
      <span>{m.programmes.asOf}</span>
      <DatePicker
        aria-label={m.programmes.asOf}
        format="DD/MM/YYYY"
        allowClear={false}
        value={dayjs(props.asOf)}
        onChange={(value) => props.onAsOf(value ? value.format('YYYY-MM-DD') : null)}
      />
      {props.canCreate && (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={props.onCreate}>
          {m.programmes.create}
        </Button>
      )}
      <Button icon={<PrinterOutlined aria-hidden />} disabled={!props.canPrint} onClick={printSummary}>
        {m.programmes.printAll}
      </Button>
    </Space>
  );
}
