import { group, type Locale } from './locale.ts';
import { labelsEn } from './labels-en.ts';
import { labelsVi } from './labels-vi.ts';

export const labelCatalogues = { vi: labelsVi, en: labelsEn } as const;

/** The names of one group in `locale`, keyed by what they name: `labelGroup('en', 'field.').name` is "Name". */
export function labelGroup<P extends string>(locale: Locale, prefix: P) {
  return group(labelCatalogues[locale], prefix);
}
