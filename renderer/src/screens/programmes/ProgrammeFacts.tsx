import { Descriptions, Tag, Typography } from 'antd';
import { formatCongressSummary } from '../../../../shared/domain/rollup-phrases.ts';
import type { ProgrammeDetail } from '../../data/use-programme-detail.ts';
import { useMessages } from '../../i18n/messages.ts';
import { StatusTags } from './StatusTags.tsx';

/** A programme's facts: term, issuing body, higher programme, standing agency, committee and roll-up. */
export function ProgrammeFacts(props: {
  detail: ProgrammeDetail;
  unitNames: ReadonlyMap<string, string>;
  personNames: ReadonlyMap<string, string>;
}) {
  const m = useMessages();
  const { programme, rollup } = props.detail;
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
      <Descriptions.Item label={m.programmes.term}>
        {programme.termStart}–{programme.termEnd}
      </Descriptions.Item>
      <Descriptions.Item label={m.programmes.issuingBody}>{programme.issuingBody}</Descriptions.Item>
      <Descriptions.Item label={m.programmes.higherProgramme}>
        {programme.higherProgrammeCode ?? '—'}
      </Descriptions.Item>
      <Descriptions.Item label={m.programmes.standingAgency}>
        {programme.standingAgencyUnitId ? (props.unitNames.get(programme.standingAgencyUnitId) ?? '') : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={m.programmes.committee} span={2}>
        {programme.committee.length === 0 ? (
          m.programmes.noCommittee
        ) : (
          <ul className="programme-committee" data-testid="programme-committee">
            {programme.committee.map((member) => (
              <li key={member.personId}>
                <Tag>{m.committeeRoles[member.role]}</Tag>
                {props.personNames.get(member.personId) ?? ''}
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
  );
}
