/**
 * PostgreSQL refusing text a request brought: a NUL (`22021`, invalid byte sequence; `22P05`, a `\u0000`
 * escape in json) or a character it cannot store. The routes check their input before any query, so this
 * is only the safety net for a check that was missed: the answer is then a 400 the client shows, not a 500
 * it retries forever. Drizzle wraps the driver's error, so the causes are searched.
 */
const REFUSED_TEXT_CODES: ReadonlySet<string> = new Set(['22021', '22P05']);

export function isRefusedText(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const code: unknown = 'code' in current ? current.code : undefined;
    if (typeof code === 'string' && REFUSED_TEXT_CODES.has(code)) return true;
    current = 'cause' in current ? current.cause : undefined;
  }
  return false;
}
