import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjustedNow } from './adjusted-now.ts';
import {
  HlcCounterOverflowError,
  HlcDriftError,
  HlcError,
  HlcParseError,
  HlcTimeError,
} from './hlc-errors.ts';
import { compareHlc, formatHlc, hlcSchema, maxHlc, parseHlc } from './hlc-stamp.ts';
import { createHlc, HLC_DEFAULT_MAX_DRIFT_MS, hlcReceive, hlcStampOf, hlcTick, randomNodeId } from './hlc.ts';
import type { HlcState } from './hlc.ts';

const NODE_A = '00000000000000aa';
const NODE_B = '00000000000000bb';
const T0 = 1_640_000_000_000;

describe('stamps', () => {
  it('format as 15 decimal digits, 4 hex digits and the node id', () => {
    const stamp = formatHlc({ wallMs: T0, counter: 26, nodeId: NODE_A });
    expect(stamp).toBe('001640000000000-001a-00000000000000aa');
    expect(parseHlc(stamp)).toEqual({ wallMs: T0, counter: 26, nodeId: NODE_A });
    expect(hlcSchema.safeParse(stamp).success).toBe(true);
  });

  it('sort as strings in the order of (wallMs, counter, nodeId)', () => {
    const part = fc.record({
      wallMs: fc.integer({ min: 0, max: 999_999_999_999_999 }),
      counter: fc.integer({ min: 0, max: 0xffff }),
      nodeId: fc.constantFrom(NODE_A, NODE_B),
    });
    fc.assert(
      fc.property(part, part, (a, b) => {
        const byParts =
          Math.sign(a.wallMs - b.wallMs) ||
          Math.sign(a.counter - b.counter) ||
          (a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0);
        expect(compareHlc(formatHlc(a), formatHlc(b))).toBe(byParts === 0 ? 0 : byParts);
      }),
    );
  });

  it('refuses malformed stamps with a typed error', () => {
    for (const bad of [
      '',
      '1640000000000-0001-00000000000000aa',
      '001640000000000-001A-00000000000000aa',
      'x',
    ]) {
      expect(() => parseHlc(bad)).toThrow(HlcParseError);
      expect(hlcSchema.safeParse(bad).error?.issues[0]?.message).toBe('dấu thời gian HLC không hợp lệ');
    }
    expect(() => compareHlc('nope', formatHlc({ wallMs: 1, counter: 0, nodeId: NODE_A }))).toThrow(HlcError);
    expect(() => formatHlc({ wallMs: -1, counter: 0, nodeId: NODE_A })).toThrow(HlcTimeError);
    expect(() => formatHlc({ wallMs: 1, counter: 0x10000, nodeId: NODE_A })).toThrow(RangeError);
    expect(() => formatHlc({ wallMs: 1, counter: 0, nodeId: 'AA' })).toThrow(RangeError);
  });

  it('maxHlc picks the later stamp', () => {
    const a = formatHlc({ wallMs: 5, counter: 1, nodeId: NODE_A });
    const b = formatHlc({ wallMs: 5, counter: 2, nodeId: NODE_A });
    expect(maxHlc(a, b)).toBe(b);
    expect(maxHlc(b, a)).toBe(b);
  });
});

describe('hlcTick', () => {
  it('follows the wall clock and counts within one millisecond', () => {
    let clock = createHlc(NODE_A);
    const first = hlcTick(clock, T0);
    expect(parseHlc(first.stamp)).toEqual({ wallMs: T0, counter: 0, nodeId: NODE_A });
    clock = first.state;
    const second = hlcTick(clock, T0);
    expect(parseHlc(second.stamp).counter).toBe(1);
    const backwards = hlcTick(second.state, T0 - 60_000);
    expect(parseHlc(backwards.stamp)).toMatchObject({ wallMs: T0, counter: 2 });
    expect(hlcStampOf(backwards.state)).toBe(backwards.stamp);
  });

  it('raises a typed overflow error after 65 536 events in one logical millisecond', () => {
    const full: HlcState = { wallMs: T0, counter: 0xffff, nodeId: NODE_A };
    expect(() => hlcTick(full, T0)).toThrow(HlcCounterOverflowError);
    expect(() => hlcTick(full, T0 - 5)).toThrow(expect.objectContaining({ code: 'counter_overflow' }));
    const advanced = hlcTick(full, T0, { onCounterOverflow: 'advance' });
    expect(advanced.state).toEqual({ wallMs: T0 + 1, counter: 0, nodeId: NODE_A });
    expect(hlcTick(full, T0 + 1).state).toEqual({ wallMs: T0 + 1, counter: 0, nodeId: NODE_A });
  });

  it('refuses unusable wall times', () => {
    for (const bad of [Number.NaN, -1, 1.5, Infinity, 1e16]) {
      expect(() => hlcTick(createHlc(NODE_A), bad)).toThrow(HlcTimeError);
    }
  });

  it('refuses a bad node id', () => {
    expect(() => createHlc('node-1')).toThrow(RangeError);
    expect(randomNodeId()).toMatch(/^[0-9a-f]{16}$/);
    expect(randomNodeId((n) => new Uint8Array(n).fill(171))).toBe('abababababababab');
  });
});

describe('hlcReceive', () => {
  it('moves past a remote stamp ahead of us', () => {
    const remote = formatHlc({ wallMs: T0 + 5000, counter: 7, nodeId: NODE_B });
    const state = hlcReceive(createHlc(NODE_A), remote, T0);
    expect(state).toEqual({ wallMs: T0 + 5000, counter: 8, nodeId: NODE_A });
    expect(hlcTick(state, T0).stamp > remote).toBe(true);
  });

  it('takes the larger counter when all three clocks agree', () => {
    const state: HlcState = { wallMs: T0, counter: 3, nodeId: NODE_A };
    expect(hlcReceive(state, { wallMs: T0, counter: 9, nodeId: NODE_B }, T0).counter).toBe(10);
    expect(hlcReceive(state, { wallMs: T0 - 1, counter: 9, nodeId: NODE_B }, T0 - 10).counter).toBe(4);
    expect(hlcReceive(state, { wallMs: T0 - 1, counter: 9, nodeId: NODE_B }, T0 + 10)).toEqual({
      wallMs: T0 + 10,
      counter: 0,
      nodeId: NODE_A,
    });
  });

  it('refuses a remote clock more than the allowed drift ahead, with the figures', () => {
    const ahead = formatHlc({ wallMs: T0 + HLC_DEFAULT_MAX_DRIFT_MS + 1, counter: 0, nodeId: NODE_B });
    const error = (() => {
      try {
        hlcReceive(createHlc(NODE_A), ahead, T0);
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(HlcDriftError);
    expect(error).toMatchObject({ code: 'clock_drift', wallNow: T0, maxDriftMs: HLC_DEFAULT_MAX_DRIFT_MS });
    const justInside = formatHlc({ wallMs: T0 + HLC_DEFAULT_MAX_DRIFT_MS, counter: 0, nodeId: NODE_B });
    expect(hlcReceive(createHlc(NODE_A), justInside, T0).wallMs).toBe(T0 + HLC_DEFAULT_MAX_DRIFT_MS);
    const oneMinute = { maxDriftMs: 60_000 };
    const twoMinutes = formatHlc({ wallMs: T0 + 120_000, counter: 0, nodeId: NODE_B });
    expect(() => hlcReceive(createHlc(NODE_A), twoMinutes, T0, oneMinute)).toThrow(HlcDriftError);
  });

  it('refuses a malformed remote stamp', () => {
    expect(() => hlcReceive(createHlc(NODE_A), 'garbage', T0)).toThrow(HlcParseError);
  });

  it('raises overflow when the merged counter does not fit', () => {
    const remote = formatHlc({ wallMs: T0, counter: 0xffff, nodeId: NODE_B });
    expect(() => hlcReceive(createHlc(NODE_A), remote, T0 - 1)).toThrow(HlcCounterOverflowError);
    expect(hlcReceive(createHlc(NODE_A), remote, T0 - 1, { onCounterOverflow: 'advance' }).wallMs).toBe(
      T0 + 1,
    );
  });
});

type Step =
  | { kind: 'tick'; node: number; wall: number }
  | { kind: 'receive'; node: number; from: number; wall: number };

const wall = fc.integer({ min: T0 - 1_000_000, max: T0 + 1_000_000 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('tick' as const), node: fc.integer({ min: 0, max: 2 }), wall }),
  fc.record({
    kind: fc.constant('receive' as const),
    node: fc.integer({ min: 0, max: 2 }),
    from: fc.nat(),
    wall,
  }),
);

describe('HLC properties', () => {
  it('stamps strictly increase per node and follow every stamp received, whatever the wall clocks do', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 300 }), (steps) => {
        const nodes = ['000000000000000a', '000000000000000b', '000000000000000c'];
        const clocks = nodes.map((id) => createHlc(id));
        const last = nodes.map(() => '');
        const sent: string[] = [];
        for (const s of steps) {
          const clock = clocks[s.node];
          if (!clock) continue;
          if (s.kind === 'tick') {
            const { state, stamp } = hlcTick(clock, s.wall);
            expect(stamp > (last[s.node] ?? '')).toBe(true);
            last[s.node] = stamp;
            clocks[s.node] = state;
            sent.push(stamp);
          } else if (sent.length > 0) {
            const remote = sent[s.from % sent.length] ?? '';
            const state = hlcReceive(clock, remote, s.wall);
            expect(hlcStampOf(state) > remote).toBe(true);
            expect(hlcStampOf(state) > hlcStampOf(clock)).toBe(true);
            last[s.node] = hlcStampOf(state);
            clocks[s.node] = state;
          }
        }
        expect(new Set(sent).size).toBe(sent.length);
      }),
    );
  });

  it('a stamp issued after a receive sorts after the received stamp', () => {
    fc.assert(
      fc.property(
        wall,
        wall,
        wall,
        fc.integer({ min: 0, max: 0xfffd }),
        (remoteWall, receiveWall, tickWall, counter) => {
          const remote = formatHlc({ wallMs: remoteWall, counter, nodeId: NODE_B });
          const merged = hlcReceive(createHlc(NODE_A), remote, receiveWall);
          const { stamp } = hlcTick(merged, tickWall);
          expect(compareHlc(stamp, remote)).toBe(1);
          expect(parseHlc(stamp).wallMs).toBeGreaterThanOrEqual(Math.max(remoteWall, receiveWall));
        },
      ),
    );
  });
});

describe('adjustedNow', () => {
  it('adds the measured server offset and rounds to whole ms', () => {
    expect(adjustedNow(T0, 1500.4)).toBe(T0 + 1500);
    expect(adjustedNow(T0, -2000)).toBe(T0 - 2000);
    expect(adjustedNow(T0, Number.NaN)).toBe(T0);
    expect(adjustedNow(10, -50)).toBe(0);
  });
});
