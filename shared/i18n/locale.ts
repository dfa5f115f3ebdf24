/**
 * The two languages of the app's text, and how a keyed message becomes text. Every area of shared and
 * server text keeps a Vietnamese catalogue (the first language, the source of the keys) and an English
 * one that must have exactly its keys; a message is `{ key, params }`, its text a template whose
 * `{name}` placeholders are filled from the params.
 */
export type Locale = 'vi' | 'en';

export const LOCALES: readonly Locale[] = ['vi', 'en'];

/** What fills a template's `{name}` placeholders. Numbers are written as they are (`String`). */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A message that travels without its words: a catalogue key and the template's parameters. */
export interface KeyedMessage<K extends string = string> {
  key: K;
  params?: MessageParams;
}

/** A catalogue: one template per key. An English catalogue is typed `Catalogue<keyof typeof vi>`. */
export type Catalogue<K extends string> = { readonly [P in K]: string };

/** Both locales of one area, the English typed against the Vietnamese keys. */
export type Catalogues<K extends string> = Readonly<Record<Locale, Catalogue<K>>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The template with its placeholders filled; a placeholder without a parameter stays as written. */
export function fill(template: string, params: MessageParams = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The placeholder names of a template, for the test that both locales take the same parameters. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').sort();
}

/** A lookup for one area: `text('vi', key, params)`. */
export function translator<K extends string>(catalogues: Catalogues<K>) {
  return (locale: Locale, key: K, params?: MessageParams): string => fill(catalogues[locale][key], params);
}

/** The entries of a catalogue whose keys start with `prefix`, the prefix dropped ("field.name" → "name"). */
export function group<K extends string, P extends string>(
  catalogue: Catalogue<K>,
  prefix: P,
): Readonly<Record<K extends `${P}${infer Rest}` ? Rest : never, string>> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries<string>(catalogue)) {
    if (key.startsWith(prefix)) out[key.slice(prefix.length)] = text;
  }
  return out as Readonly<Record<K extends `${P}${infer Rest}` ? Rest : never, string>>;
}
