import { describe, expect, it } from 'vitest';
import type { HistoryNames } from '../../data/history-names.ts';
import type { HistoryEntry } from '../../db/local-db.ts';
import { en } from '../../i18n/en.ts';
import { vi } from '../../i18n/vi.ts';
import { formatValue } from '../sync/format-value.ts';
import { editHeader, historyLine, lineText, type HistoryFormat } from './history-format.ts';

const names: HistoryNames = {
  records: new Map([
    ['unit:u-bode', 'Phường Bồ Đề'],
    ['unit:u-vpqu', 'Văn phòng Quận ủy'],
    ['unit:u-noivu', 'Phòng Nội vụ'],
    ['person:p-trang', 'Trần Thị Thu Trang'],
    ['person:p-tien', 'Nguyễn Văn Tiến'],
    ['plan:pl-2022', 'Kế hoạch thực hiện Chương trình số 02-CTr/QU năm 2022'],
  ]),
  actors: new Map([
    ['account:u-trang', { name: 'Trần Thị Thu Trang', unit: 'VPQU', unverified: false }],
    ['person:p-tien', { name: 'Nguyễn Văn Tiến', unit: 'Bồ Đề', unverified: true }],
  ]),
};
const fmt: HistoryFormat = { m: vi, locale: 'vi', names, period: { year: 2022, kind: 'year' } };
const fmtEn: HistoryFormat = { ...fmt, m: en, locale: 'en' };

type Line = Pick<HistoryEntry, 'entity' | 'field' | 'oldValue' | 'newValue'>;
const line = (entity: Line['entity'], field: string, oldValue: unknown, newValue: unknown, f = fmt) => {
  const formatted = historyLine(f, { entity, field, oldValue, newValue });
  return formatted && lineText(formatted);
};

describe('a history line as a person reads it', () => {
  it('names a figure with its period, numbers with a decimal comma', () => {
    expect(line('indicatorPeriod', 'result', 15, 16)).toBe('Kết quả năm 2022: 15 → 16');
    expect(line('indicatorPeriod', 'planned', 82.3, 1250.5)).toBe('Kế hoạch năm 2022: 82,3 → 1.250,5');
    expect(line('indicatorPeriod', 'result', 82.3, 90, fmtEn)).toBe('Result, year 2022: 82.3 → 90');
  });

  it('shows times and dates the Vietnamese way, not epoch milliseconds or ISO dates', () => {
    const at = Date.UTC(2023, 2, 10, 3, 42);
    expect(line('indicatorPeriod', 'enteredAt', null, at)).toBe('Thời điểm nhập: 10:42, 10/03/2023');
    expect(line('task', 'deadline', '2022-06-30', '2022-12-31')).toBe('Thời hạn: 30/06/2022 → 31/12/2022');
    expect(line('plan', 'year', 2022, 2023)).toBe('Năm: 2022 → 2023');
  });

  it('says codes in words, in the chosen language', () => {
    expect(line('task', 'status', 'not_started', 'in_progress')).toBe(
      'Trạng thái: Chưa bắt đầu → Đang thực hiện',
    );
    expect(line('task', 'status', 'not_started', 'done', fmtEn)).toBe('Status: Not started → Done');
    expect(line('task', 'priority', 'normal', 'urgent')).toBe('Mức ưu tiên: Bình thường → Khẩn');
    expect(line('indicator', 'direction', 'increase', 'keep')).toBe('Chiều đánh giá: Tăng → Duy trì');
    expect(line('meeting', 'kind', 'standing', 'plenum')).toBe(
      'Loại: Hội nghị Ban Thường vụ → Hội nghị Ban Chấp hành',
    );
    expect(
      line('indicatorPeriod', 'statusOverride', null, { status: 'expected', reason: 'Số liệu quý IV' }),
    ).toBe('Đánh giá thủ công: Dự kiến đạt — lý do: Số liệu quý IV');
  });

  it('names the units, people and plans an id points to, lists joined', () => {
    expect(line('task', 'leadUnitId', 'u-noivu', 'u-bode')).toBe(
      'Đơn vị chủ trì: Phòng Nội vụ → Phường Bồ Đề',
    );
    expect(line('task', 'cooperatingUnitIds', [], ['u-vpqu', 'u-bode'])).toBe(
      'Đơn vị phối hợp: Văn phòng Quận ủy, Phường Bồ Đề',
    );
    expect(line('task', 'responsiblePersonId', null, 'p-trang')).toBe(
      'Người chịu trách nhiệm: Trần Thị Thu Trang',
    );
    expect(
      line('task', 'source', { kind: 'none' }, { kind: 'plan', planId: 'pl-2022', programmeId: 'x' }),
    ).toBe('Nguồn giao: Không có nguồn → Kế hoạch: Kế hoạch thực hiện Chương trình số 02-CTr/QU năm 2022');
    expect(line('programme', 'committee', [], [{ personId: 'p-trang', role: 'chair' }])).toBe(
      'Ban Chủ nhiệm: Trần Thị Thu Trang (Chủ nhiệm)',
    );
    expect(line('task', 'assignedByPersonId', null, 'p-gone')).toBe('Người giao: (không có trên máy)');
  });

  it('says Có/Không, and a deletion in words', () => {
    expect(line('task', 'difficult', false, true)).toBe('Nhiệm vụ khó: Không → Có');
    expect(line('task', 'difficult', false, true, fmtEn)).toBe('Difficult task: No → Yes');
    expect(line('task', '_deleted', 0, 1)).toBe('Bản ghi: Đã xoá');
  });

  it('leaves out internal fields, fixed ids and lines that change nothing', () => {
    expect(line('task', 'spaceId', null, 'unit:u-bode')).toBeNull();
    expect(line('task', '_clock', null, {})).toBeNull();
    expect(line('indicatorPeriod', 'indicatorId', null, 'i-1')).toBeNull();
    expect(line('indicatorPeriod', 'period', null, { year: 2022, kind: 'year' })).toBeNull();
    expect(line('task', 'note', null, '')).toBeNull();
    expect(line('task', 'cooperatingUnitIds', null, [])).toBeNull();
    expect(line('task', 'progress', 40, 40)).toBeNull();
  });
});

describe('an edit header', () => {
  const at = Date.UTC(2023, 2, 10, 3, 42);
  it('names the account and its unit, then the time', () => {
    expect(editHeader(fmt, { actor: { kind: 'account', userId: 'u-trang' }, at })).toBe(
      'Trần Thị Thu Trang · VPQU · 10:42, 10/03/2023',
    );
  });
  it('marks a "Tôi là" person unverified, and says when nobody is known', () => {
    expect(editHeader(fmt, { actor: { kind: 'person', personId: 'p-tien', verified: false }, at })).toBe(
      'Nguyễn Văn Tiến (chưa xác thực) · Bồ Đề · 10:42, 10/03/2023',
    );
    expect(editHeader(fmt, { actor: null, at })).toBe('Không rõ người sửa · 10:42, 10/03/2023');
    expect(editHeader(fmt, { actor: { kind: 'account', userId: 'u-unknown' }, at })).toBe(
      'Không rõ người sửa · 10:42, 10/03/2023',
    );
    expect(editHeader(fmtEn, { actor: null, at })).toBe('Unknown editor · 10:42, 10/03/2023');
  });
});

describe('a bare value (conflict inbox, refused list)', () => {
  it('takes its words from the catalogues, Vietnamese by default', () => {
    expect([formatValue(null), formatValue(true), formatValue(false), formatValue(2.5)]).toEqual([
      '(trống)',
      'Có',
      'Không',
      '2,5',
    ]);
    expect([formatValue('', en.history), formatValue(true, en.history)]).toEqual(['(empty)', 'Yes']);
  });
});
