import { formatNumberEn, formatNumberVi } from '../text/number-format.ts';
import { fill, type KeyedMessage, type Locale, type MessageParams } from './locale.ts';
import { validationEn } from './validation-en.ts';
import { validationVi, type ValidationKey } from './validation-vi.ts';

export const validationCatalogues = { vi: validationVi, en: validationEn } as const;

export function isValidationKey(key: unknown): key is ValidationKey {
  return typeof key === 'string' && Object.hasOwn(validationVi, key);
}

const NUMBER: Record<Locale, (n: number) => string> = { vi: formatNumberVi, en: formatNumberEn };

function typeName(locale: Locale, expected: string | number | undefined): string {
  const key = `typeName.${expected ?? ''}`;
  if (isValidationKey(key)) return validationCatalogues[locale][key];
  return expected === undefined ? validationCatalogues[locale]['typeName.other'] : String(expected);
}

/**
 * The text of a check's message in `locale`. Numbers are written the locale's way ("1.000" / "1,000"),
 * and the `type` of "phải là {type}" is a zod type name, put into words here.
 */
export function validationText(locale: Locale, message: KeyedMessage<ValidationKey>): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    params[name] = typeof value === 'number' && Number.isFinite(value) ? NUMBER[locale](value) : value;
  }
  if (message.key === 'generic.type') params.type = typeName(locale, message.params?.type);
  return fill(validationCatalogues[locale][message.key], params satisfies MessageParams);
}
