import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from './static-files.ts';

const root = '/srv/renderer';

describe('resolveStaticPath', () => {
  it('maps / to index.html and keeps paths inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/index-abc.js?v=1')).toBe(join(root, 'assets/index-abc.js'));
  });

  it.each([
    '/../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/..%2f..%2fsecret',
    '/a%00.js',
    '/%E0%A4%A',
    '/..\\..\\win.ini',
  ])('refuses %s', (path) => {
    expect(resolveStaticPath(root, path)).toBeNull();
  });
});
