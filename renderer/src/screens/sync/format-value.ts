import { viHistory } from '../../i18n/vi-history.ts';

/** The words a bare value is shown with: the `history` texts of the user's language. */
export type ValueWords = Pick<typeof viHistory.history, 'empty' | 'yes' | 'no'>;

/**
 * A field value as a person reads it in the conflict inbox and the refused list; pass `m.history` for the
 * user's language (Vietnamese when not given).
 */
export function formatValue(value: unknown, words: ValueWords = viHistory.history): string {
  if (value === null || value === undefined || value === '') return words.empty;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  return JSON.stringify(value);
}
