import { translator, type MessageParams } from './locale.ts';
import { serverEn } from './server-en.ts';
import { serverVi, type ServerKey } from './server-vi.ts';

export const serverCatalogues = { vi: serverVi, en: serverEn } as const;

/** A server text in `locale`: `serverText('vi', 'admin.noUser', { username })`. */
export const serverText = translator(serverCatalogues);

/** A server text in Vietnamese, the language the server answers in unless told otherwise. */
export function serverMessage(key: ServerKey, params?: MessageParams): string {
  return serverText('vi', key, params);
}
