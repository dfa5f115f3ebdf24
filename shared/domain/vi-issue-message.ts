import type { KeyedMessage, MessageParams } from '../i18n/locale.ts';
import { isValidationKey, validationText } from '../i18n/validation.ts';
import type { ValidationKey } from '../i18n/validation-vi.ts';

/** The parts of a zod issue the messages read (zod passes the raw issue to `error`). */
export interface RawIssue {
  code?: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  values?: readonly unknown[];
  keys?: readonly string[];
  format?: string;
  params?: Readonly<Record<string, unknown>>;
}

type Message = KeyedMessage<ValidationKey>;
const num = (value: number | bigint | undefined) => Number(value ?? 0);

function sizeMessage(issue: RawIssue, small: boolean): Message {
  const bound = small ? issue.minimum : issue.maximum;
  const strict = issue.inclusive === false;
  const params: MessageParams = small ? { min: num(bound) } : { max: num(bound) };
  if (issue.origin === 'string') {
    if (small && Number(bound) === 1) return { key: 'generic.empty' };
    return { key: small ? 'generic.stringMin' : 'generic.stringMax', params };
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    return { key: small ? 'generic.arrayMin' : 'generic.arrayMax', params };
  }
  if (small) return { key: strict ? 'generic.greater' : 'generic.notLess', params };
  return { key: strict ? 'generic.less' : 'generic.notGreater', params };
}

function typeMessage(issue: RawIssue): Message {
  if (issue.input === undefined) return { key: 'generic.required' };
  if (issue.expected === 'int') return { key: 'generic.int' };
  if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) return { key: 'generic.finite' };
  return issue.expected === undefined
    ? { key: 'generic.type' }
    : { key: 'generic.type', params: { type: issue.expected } };
}

const list = (items: readonly unknown[] | undefined) => (items ?? []).map((v) => String(v)).join(', ');

/** The keyed message for a zod issue of one of zod's own codes. */
export function genericIssueMessage(issue: RawIssue): Message {
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage(issue);
    case 'too_small':
      return sizeMessage(issue, true);
    case 'too_big':
      return sizeMessage(issue, false);
    case 'invalid_value':
      return { key: 'generic.oneOf', params: { values: list(issue.values) } };
    case 'unrecognized_keys':
      return { key: 'generic.unknownKeys', params: { keys: list(issue.keys) } };
    case 'invalid_format':
      return { key: 'generic.format' };
    case 'not_multiple_of':
      return { key: 'generic.multipleOf' };
    case 'invalid_union':
      return { key: 'generic.union' };
    default:
      return { key: 'generic.invalid' };
  }
}

/** Where an issue keeps its message's key and parameters: in its `params`, which zod copies as they are. */
export interface IssueKeyParams {
  messageKey: ValidationKey;
  messageParams?: MessageParams;
}

const keyParams = (message: Message): IssueKeyParams =>
  message.params === undefined
    ? { messageKey: message.key }
    : { messageKey: message.key, messageParams: message.params };

/**
 * The Vietnamese text of `message`, the key and parameters written into the raw issue's `params` so that
 * {@link issueText} can word it in another locale. zod reads the message before it copies the raw issue
 * into the one it reports, so the stamp travels with the issue.
 */
function stamped(issue: RawIssue, message: Message): string {
  (issue as { params?: unknown }).params = { ...issue.params, ...keyParams(message) };
  return validationText('vi', message);
}

/** The key and parameters a reported issue carries, when it was raised by one of our messages. */
export function issueKey(issue: RawIssue): Message | null {
  const key = issue.params?.messageKey;
  if (!isValidationKey(key)) return null;
  const params = issue.params?.messageParams;
  return params !== null && typeof params === 'object' ? { key, params: params as MessageParams } : { key };
}

/**
 * A Vietnamese message for a zod issue, used as the `error` option of every domain schema so that
 * messages read well in the UI ("không được để trống", "phải là một trong: …").
 */
export function viIssueMessage(issue: RawIssue): string {
  return stamped(issue, genericIssueMessage(issue));
}

/** The `error` option every domain schema is built with. */
export const viError = { error: viIssueMessage } as const;

/** The `error` option of a check with its own message: `.regex(PATTERN, keyedError('person.phone'))`. */
export function keyedError(key: ValidationKey, params?: MessageParams) {
  const message: Message = params === undefined ? { key } : { key, params };
  return { error: (issue: RawIssue) => stamped(issue, message) } as const;
}

/** The `error` option of a type check that says "required" when the value is missing, else `key`. */
export function requiredOr(key: ValidationKey) {
  return {
    error: (issue: RawIssue) =>
      stamped(issue, issue.input === undefined ? { key: 'generic.required' } : { key }),
  } as const;
}

/** What `ctx.addIssue` is given for a message of ours: its Vietnamese text and its key in `params`. */
export function keyedIssue(
  key: ValidationKey,
  params?: MessageParams,
): { message: string; params: IssueKeyParams } {
  const message: Message = params === undefined ? { key } : { key, params };
  return { message: validationText('vi', message), params: keyParams(message) };
}
