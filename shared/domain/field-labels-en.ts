import { group } from '../i18n/locale.ts';
import { labelsEn } from '../i18n/labels-en.ts';

/**
 * English names of record fields, key for key with `fieldLabels` (Vietnamese), for messages shown to a
 * user who chose English (refusals from the server are worded on the client, in its language).
 */
export const fieldLabelsEn: Readonly<Record<string, string>> = group(labelsEn, 'field.');
