import { describe, expect, it } from 'vitest';
import { createReminderService, notificationBody } from './reminder-service.ts';

const vi = async () => 'vi' as const;

describe('reminder service', () => {
  it('raises one notification listing the reminders when main has a notifier', async () => {
    const shown: [string, string][] = [];
    const service = createReminderService({ show: (title, body) => shown.push([title, body]) }, vi);
    const items = [
      { taskId: 'a', text: 'Quá hạn 12 ngày: Số hóa hồ sơ, tài liệu lưu trữ' },
      { taskId: 'b', text: 'Đến hạn hôm nay: Chuẩn bị nội dung tiếp công dân' },
    ];
    expect(await service.notify({ title: 'Nhắc hạn nhiệm vụ', items })).toEqual({ shownByMain: true });
    expect(shown).toEqual([['Nhắc hạn nhiệm vụ', `${items[0]?.text}\n${items[1]?.text}`]]);
    await service.notify({ title: 'Nhắc hạn nhiệm vụ', items: [] });
    expect(shown).toHaveLength(1);
  });

  it('leaves the notification to the page in the web host', async () => {
    const service = createReminderService(null, vi);
    expect(await service.notify({ title: 'x', items: [{ taskId: 'a', text: 'y' }] })).toEqual({
      shownByMain: false,
    });
  });

  it('keeps a long list short', () => {
    const body = notificationBody(Array.from({ length: 8 }, (_, i) => `Nhiệm vụ ${i + 1}`));
    expect(body.split('\n')).toHaveLength(6);
    expect(body.endsWith('và 3 nhiệm vụ khác')).toBe(true);
  });

  it('says how many more in the language the user chose', async () => {
    const shown: string[] = [];
    const service = createReminderService({ show: (_title, body) => shown.push(body) }, async () => 'en');
    const items = Array.from({ length: 7 }, (_, i) => ({ taskId: `t${i}`, text: `Task ${i + 1}` }));
    await service.notify({ title: 'Deadline reminders', items });
    expect(shown[0]?.endsWith('and 2 more tasks')).toBe(true);
  });
});
