import { newTaskDefaults } from '../../../../shared/domain/task.ts';
import type { EntityInputOf } from '../../../../shared/domain/registry.ts';
import type { Conclusion } from '../../../../shared/domain/meeting-record.ts';
import type { Meeting } from '../../../../shared/domain/meeting.ts';
import { meetingSpace } from '../../../../shared/domain/space.ts';
import type { ParsedDeadline } from '../../../../shared/text/deadline.ts';

/** What "Giao nhiệm vụ" asks for. */
export interface AssignForm {
  title: string;
  leadUnitId: string;
  cooperatingUnitIds: string[];
  deadlineText: string;
}

/**
 * The task a conclusion becomes: in the meeting's space, linked back to the conclusion, assigned by the
 * chair, not started. The deadline keeps the meeting's words next to the date read from them.
 */
export function taskFromConclusion(
  meeting: Meeting,
  conclusion: Conclusion,
  values: AssignForm,
  parsed: ParsedDeadline | null,
): Omit<EntityInputOf<'task'>, 'id'> {
  return {
    spaceId: meetingSpace(meeting.id),
    title: values.title,
    description: '',
    source: { kind: 'conclusion', meetingId: meeting.id, conclusionId: conclusion.id },
    leadUnitId: values.leadUnitId,
    cooperatingUnitIds: values.cooperatingUnitIds ?? [],
    responsiblePersonId: null,
    assignedByPersonId: meeting.chairPersonId,
    deadline: parsed?.date ?? null,
    deadlineText: values.deadlineText.trim() || null,
    ...newTaskDefaults,
  };
}
