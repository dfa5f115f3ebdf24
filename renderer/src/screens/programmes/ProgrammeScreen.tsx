import { EditOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Empty, Flex, Space, Spin } from 'antd';
import { useState } from 'react';
import { programmeSpace } from '../../../../shared/domain/space.ts';
import { useAccess } from '../../data/use-access.ts';
import { useProgrammeDirectory } from '../../data/programme-directory.ts';
import { useProgrammeDetail } from '../../data/use-programme-detail.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ScreenTitle } from '../../shell/ScreenTitle.tsx';
import { useUiStore } from '../../state/ui-store.ts';
import { useToday } from '../../state/use-now.ts';
import { IndicatorDrawer } from './IndicatorDrawer.tsx';
import { ProgrammeErrorBoundary } from './ProgrammeErrorBoundary.tsx';
import { ProgrammeFacts } from './ProgrammeFacts.tsx';
import { ProgrammeFormDrawer } from './ProgrammeFormDrawer.tsx';
import { ProgrammeTabs } from './ProgrammeTabs.tsx';
import { ProgrammeSummaryPrint } from './SummaryPrint.tsx';
import { ReadOnlyNotice } from '../shared/ReadOnlyNotice.tsx';
import { SharingButton } from '../sharing/SharingButton.tsx';

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
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const access = useAccess();
  if (detail === undefined) return <Spin tip={m.programmes.loading} />;
  if (detail === null) return <Empty description={m.programmes.notFound} />;
  const { programme } = detail;
  const personNames = directory?.personNames ?? new Map<string, string>();
  const unitNames = directory?.unitNames ?? detail.unitNames;
  const open = detail.indicators.find((i) => i.indicator.id === openId) ?? null;
  // The server would refuse any edit here: show the programme as a document, not as a form.
  const readOnly = !access.canWrite(programmeSpace(programme.id));

  return (
    <section aria-labelledby="programme-title">
      <Breadcrumb
        items={[{ title: <a href="#/programmes">{m.programmes.back}</a> }, { title: programme.code }]}
      />
      {/* At large font steps the buttons go under a long title rather than squeezing it. */}
      <Flex wrap justify="space-between" align="start" gap="small">
        <ScreenTitle id="programme-title" style={{ flex: '1 1 24em', minWidth: 0 }}>
          {programme.code} — {programme.title}
        </ScreenTitle>
        <Space wrap>
          <SharingButton spaceId={programmeSpace(programme.id)} />
          {!readOnly && (
            <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
              {m.programmes.edit}
            </Button>
          )}
        </Space>
      </Flex>
      {readOnly && <ReadOnlyNotice text={m.access.programmeReadOnly} />}
      {!readOnly && (
        <ProgrammeFormDrawer open={editing} programme={programme} onClose={() => setEditing(false)} />
      )}
      <ProgrammeFacts detail={detail} unitNames={unitNames} personNames={personNames} />
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
      <ProgrammeTabs
        detail={detail}
        directory={directory}
        asOf={asOf}
        today={today}
        unitNames={unitNames}
        personNames={personNames}
        readOnly={readOnly}
        onOpen={setOpenId}
      />
    </section>
  );
}
