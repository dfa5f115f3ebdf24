import { describe, expect, it } from 'vitest';
import {
  applyPatches,
  groupByConclusion,
  moveBy,
  moveToIndex,
  nextNumber,
  nextOrder,
  renumber,
} from './meeting-order.ts';

const agenda = [
  { id: 'a', order: 0, title: 'Báo cáo công tác xây dựng Đảng' },
  { id: 'b', order: 1, title: 'Báo cáo kinh tế xã hội' },
  { id: 'c', order: 2, title: 'Tờ trình về Quy định quản lý cán bộ' },
];

const titles = (items: readonly { order: number; title: string }[]) =>
  [...items].sort((x, y) => x.order - y.order).map((item) => item.title);

describe('agenda order', () => {
  it('moves an item up or down and writes only the two that change', () => {
    const patches = moveBy(agenda, 'c', -1);
    expect(patches).toEqual([
      { id: 'c', value: 1 },
      { id: 'b', value: 2 },
    ]);
    expect(titles(applyPatches(agenda, patches, 'order'))[1]).toBe('Tờ trình về Quy định quản lý cán bộ');
  });

  it('does nothing past either end', () => {
    expect(moveBy(agenda, 'a', -1)).toEqual([]);
    expect(moveBy(agenda, 'c', 1)).toEqual([]);
    expect(moveBy(agenda, 'missing', 1)).toEqual([]);
  });

  it('drops an item at another index and closes gaps', () => {
    const gappy = [
      { id: 'a', order: 0, title: 'A' },
      { id: 'b', order: 5, title: 'B' },
      { id: 'c', order: 9, title: 'C' },
    ];
    const moved = applyPatches(gappy, moveToIndex(gappy, 'a', 2), 'order');
    expect(titles(moved)).toEqual(['B', 'C', 'A']);
    expect(moved.map((item) => item.order).sort()).toEqual([0, 1, 2]);
  });

  it('appends after the highest order and number', () => {
    expect(nextOrder(agenda)).toBe(3);
    expect(nextOrder([])).toBe(0);
    expect(nextNumber([{ number: 4 }, { number: 2 }])).toBe(5);
  });
});

describe('conclusion → task links', () => {
  const conclusions = [
    { id: 'k1', number: 1, text: 'Tập trung xây dựng các kế hoạch thực hiện 03 chương trình' },
    { id: 'k2', number: 2, text: 'Tiếp tục đổi mới trong công tác lãnh đạo' },
    { id: 'k3', number: 3, text: 'Giao Văn phòng Quận ủy ban hành Thông báo Hội nghị' },
  ];
  const tasks = [
    { title: 'Xây dựng kế hoạch', source: { kind: 'conclusion', meetingId: 'm', conclusionId: 'k1' } },
    { title: 'Ban hành Thông báo', source: { kind: 'conclusion', meetingId: 'm', conclusionId: 'k3' } },
    {
      title: 'Ban hành Thông báo (bản 2)',
      source: { kind: 'conclusion', meetingId: 'm', conclusionId: 'k3' },
    },
    { title: 'Việc thường xuyên', source: { kind: 'standalone' } },
  ];

  it('survive renumbering after a deletion: the tasks still hang under the same conclusion', () => {
    const left = conclusions.filter((c) => c.id !== 'k1');
    const patches = renumber(left);
    expect(patches).toEqual([
      { id: 'k2', value: 1 },
      { id: 'k3', value: 2 },
    ]);
    const renumbered = applyPatches(left, patches, 'number');
    const links = groupByConclusion(tasks);
    const notice = renumbered.find((c) => c.text.startsWith('Giao Văn phòng'));
    expect(notice?.number).toBe(2);
    expect(links.get(notice?.id ?? '')?.map((t) => t.title)).toEqual([
      'Ban hành Thông báo',
      'Ban hành Thông báo (bản 2)',
    ]);
    // The old number 3 no longer names that conclusion; the id still does.
    expect(renumbered.some((c) => c.number === 3)).toBe(false);
    expect(links.has('k1')).toBe(true);
    expect(links.size).toBe(2);
  });

  it('survive moving a conclusion to the front', () => {
    const moved = applyPatches(conclusions, [{ id: 'k3', value: 0 }], 'number');
    const renumbered = applyPatches(moved, renumber(moved), 'number');
    expect(renumbered.find((c) => c.id === 'k3')?.number).toBe(1);
    expect(renumbered.find((c) => c.id === 'k1')?.number).toBe(2);
    expect(groupByConclusion(tasks).get('k3')).toHaveLength(2);
  });
});
