import { describe, expect, it } from 'vitest';
import { FONT_SCALE_MAX, FONT_SCALE_MIN } from '../../../shared/ipc/settings.ts';
import { parseRoute, routeHref } from './router.ts';
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
  ])('%s → %s', (hash, name, id) => expect(parseRoute(hash)).toMatchObject({ name, id }));

  it('reads the query of a saved view and drops what it does not trust', () => {
    expect(parseRoute('#/tasks?view=my-unit')).toEqual({
      name: 'tasks',
      id: null,
      query: { view: 'my-unit' },
    });
    expect(parseRoute('#/tasks/abc?view=overdue&x%3Cy=1').query).toEqual({ view: 'overdue' });
    expect(parseRoute('#/nowhere?view=all').query).toEqual({});
    expect(parseRoute(`#/tasks?view=${'a'.repeat(201)}`).query).toEqual({});
  });

  it('writes a query back that parses to the same route', () => {
    const href = routeHref('tasks', null, { view: 'this-week', group: '' });
    expect(href).toBe('#/tasks?view=this-week');
    expect(parseRoute(href)).toEqual({ name: 'tasks', id: null, query: { view: 'this-week' } });
    expect(routeHref('home', null, {})).toBe('#/');
  });
});
