import { PrinterOutlined, SnippetsOutlined } from '@ant-design/icons';
import { Button, Segmented, Select, Space } from 'antd';
import type { Period } from '../../../../shared/domain/indicator.ts';
import { useMessages } from '../../i18n/messages.ts';
import { periodChoices, periodKey } from './period-choices.ts';
import type { IndicatorMode } from './programme-screen-store.ts';
import { printSummary } from './SummaryPrint.tsx';
import './programmes.css';

/** Above the indicator table: read or type in (not for a reader), the period shown, paste, print. */
export function IndicatorsToolbar(props: {
  readOnly: boolean;
  mode: IndicatorMode;
  onMode(mode: IndicatorMode): void;
  term: { start: number; end: number };
  period: Period;
  onPeriod(period: Period): void;
  onPaste(): void;
}) {
  const m = useMessages();
  const g = m.indicatorGrid;
  const { readOnly, term } = props;
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      {!readOnly && (
        <Segmented<IndicatorMode>
          className="programme-mode-switch"
          aria-label={g.modeLabel}
          value={props.mode}
          onChange={props.onMode}
          options={[
            { value: 'view', label: g.view },
            { value: 'edit', label: g.editMode },
          ]}
        />
      )}
      <span>{g.period}</span>
      <Select
        aria-label={g.period}
        style={{ width: '14em', maxWidth: '100%' }}
        value={periodKey(props.period)}
        onChange={(value: string) => {
          const found = periodChoices(term).find((c) => c.value === value);
          if (found) props.onPeriod(found.period);
        }}
        options={periodChoices(term).map(({ value, label }) => ({ value, label }))}
      />
      {!readOnly && (
        <Button icon={<SnippetsOutlined aria-hidden />} onClick={props.onPaste}>
          {g.paste}
        </Button>
      )}
      <Button icon={<PrinterOutlined aria-hidden />} onClick={printSummary}>
        {m.programmes.printSummary}
      </Button>
    </Space>
  );
}
