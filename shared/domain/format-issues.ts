import type { Locale } from '../i18n/locale.ts';
import { labelGroup } from '../i18n/labels.ts';
import { validationText } from '../i18n/validation.ts';
import { genericIssueMessage, issueKey, type RawIssue } from './vi-issue-message.ts';

/** What {@link formatZodIssues} reads: a ZodError, or anything with its `issues`. */
export interface IssueList {
  issues: readonly (RawIssue & { path: readonly PropertyKey[]; message: string })[];
}

const FIELD_LABELS = { vi: labelGroup('vi', 'field.'), en: labelGroup('en', 'field.') } as const;

function pathLabel(path: readonly PropertyKey[], locale: Locale): string {
  const labels: Readonly<Record<string, string>> = FIELD_LABELS[locale];
  const parts: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') {
      const label = parts.pop() ?? validationText(locale, { key: 'path.item' });
      parts.push(validationText(locale, { key: 'path.nth', params: { label, n: String(key + 1) } }));
    } else {
      const name = String(key);
      parts.push(labels[name] ?? name);
    }
  }
  return parts.join(' › ');
}

const ZOD_CODES = new Set([
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_value',
  'unrecognized_keys',
  'invalid_format',
  'not_multiple_of',
  'invalid_union',
]);

/**
 * An issue's message in `locale`: the key it carries looked up; without one (a schema that words its own
 * message) the message itself in Vietnamese, and in English the generic message for zod's own codes.
 */
export function issueText(issue: RawIssue & { message: string }, locale: Locale = 'vi'): string {
  const keyed = issueKey(issue);
  if (keyed) return validationText(locale, keyed);
  if (locale === 'vi' || !ZOD_CODES.has(issue.code ?? '')) return issue.message;
  return validationText(locale, genericIssueMessage(issue));
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The issues of a failed parse as lines a user can read: "Tên: không được để trống",
 * "Ban Chủ nhiệm (mục 2) › Vai trò: phải là một trong: chair, vice_chair, member"; in English with
 * `locale: 'en'` ("Name: must not be empty").
 */
export function formatZodIssues(error: IssueList, locale: Locale = 'vi'): string[] {
  return error.issues.map((issue) => {
    const label = pathLabel(issue.path, locale);
    const message = issueText(issue, locale);
    return label === '' ? capitalise(message) : `${label}: ${message}`;
  });
}
