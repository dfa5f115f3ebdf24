import { group } from '../i18n/locale.ts';
import { labelsEn } from '../i18n/labels-en.ts';
import type { EntityName } from './registry.ts';

/** What each entity is called in English (the second locale): the twin of `entityLabels`. */
export const entityLabelsEn: Readonly<Record<EntityName, string>> = group(labelsEn, 'entity.');
