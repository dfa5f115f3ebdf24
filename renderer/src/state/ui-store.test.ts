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
    ['#/tasks', 'tasks'],
    ['#/programmes/abc', 'programmes'],
    ['', 'home'],
    ['#/nowhere', 'home'],
    ['#token=abc', 'home'],
  ])('%s → %s', (hash, route) => expect(parseRoute(hash)).toBe(route));
});
