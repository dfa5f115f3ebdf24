import type { Locale } from '../../../../shared/ipc/settings.ts';
import { fieldLabelsEn } from '../../../../shared/domain/field-labels-en.ts';
import { fieldLabels } from '../../../../shared/domain/field-labels.ts';
import { formatRefusal } from '../../../../shared/sync/refusal-messages.ts';
import type { RejectedEntry } from '../../db/local-db.ts';
import { formatValue } from './format-value.ts';

/** The refusal in the user's language when the server sent it as a code; its Vietnamese text otherwise. */
export function reasonOf(entry: RejectedEntry, locale: Locale): string {
  return (entry.message && formatRefusal(entry.message, locale)) ?? entry.reason;
}

/** The user's refused values as [field label, value] pairs; a refused delete is one line with no value. */
export function rejectedValues(entry: RejectedEntry, locale: Locale): Array<[string, string]> {
  const labels = locale === 'vi' ? fieldLabels : fieldLabelsEn;
  return entry.deleted
    ? [[locale === 'vi' ? 'Xoá bản ghi' : 'Delete the record', '']]
    : Object.entries(entry.fields).map(([field, value]) => [labels[field] ?? field, formatValue(value)]);
}

/** The refused values as plain text for the clipboard, one field a line. */
export function rejectedValuesText(entry: RejectedEntry, locale: Locale): string {
  return rejectedValues(entry, locale)
    .map(([label, value]) => (value ? `${label}: ${value}` : label))
    .join('\n');
}
