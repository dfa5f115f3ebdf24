import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import { formatDateVi } from '../../../../shared/text/date-format.ts';
import { parseDeadlineVi, type ParsedDeadline } from '../../../../shared/text/deadline.ts';
import type { Messages } from '../../i18n/vi.ts';

/** The date a deadline phrase names, or null when it is blank or not understood. */
export function parseDeadlinePhrase(text: string, today: IsoDate): ParsedDeadline | null {
  return text.trim() ? parseDeadlineVi(text, today) : null;
}

/** The line under a deadline phrase: an example while it is blank, then the date read from it (or that none was). */
export function deadlineHint(m: Messages['tasks'], text: string, parsed: ParsedDeadline | null): string {
  if (!text.trim()) return m.deadlineHint;
  return parsed ? m.deadlineParsed(formatDateVi(parsed.date)) : m.deadlineUnknown;
}
