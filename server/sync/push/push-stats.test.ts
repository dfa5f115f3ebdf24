import { describe, expect, it } from 'vitest';
import { createPushStats, NO_PUSH_STATS } from './push-stats.ts';

/** Stage timings as an object per owner: its own totals, its own timer, written out when stopped. */
describe('push stats', () => {
  it('writes its totals every interval, the rest when stopped, and nothing after', async () => {
    const lines: string[] = [];
    const stats = createPushStats({ enabled: true, log: (line) => lines.push(line), intervalMs: 10 });
    stats.record('groups', 1);
    stats.record('groups', 1);
    const lap = stats.stopwatch();
    lap('read');
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual([
      { event: 'push.stats', groups: 2, readMs: expect.any(Number) as number },
    ]);
    stats.record('pushes', 3);
    stats.stop();
    stats.record('pushes', 4);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(lines.slice(1).map((line) => JSON.parse(line) as unknown)).toEqual([
      { event: 'push.stats', pushes: 3 },
    ]);
  });

  it('records nothing when off', () => {
    const lines: string[] = [];
    const stats = createPushStats({ enabled: false, log: (line) => lines.push(line), intervalMs: 10 });
    expect(stats).toBe(NO_PUSH_STATS);
    stats.record('groups', 1);
    stats.stopwatch()('read');
    stats.stop();
    expect(lines).toEqual([]);
  });

  it('keeps apart totals for two owners', () => {
    const lines = { a: [] as string[], b: [] as string[] };
    const a = createPushStats({ enabled: true, log: (line) => lines.a.push(line) });
    const b = createPushStats({ enabled: true, log: (line) => lines.b.push(line) });
    a.record('groups', 1);
    b.record('groups', 5);
    a.stop();
    b.stop();
    expect(lines).toEqual({
      a: ['{"event":"push.stats","groups":1}'],
      b: ['{"event":"push.stats","groups":5}'],
    });
  });
});
