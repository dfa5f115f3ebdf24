export {
  addDays,
  daysBetween,
  daysInMonth,
  endOfMonth,
  endOfQuarter,
  isIsoDate,
  isLeapYear,
  ISO_DATE_PATTERN,
  parseIsoDate,
  toIsoDate,
} from './calendar-date.ts';
export type { IsoDate } from './calendar-date.ts';
export { compareVi, sortVi, viCollator } from './collate.ts';
export { formatDateTimeVi, formatDateVi, formatLongDateVi, formatTimeVi } from './date-format.ts';
export type { DateInput } from './date-format.ts';
export { parseDeadlineVi } from './deadline.ts';
export type { DeadlineKind, ParsedDeadline } from './deadline.ts';
export {
  HO_CHI_MINH_OFFSET_MS,
  hoChiMinhParts,
  hoChiMinhTimestamp,
  todayInHoChiMinh,
} from './ho-chi-minh-time.ts';
export { foldVietnamese, nfc, normalizeForCompare } from './normalize.ts';
export { DEFAULT_MAX_FRACTION_DIGITS, formatNumberVi, formatPercentVi } from './number-format.ts';
export { NumberParseError, parseNumberVi, tryParseNumberVi } from './parse-number.ts';
export { matchesSearch, searchRank, searchScore } from './search.ts';
export { describeUnsafeText, findUnsafeText, isSafeText, unsafeCharIn, utf8Length } from './unsafe-text.ts';
export type { UnsafeText, UnsafeTextKind } from './unsafe-text.ts';
