import { group } from '../i18n/locale.ts';
import { labelsVi } from '../i18n/labels-vi.ts';

/** Vietnamese names of record fields, for messages shown to users ("Tên: không được để trống"). */
export const fieldLabels: Readonly<Record<string, string>> = group(labelsVi, 'field.');
