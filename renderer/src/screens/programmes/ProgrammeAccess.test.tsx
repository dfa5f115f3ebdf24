// First: Dexie must see a global indexedDB when it loads (see access-test-kit.tsx).
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { programmeSpace } from '../../../../shared/domain/space.ts';
import { defaultSettings } from '../../../../shared/ipc/settings.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { demoDb, renderWithDb, signIn } from '../access-test-kit.tsx';
import { ProgrammeScreen } from './ProgrammeScreen.tsx';
import { useProgrammeScreenStore } from './programme-screen-store.ts';

async function openProgramme(role: 'read' | 'write' | null) {
  const { db, data } = await demoDb();
  const programme = data.programme[0];
  if (!programme) throw new Error('no demo programme');
  if (role !== null) await signIn(db, [{ spaceId: programmeSpace(programme.id), role }]);
  renderWithDb(db, <ProgrammeScreen programmeId={programme.id} />);
  // Generous: a shared 2-core machine runs the renderer files in parallel.
  // The page's h1 (jsdom shows the print summary's h1 too: no CSS hides it here).
  await screen.findAllByRole('heading', { level: 1, name: new RegExp(programme.code) }, { timeout: 10_000 });
  const indicator = data.indicator.find((i) => i.programmeId === programme.id);
  if (!indicator) throw new Error('no demo indicator');
  return { db, programme, indicator };
}

describe('ProgrammeScreen by access', { timeout: 30_000 }, () => {
  beforeEach(() => {
    useUiStore.setState({ settings: defaultSettings });
    // "Nhập liệu" is remembered across programmes: a reader must not land in it.
    useProgrammeScreenStore.setState({ mode: 'edit', tab: 'indicators' });
  });

  it('a reader sees the programme as a document: no Nhập liệu, paste, edit or add-plan controls', async () => {
    const { indicator } = await openProgramme('read');
    expect(await screen.findByText('Bạn chỉ có quyền xem chương trình này.')).toBeTruthy();
    expect(screen.queryByText('Nhập liệu')).toBeNull();
    expect(screen.queryByText('Dán từ Excel/Word')).toBeNull();
    expect(screen.queryByRole('button', { name: /Sửa thông tin/ })).toBeNull();
    // The indicators are listed to read, and a row still opens its detail, without a form.
    const name = await screen.findByText(indicator.name, { exact: false, selector: 'td button' });
    fireEvent.click(name.closest('tr') ?? name);
    expect(await screen.findByTestId('indicator-note')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cập nhật thuyết minh' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Lưu' })).toBeNull();
    const plansTab = screen.getByRole('tab', { name: 'Kế hoạch thực hiện' });
    // rc-tabs ties each tab to its panel once the Tabs have an id.
    expect(plansTab.getAttribute('aria-controls')).toBe('programme-tabs-panel-plans');
    fireEvent.click(plansTab);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Thêm kế hoạch' })).toBeNull());
    // No heading cell is empty: the expand buttons' column is named for screen readers.
    const plans = await screen.findByRole('columnheader', { name: 'Mở danh sách nhiệm vụ' });
    const headings = plans.closest('table')?.querySelectorAll('th') ?? [];
    for (const th of headings) expect(th.textContent.trim()).not.toBe('');
  });

  it('the indicator table keeps the name in a button the keyboard reaches, and it opens the detail', async () => {
    const { indicator } = await openProgramme('read');
    const table = await screen.findByTestId('indicator-read-table');
    expect(table.querySelector('[data-testid="indicator-read-name-header"]')?.textContent).toBe('Chỉ tiêu');
    fireEvent.click(await screen.findByRole('button', { name: indicator.name }));
    expect(await screen.findByTestId('indicator-note')).toBeTruthy();
  });

  it.each([
    ['a writer', 'write'],
    ['an unsigned local user', null],
  ] as const)('%s keeps every edit control', async (_who, role) => {
    await openProgramme(role);
    expect(await screen.findByRole('button', { name: /Sửa thông tin/ })).toBeTruthy();
    expect((await screen.findAllByText('Nhập liệu')).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: /Dán từ Excel\/Word/ })).toBeTruthy();
    expect(screen.queryByText('Bạn chỉ có quyền xem chương trình này.')).toBeNull();
  });
});
