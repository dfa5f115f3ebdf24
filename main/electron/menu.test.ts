import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuStrings } from '../i18n/menu-strings.ts';
import { buildMenuTemplate } from './menu.ts';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const find = (items: MenuItemConstructorOptions[], label: string) =>
  flatten(items).find((i) => i.label === label);

describe('buildMenuTemplate', () => {
  it('is in Vietnamese by default, with the three jobs and the display controls', () => {
    const template = buildMenuTemplate({
      strings: menuStrings.vi,
      highContrast: false,
      developer: false,
      send: vi.fn(),
    });
    expect(template.map((item) => item.label)).toEqual(['Tệp', 'Chỉnh sửa', 'Xem', 'Trợ giúp']);
    for (const label of [
      'Chương trình – Kế hoạch',
      'Nhiệm vụ',
      'Hội nghị',
      'Tăng cỡ chữ',
      'Tương phản cao',
      'Thoát',
    ]) {
      expect(find(template, label), label).toBeDefined();
    }
  });

  it('sends its commands to the renderer', () => {
    const send = vi.fn();
    const template = buildMenuTemplate({
      strings: menuStrings.vi,
      highContrast: true,
      developer: false,
      send,
    });
    const click = (label: string) => (find(template, label)?.click as (() => void) | undefined)?.();
    click('Tăng cỡ chữ');
    click('Nhiệm vụ');
    click('Tương phản cao');
    expect(send.mock.calls).toEqual([['font-larger'], ['go-tasks'], ['toggle-contrast']]);
    expect(find(template, 'Tương phản cao')?.checked).toBe(true);
  });

  it('shows developer tools only in unpackaged builds', () => {
    const packaged = buildMenuTemplate({
      strings: menuStrings.vi,
      highContrast: false,
      developer: false,
      send: vi.fn(),
    });
    const dev = buildMenuTemplate({
      strings: menuStrings.vi,
      highContrast: false,
      developer: true,
      send: vi.fn(),
    });
    expect(flatten(packaged).some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(flatten(dev).some((item) => item.role === 'toggleDevTools')).toBe(true);
  });

  it('has the same structure in English', () => {
    const vi_ = buildMenuTemplate({
      strings: menuStrings.vi,
      highContrast: false,
      developer: true,
      send: vi.fn(),
    });
    const en = buildMenuTemplate({
      strings: menuStrings.en,
      highContrast: false,
      developer: true,
      send: vi.fn(),
    });
    expect(flatten(en).length).toBe(flatten(vi_).length);
    expect(en[0]?.label).toBe('File');
  });
});
