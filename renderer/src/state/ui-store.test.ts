import { describe, expect, it } from 'vitest';
import { FONT_SCALE_MAX, FONT_SCALE_MIN } from '../../../shared/ipc/settings.ts';
import { parseRoute } from './router.ts';
import { stepFontScale } from './ui-store.ts';

describe('stepFontScale', () => {
  it('steps by a tenth without floating-point dust', () => {
    expect(stepFontScale(1, 1)).toBe(1.1);
    expect(stepFontScale(1.1, 1)).toBe(1.2);
    expect(stepFontScale(1.2, -1)).toBe(1.1);
  });

  it('stays within the allowed range', () => {
    expect(stepFontScale(FONT_SCALE_MAX, 1)).toBe(FONT_SCALE_MAX);
    expect(stepFontScale(FONT_SCALE_MIN, -1)).toBe(FONT_SCALE_MIN);
  });
});

describe('parseRoute', () => {
  it.each([
    ['#/tasks', 'tasks', null],
    [
      '#/programmes/0190f5a0-0000-7000-8000-000000000001',
      'programmes',
      '0190f5a0-0000-7000-8000-000000000001',
    ],
    ['#/meetings/<script>', 'meetings', null],
    ['', 'home', null],
    ['#/nowhere', 'home', null],
    ['#token=abc', 'home', null],
  ])('%s → %s', (hash, name, id) => expect(parseRoute(hash)).toEqual({ name, id }));
});
