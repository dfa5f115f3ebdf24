import { translator } from './locale.ts';
import { domainEn } from './domain-en.ts';
import { domainVi } from './domain-vi.ts';

export const domainCatalogues = { vi: domainVi, en: domainEn } as const;

/** A domain phrase in `locale`: `domainText('vi', 'rollCall.label', { attending: 3, total: 5 })`. */
export const domainText = translator(domainCatalogues);
