import { endOfMonth, endOfQuarter, isIsoDate, parseIsoDate, toIsoDate } from './calendar-date.ts';
import type { IsoDate } from './calendar-date.ts';
import { foldVietnamese, nfc } from './normalize.ts';

/**
 * How a deadline was phrased: within a month ("xong trong tháng 01/2022"), before a day ("trước ngày
 * 30/6/2022"), a quarter or part of a year ("quý I/2022", "6 tháng đầu năm 2022"), a whole year ("năm
 * 2022"), or a plain day ("15/01/2022").
 */
export type DeadlineKind = 'month' | 'before' | 'quarter' | 'year' | 'date';

export interface ParsedDeadline {
  /** The last day the work may be done on. */
  date: IsoDate;
  kind: DeadlineKind;
}

interface Rule {
  pattern: RegExp;
  read: (match: RegExpExecArray, referenceYear: number) => ParsedDeadline | null;
}

const SEP = String.raw`\s*[/.-]\s*`;
const YEAR_TAIL = String.raw`(?:${SEP}|\s+nam\s+)(\d{4})`;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function day(dd: string | undefined, mm: string | undefined, yyyy: string | undefined, ref: number) {
  const [d, m, y] = [Number(dd), Number(mm), yyyy === undefined ? ref : Number(yyyy)];
  try {
    return toIsoDate(y, m, d);
  } catch {
    return null;
  }
}

function monthEnd(mm: string | undefined, yyyy: string | undefined, ref: number): IsoDate | null {
  const month = Number(mm);
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  return endOfMonth(yyyy === undefined ? ref : Number(yyyy), month);
}

const withKind = (kind: DeadlineKind, date: IsoDate | null): ParsedDeadline | null =>
  date === null ? null : { date, kind };

/** Tried in order: the most specific phrase wins when a text holds several ("năm 2022 … tháng 01/2022"). */
const RULES: Rule[] = [
  {
    // "trước ngày 30/6/2022", "trước 30/6", "chậm nhất ngày 15/01/2022"
    pattern: new RegExp(
      String.raw`\b(?:truoc|cham nhat)(?:\s+ngay)?\s+(\d{1,2})${SEP}(\d{1,2})(?:${SEP}(\d{4}))?`,
    ),
    read: (m, ref) => withKind('before', day(m[1], m[2], m[3], ref)),
  },
  {
    // "trước tháng 6/2022": the end of the month before
    pattern: new RegExp(String.raw`\b(?:truoc|cham nhat)\s+thang\s+(\d{1,2})(?:${YEAR_TAIL})?`),
    read: (m, ref) => {
      const month = Number(m[1]);
      const year = m[2] === undefined ? ref : Number(m[2]);
      if (month < 1 || month > 12) return null;
      return { date: month === 1 ? endOfMonth(year - 1, 12) : endOfMonth(year, month - 1), kind: 'before' };
    },
  },
  {
    pattern: new RegExp(String.raw`(?<!\d)(\d{1,2})${SEP}(\d{1,2})${SEP}(\d{4})(?!\d)`),
    read: (m, ref) => withKind('date', day(m[1], m[2], m[3], ref)),
  },
  {
    pattern: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/,
    read: (m) => withKind('date', isIsoDate(m[0]) ? m[0] : null),
  },
  {
    pattern: /\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?/,
    read: (m, ref) => withKind('date', day(m[1], m[2], m[3], ref)),
  },
  {
    // "trong tháng 01/2022", "tháng 6 năm 2023", "cuối tháng 3"
    pattern: new RegExp(String.raw`\bthang\s+(\d{1,2})(?!\d)(?:${YEAR_TAIL})?`),
    read: (m, ref) => withKind('month', monthEnd(m[1], m[2], ref)),
  },
  {
    // "6 tháng đầu năm 2022", "9 tháng năm 2023": the end of the second or third quarter
    pattern: new RegExp(String.raw`(?<!\d)(6|9)\s+thang(?:\s+dau)?(?:\s+nam)?(?:\s+(\d{4}))?`),
    read: (m, ref) => ({
      date: endOfQuarter(m[2] === undefined ? ref : Number(m[2]), m[1] === '6' ? 2 : 3),
      kind: 'quarter',
    }),
  },
  {
    pattern: new RegExp(String.raw`\bquy\s+(iv|iii|ii|i|[1-4])(?![a-z0-9])(?:${YEAR_TAIL})?`),
    read: (m, ref) => {
      const quarter = ROMAN[m[1] ?? ''];
      if (quarter === undefined) return null;
      return { date: endOfQuarter(m[2] === undefined ? ref : Number(m[2]), quarter), kind: 'quarter' };
    },
  },
  {
    pattern: /\bnam\s+(\d{4})(?!\d)/,
    read: (m) => ({ date: endOfMonth(Number(m[1]), 12), kind: 'year' }),
  },
  {
    // "15/01": a day of the reference year
    pattern: new RegExp(String.raw`(?<![\d/.-])(\d{1,2})${SEP}(\d{1,2})(?![\d/.-])`),
    read: (m, ref) => withKind('date', day(m[1], m[2], undefined, ref)),
  },
];

/**
 * The date a Vietnamese deadline phrase stands for, or null when none is found. Tolerant of case and
 * missing diacritics ("xong trong thang 01/2022"); a phrase without a year takes the year of
 * `referenceDate` ('YYYY-MM-DD', usually the day the task was assigned). "Trước ngày 30/6" counts as
 * due on 30/6 itself, as offices read it.
 */
export function parseDeadlineVi(text: string, referenceDate: IsoDate): ParsedDeadline | null {
  const referenceYear = parseIsoDate(referenceDate).year;
  const folded = foldVietnamese(nfc(text)).replace(/\s+/g, ' ');
  for (const rule of RULES) {
    const match = rule.pattern.exec(folded);
    if (!match) continue;
    const parsed = rule.read(match, referenceYear);
    if (parsed) return parsed;
  }
  return null;
}
