import { z } from 'zod';
import { formatZodIssues } from '../../shared/domain/format-issues.ts';
import { SYNC_SCHEMA_VERSION } from '../../shared/sync/protocol.ts';
import { httpErrors } from './errors.ts';
import { serverMessage } from '../../shared/i18n/server.ts';

/** Zod's own messages in Vietnamese, for issues the shared schemas do not word themselves. */
const vietnamese = z.locales.vi().localeError;

const MAX_LISTED_ISSUES = 5;

/** Parses a request body (or query) with a shared schema; a 400 with readable reasons otherwise. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input, { error: vietnamese });
  if (parsed.success) return parsed.data;
  const issues = formatZodIssues(parsed.error);
  const listed = issues.slice(0, MAX_LISTED_ISSUES).join('; ');
  const more = issues.length - MAX_LISTED_ISSUES;
  throw httpErrors.invalid(
    more > 0
      ? serverMessage('http.invalidBodyMore', { issues: listed, more })
      : serverMessage('http.invalidBody', { issues: listed }),
  );
}

/**
 * A sync request from a client that speaks a protocol version the route does not take (`accepted`, the
 * current one unless said) is answered 426 before anything else is read: a newer client may send fields
 * this server does not know, an older one may not understand the answer.
 */
export function requireSchemaVersion(
  body: unknown,
  accepted: readonly number[] = [SYNC_SCHEMA_VERSION],
): void {
  if (typeof body !== 'object' || body === null || !('schemaVersion' in body)) return;
  const version = body.schemaVersion;
  if (typeof version === 'number' && !accepted.includes(version)) throw httpErrors.schemaVersion();
}
