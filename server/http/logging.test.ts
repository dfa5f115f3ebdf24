import { describe, expect, it } from 'vitest';
import { loggerOptions, redactUrl } from './logging.ts';

describe('request logging', () => {
  it('masks access tokens in URLs', () => {
    expect(redactUrl('/sync/live?token=v1.abc.def')).toBe('/sync/live?token=***');
    expect(redactUrl('/x?a=1&token=secret&b=2')).toBe('/x?a=1&token=***&b=2');
    expect(redactUrl('/me')).toBe('/me');
  });

  it('keeps a silent logger silent and adds the serializer otherwise', () => {
    expect(loggerOptions(false)).toBe(false);
    expect(loggerOptions(undefined)).toBe(false);
    expect(loggerOptions({ level: 'warn' })).toMatchObject({
      level: 'warn',
      serializers: { req: expect.any(Function) },
    });
  });
});
