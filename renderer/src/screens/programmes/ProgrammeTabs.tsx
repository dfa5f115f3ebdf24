import { Tabs } from 'antd';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import type { ProgrammeDirectory } from '../../data/programme-directory.ts';
import type { ProgrammeDetail } from '../../data/use-programme-detail.ts';
import { useMessages } from '../../i18n/messages.ts';
import './programmes.css';
import { HistoryTab } from './HistoryTab.tsx';
import { IndicatorsTab } from './IndicatorsTab.tsx';
import { useProgrammeScreenStore } from './programme-screen-store.ts';
import { MeetingsTab, PlansTab, TasksTab } from './WorkTabs.tsx';

/** The programme's tabs: indicators, plans, tasks, meetings, history; the tab open is remembered. */
export function ProgrammeTabs(props: {
  detail: ProgrammeDetail;
  directory: ProgrammeDirectory | undefined;
  asOf: IsoDate;
  today: IsoDate;
  unitNames: ReadonlyMap<string, string>;
  personNames: ReadonlyMap<string, string>;
  readOnly: boolean;
  onOpen(indicatorId: string): void;
}) {
  const m = useMessages();
  const tab = useProgrammeScreenStore((s) => s.tab);
  const setTab = useProgrammeScreenStore((s) => s.setTab);
  const { detail, today, unitNames, readOnly } = props;
  const { programme } = detail;
  return (
    <Tabs
      // rc-tabs names each tab and its panel from the id (aria-controls, aria-labelledby).
      id="programme-tabs"
      className="programme-tabs"
      activeKey={tab}
      onChange={setTab}
      items={[
        {
          key: 'indicators',
          label: `${m.programmes.tabs.indicators} (${detail.rollup.total})`,
          children: (
            <IndicatorsTab
              detail={detail}
              directory={props.directory}
              asOf={props.asOf}
              readOnly={readOnly}
              onOpen={props.onOpen}
            />
          ),
        },
        {
          key: 'plans',
          label: m.programmes.tabs.plans,
          children: (
            <PlansTab programme={programme} today={today} unitNames={unitNames} readOnly={readOnly} />
          ),
        },
        {
          key: 'tasks',
          label: m.programmes.tabs.tasks,
          children: <TasksTab programmeId={programme.id} today={today} unitNames={unitNames} />,
        },
        {
          key: 'meetings',
          label: m.programmes.tabs.meetings,
          children: <MeetingsTab programme={programme} />,
        },
        {
          key: 'history',
          label: m.programmes.tabs.history,
          children: <HistoryTab detail={detail} />,
        },
      ]}
    />
  );
}
