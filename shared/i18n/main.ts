import { translator, type MessageParams } from './locale.ts';
import { mainEn } from './main-en.ts';
import { mainVi, type MainKey } from './main-vi.ts';

export const mainCatalogues = { vi: mainVi, en: mainEn } as const;

/** A main-process text in `locale`: `mainText('en', 'dialog.saveBackup')`. */
export const mainText = translator(mainCatalogues);

/** A main-process text in Vietnamese, for answers that do not know the user's language. */
export function mainMessage(key: MainKey, params?: MessageParams): string {
  return mainText('vi', key, params);
}
