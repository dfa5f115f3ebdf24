import 'fake-indexeddb/auto';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../test/test-db.ts';
import { renderWithDb } from '../screens/access-test-kit.tsx';
import { AppShell } from './AppShell.tsx';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]';

function renderShell() {
  const { db } = createTestDb();
  renderWithDb(
    db,
    <AppShell route="home">
      <h1>Trang chủ</h1>
    </AppShell>,
  );
}

describe('AppShell', () => {
  it('has exactly one main landmark, focusable by script only', () => {
    renderShell();
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(screen.getByRole('main').getAttribute('tabindex')).toBe('-1');
  });

  it('starts with a skip link that moves focus to main', () => {
    renderShell();
    const focusable = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.tabIndex >= 0);
    const skip = screen.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    expect(focusable[0]).toBe(skip);
    fireEvent.click(skip);
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('names the menu in Vietnamese and hides the icons from screen readers', () => {
    renderShell();
    const nav = screen.getByRole('navigation', { name: 'Danh mục chính' });
    const icons = [...nav.querySelectorAll('[role="img"]')];
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) expect(icon.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(screen.getByRole('menuitem', { name: 'Chương trình – Kế hoạch' })).toBeTruthy();
  });
});
