import { describe, expect, it } from 'vitest';
import { allCatalogues } from './catalogues.ts';
import { fill, LOCALES, placeholders } from './locale.ts';

describe.each(Object.entries(allCatalogues))('the %s catalogues', (_area, catalogues) => {
  const keys = Object.keys(catalogues.vi);

  it('have the same keys in every locale', () => {
    for (const locale of LOCALES) expect(Object.keys(catalogues[locale]).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('have a non-empty text for %s in both locales, with the same parameters', (key) => {
    for (const locale of LOCALES) {
      const text = (catalogues[locale] as Readonly<Record<string, string>>)[key];
      expect(typeof text === 'string' && text.trim() !== '', `${locale} ${key}`).toBe(true);
    }
    const vi = (catalogues.vi as Readonly<Record<string, string>>)[key] ?? '';
    const en = (catalogues.en as Readonly<Record<string, string>>)[key] ?? '';
    expect(placeholders(en)).toEqual(placeholders(vi));
  });
});

describe('fill', () => {
  it('puts the parameters in and leaves an unknown placeholder as written', () => {
    expect(fill('có mặt {attending}/{total}', { attending: 3, total: 5 })).toBe('có mặt 3/5');
    expect(fill('{missing} x')).toBe('{missing} x');
  });
});
