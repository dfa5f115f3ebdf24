import type { Catalogues } from './locale.ts';
import { domainCatalogues } from './domain.ts';
import { labelCatalogues } from './labels.ts';
import { mainCatalogues } from './main.ts';
import { serverCatalogues } from './server.ts';
import { validationCatalogues } from './validation.ts';

/** Every area's catalogues, for the test that each key has a text in both locales. */
export const allCatalogues: Readonly<Record<string, Catalogues<string>>> = {
  validation: validationCatalogues,
  labels: labelCatalogues,
  domain: domainCatalogues,
  server: serverCatalogues,
  main: mainCatalogues,
};
