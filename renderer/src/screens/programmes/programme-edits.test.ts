import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../../../shared/hlc/index.ts';
import type { HistoryEntry } from '../../db/local-db.ts';
import type { HistoryNames } from '../../data/history-names.ts';
import { vi } from '../../i18n/vi.ts';
import { programmeEdits } from './programme-edits.ts';

const T0 = Date.UTC(2023, 2, 10, 3, 42);
const line = (recordId: string, field: string, oldValue: unknown, newValue: unknown): HistoryEntry => ({
  entity: 'indicatorPeriod',
  recordId,
  field,
  oldValue,
  newValue,
  hlc: formatHlc({ wallMs: T0, counter: 0, nodeId: '00000000000000a1' }),
  actorId: 'u-trang',
  actor: { kind: 'account', userId: 'u-trang' },
  at: T0,
  origin: 'local',
});
const names: HistoryNames = { actors: new Map(), records: new Map() };

describe("a programme's history", () => {
  it('keeps the same field of two records apart, each with its period, newest first', () => {
    const edits = programmeEdits([line('ip-2022', 'result', 15, 16), line('ip-2021', 'result', 12, 14)], {
      m: vi,
      locale: 'vi',
      names,
      periods: new Map([
        ['ip-2022', { year: 2022, kind: 'year' }],
        ['ip-2021', { year: 2021, kind: 'year' }],
      ]),
    });
    expect(edits.map((edit) => [edit.recordId, edit.lines])).toEqual([
      ['ip-2022', ['Kết quả năm 2022: 15 → 16']],
      ['ip-2021', ['Kết quả năm 2021: 12 → 14']],
    ]);
  });

  it('leaves out an edit with nothing a person reads', () => {
    const edits = programmeEdits([line('ip-2022', '_stamps', {}, { result: 'x' })], {
      m: vi,
      locale: 'vi',
      names,
      periods: new Map(),
    });
    expect(edits).toEqual([]);
  });
});
