import { EditOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Descriptions, Empty, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatCongressSummary } from '../../../../shared/domain/rollup-phrases.ts';
import { programmeSpace } from '../../../../shared/domain/space.ts';
import { useAccess } from '../../data/use-access.ts';
import { useProgrammeDirectory } from '../../data/programme-directory.ts';
import { useProgrammeDetail } from '../../data/use-programme-detail.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { useToday } from '../../state/use-now.ts';
import { HistoryTab } from './HistoryTab.tsx';
import { IndicatorDrawer } from './IndicatorDrawer.tsx';
import { IndicatorsTab } from './IndicatorsTab.tsx';
import { ProgrammeErrorBoundary } from './ProgrammeErrorBoundary.tsx';
import { ProgrammeFormDrawer } from './ProgrammeFormDrawer.tsx';
import { useProgrammeScreenStore } from './programme-screen-store.ts';
import { StatusTags } from './StatusTags.tsx';
import { ProgrammeSummaryPrint } from './SummaryPrint.tsx';
import { MeetingsTab, PlansTab, TasksTab } from './WorkTabs.tsx';
import { ReadOnlyNotice } from '../shared/ReadOnlyNotice.tsx';

/** Một chương trình: header, steering committee, roll-up, and tabs for indicators, plans, tasks, meetings, history. */
export function ProgrammeScreen({ programmeId }: { programmeId: string }) {
  return (
    <ProgrammeErrorBoundary>
      <ProgrammePage programmeId={programmeId} />
    </ProgrammeErrorBoundary>
  );
}

function ProgrammePage({ programmeId }: { programmeId: string }) {
  const m = useMessages();
  const today = useToday();
  const asOf = useUiStore((state) => state.assessmentDate) ?? today;
  const detail = useProgrammeDetail(programmeId, asOf);
  const directory = useProgrammeDirectory();
  const tab = useProgrammeScreenStore((s) => s.tab);
  const setTab = useProgrammeScreenStore((s) => s.setTab);
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const access = useAccess();
  if (detail === undefined) return <Spin tip={m.programmes.loading} />;
  if (detail === null) return <Empty description={m.programmes.notFound} />;
  const { programme, rollup } = detail;
  const personNames = directory?.personNames ?? new Map<string, string>();
  const unitNames = directory?.unitNames ?? detail.unitNames;
  const open = detail.indicators.find((i) => i.indicator.id === openId) ?? null;
  // The server would refuse any edit here: show the programme as a document, not as a form.
  const readOnly = !access.canWrite(programmeSpace(programme.id));

  return (
    <section>
      <Breadcrumb
        items={[{ title: <a href="#/programmes">{m.programmes.back}</a> }, { title: programme.code }]}
      />
      <Space align="start" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2}>
          {programme.code} — {programme.title}
        </Typography.Title>
        {!readOnly && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {m.programmes.edit}
          </Button>
        )}
      </Space>
      {readOnly && <ReadOnlyNotice text={m.access.programmeReadOnly} />}
      {!readOnly && (
        <ProgrammeFormDrawer open={editing} programme={programme} onClose={() => setEditing(false)} />
      )}
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={m.programmes.term}>
          {programme.termStart}–{programme.termEnd}
        </Descriptions.Item>
        <Descriptions.Item label={m.programmes.issuingBody}>{programme.issuingBody}</Descriptions.Item>
        <Descriptions.Item label={m.programmes.higherProgramme}>
          {programme.higherProgrammeCode ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={m.programmes.standingAgency}>
          {programme.standingAgencyUnitId ? (unitNames.get(programme.standingAgencyUnitId) ?? '') : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={m.programmes.committee} span={2}>
          {programme.committee.length === 0 ? (
            m.programmes.noCommittee
          ) : (
            <ul className="programme-committee" data-testid="programme-committee">
              {programme.committee.map((member) => (
                <li key={member.personId}>
                  <Tag>{m.committeeRoles[member.role]}</Tag>
                  {personNames.get(member.personId) ?? ''}
                </li>
              ))}
            </ul>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={m.programmes.rollup} span={2}>
          <span data-testid="programme-rollup">
            {m.programmes.achievedOrExpected(rollup.achievedOrExpected, rollup.total)}
          </span>{' '}
          <StatusTags counts={rollup.counts} />
          {rollup.congress.total > 0 && (
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {formatCongressSummary(rollup)}
            </Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
      <ProgrammeSummaryPrint summary={detail} asOf={asOf} />
      {open && (
        <IndicatorDrawer
          assessed={open}
          programme={programme}
          unitNames={unitNames}
          personNames={personNames}
          readOnly={readOnly}
          onClose={() => setOpenId(null)}
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'indicators',
            label: `${m.programmes.tabs.indicators} (${rollup.total})`,
            children: (
              <IndicatorsTab
                detail={detail}
                directory={directory}
                asOf={asOf}
                readOnly={readOnly}
                onOpen={setOpenId}
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
            children: <HistoryTab detail={detail} personNames={personNames} />,
          },
        ]}
      />
    </section>
  );
}
