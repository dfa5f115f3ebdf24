import { describe, expect, it } from 'vitest';
import { parseRange } from './range.ts';

describe('parseRange', () => {
  const size = 1000;
  it.each([
    [undefined, { kind: 'full' }],
    ['bytes=0-99', { kind: 'partial', start: 0, end: 99 }],
    ['bytes=900-', { kind: 'partial', start: 900, end: 999 }],
    ['bytes=-100', { kind: 'partial', start: 900, end: 999 }],
    ['bytes=-5000', { kind: 'partial', start: 0, end: 999 }],
    ['bytes=990-5000', { kind: 'partial', start: 990, end: 999 }],
    ['bytes = 10-19', { kind: 'partial', start: 10, end: 19 }],
    ['Bytes=10-19', { kind: 'partial', start: 10, end: 19 }],
    ['items=0-1', { kind: 'full' }],
    ['bytes=1000-', { kind: 'unsatisfiable' }],
    ['bytes=20-10', { kind: 'unsatisfiable' }],
    ['bytes=-0', { kind: 'unsatisfiable' }],
    ['bytes=-', { kind: 'unsatisfiable' }],
    ['bytes=0-1,3-4', { kind: 'unsatisfiable' }],
    ['bytes=x-1', { kind: 'unsatisfiable' }],
  ])('%s', (header, expected) => {
    expect(parseRange(header, size)).toEqual(expected);
  });

  it('an empty file has no range to give', () => {
    expect(parseRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=-1', 0)).toEqual({ kind: 'unsatisfiable' });
  });

  it('If-Range other than the ETag asks for the whole file', () => {
    expect(parseRange('bytes=5-', size, '"abc"', '"abc"')).toEqual({ kind: 'partial', start: 5, end: 999 });
    expect(parseRange('bytes=5-', size, '"old"', '"abc"')).toEqual({ kind: 'full' });
  });
});
