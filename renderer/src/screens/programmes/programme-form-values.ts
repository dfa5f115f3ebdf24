import type { CommitteeRole, Programme } from '../../../../shared/domain/programme.ts';
import { programmeSchema } from '../../../../shared/domain/programme.ts';
import { programmeSpace } from '../../../../shared/domain/space.ts';

/** What the programme form holds while it is being filled in. */
export interface ProgrammeFormValues {
  code: string;
  title: string;
  termStart: number | null;
  termEnd: number | null;
  issuingBody: string;
  higherProgrammeCode: string;
  committee: { personId?: string; role?: CommitteeRole }[];
  standingAgencyUnitId?: string | null;
}

export type FormIssue = { name: (string | number)[]; message: string };

/** The form's values for a programme (or blank ones for a new programme of the current term). */
export function formValuesOf(
  programme: Programme | null,
  issuingBody: string,
  year: number,
): ProgrammeFormValues {
  if (!programme) {
    const termStart = year - ((((year - 2020) % 5) + 5) % 5);
    return {
      code: '',
      title: '',
      termStart,
      termEnd: termStart + 5,
      issuingBody,
      higherProgrammeCode: '',
      committee: [],
      standingAgencyUnitId: null,
    };
  }
  return {
    code: programme.code,
    title: programme.title,
    termStart: programme.termStart,
    termEnd: programme.termEnd,
    issuingBody: programme.issuingBody,
    higherProgrammeCode: programme.higherProgrammeCode ?? '',
    committee: programme.committee.map((member) => ({ ...member })),
    standingAgencyUnitId: programme.standingAgencyUnitId,
  };
}

/** The record fields the form's values stand for (ids and space left to the caller). */
export function programmeFieldsOf(values: ProgrammeFormValues) {
  return {
    code: values.code.trim(),
    title: values.title,
    termStart: values.termStart ?? undefined,
    termEnd: values.termEnd ?? undefined,
    issuingBody: values.issuingBody,
    higherProgrammeCode: values.higherProgrammeCode.trim() === '' ? null : values.higherProgrammeCode.trim(),
    committee: values.committee.map((member) => ({
      personId: member.personId,
      role: member.role ?? 'member',
    })),
    standingAgencyUnitId: values.standingAgencyUnitId ?? null,
  };
}

/**
 * Checks the form against the programme schema and returns its Vietnamese messages by form field
 * (`['committee', 1, 'personId']`); an empty list when the programme may be saved.
 */
export function programmeFormIssues(values: ProgrammeFormValues, id: string): FormIssue[] {
  const parsed = programmeSchema.safeParse({ id, spaceId: programmeSpace(id), ...programmeFieldsOf(values) });
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({
    name: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: issue.message,
  }));
}
