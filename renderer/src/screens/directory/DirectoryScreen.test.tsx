// First: Dexie must see a global indexedDB when it loads (see access-test-kit.tsx).
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Person, Unit } from '../../../../shared/domain/directory.ts';
import { DIRECTORY_SPACE } from '../../../../shared/domain/space.ts';
import type { StoredRecord } from '../../../../shared/sync/record.ts';
import { defaultSettings } from '../../../../shared/ipc/settings.ts';
import { createTestDb } from '../../../test/test-db.ts';
import type { LocalDb } from '../../db/local-db.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { renderWithDb, TEST_NOW } from '../access-test-kit.tsx';
import { DirectoryScreen } from './DirectoryScreen.tsx';

const VPQU = '0190f5a0-0000-7000-8000-0000000000d1';
const BTG = '0190f5a0-0000-7000-8000-0000000000d2';
const BO_DE = '0190f5a0-0000-7000-8000-0000000000d3';
const PHUC_LOI = '0190f5a0-0000-7000-8000-0000000000d4';
const GONE = '0190f5a0-0000-7000-8000-0000000000d9';

const unit = (
  id: string,
  name: string,
  kind: Unit['kind'],
  parentId: string | null,
  shortName: string | null = null,
  _deleted: 0 | 1 = 0,
): StoredRecord<Unit> => ({
  id,
  spaceId: DIRECTORY_SPACE,
  name,
  shortName,
  kind,
  parentId,
  _clock: {},
  _deleted,
});

const person = (id: string, name: string, position: string, unitId: string): StoredRecord<Person> => ({
  id,
  spaceId: DIRECTORY_SPACE,
  name,
  position,
  unitId,
  email: null,
  phone: null,
  _clock: {},
  _deleted: 0,
});

/** The directory as a sync round leaves it: the office, a committee body under it, two wards (one orphaned). */
async function syncedDb(): Promise<LocalDb> {
  const { db } = createTestDb(TEST_NOW);
  await db.unit.bulkPut([
    unit(VPQU, 'Văn phòng Quận ủy', 'office', null, 'VPQU'),
    unit(BTG, 'Ban Tuyên giáo Quận ủy', 'party_committee', VPQU),
    unit(BO_DE, 'Phường Bồ Đề', 'ward', VPQU),
    unit(PHUC_LOI, 'Phường Phúc Lợi', 'ward', GONE),
    unit(GONE, 'Phường đã xoá', 'ward', null, null, 1),
  ]);
  await db.person.bulkPut([
    person('0190f5a0-0000-7000-8000-0000000000e1', 'Nguyễn Văn Hùng', 'Bí thư Đảng ủy phường Bồ Đề', BO_DE),
    person('0190f5a0-0000-7000-8000-0000000000e2', 'Lê Thị Mai', 'Chủ tịch UBND phường Phúc Lợi', PHUC_LOI),
    person('0190f5a0-0000-7000-8000-0000000000e3', 'Trần Đức Thắng', 'Chánh Văn phòng Quận ủy', VPQU),
  ]);
  return db;
}

const unitRows = () => within(screen.getByRole('list', { name: 'Đơn vị' })).getAllByTestId('unit-row');

describe('Danh bạ', { timeout: 30_000 }, () => {
  beforeEach(() => useUiStore.setState({ settings: defaultSettings, online: true }));

  it('shows the synced units as a tree (an orphan at the top) and everyone with their positions', async () => {
    renderWithDb(await syncedDb(), <DirectoryScreen />);
    await screen.findByRole('list', { name: 'Đơn vị' }, { timeout: 10_000 });
    const rows = unitRows();
    expect(rows.map((r) => [r.dataset.depth, r.textContent])).toEqual([
      ['0', 'Phường Phúc Lợi Phường'],
      ['0', 'Văn phòng Quận ủy (VPQU) Văn phòng'],
      ['1', 'Ban Tuyên giáo Quận ủy Ban Đảng, cấp ủy'],
      ['1', 'Phường Bồ Đề Phường'],
    ]);
    expect(screen.queryByText('Phường đã xoá')).toBeNull();
    expect(screen.getByText('Bí thư Đảng ủy phường Bồ Đề')).toBeTruthy();
    expect(screen.getByText('Lê Thị Mai')).toBeTruthy();
  });

  it('finds "Phường Bồ Đề" by "bo de", under its parent, and lists its officials when chosen', async () => {
    renderWithDb(await syncedDb(), <DirectoryScreen />);
    const search = await screen.findByRole('searchbox', { name: 'Tìm theo tên' }, { timeout: 10_000 });
    fireEvent.change(search, { target: { value: 'bo de' } });
    await waitFor(() =>
      expect(unitRows().map((r) => r.textContent)).toEqual([
        'Văn phòng Quận ủy (VPQU) Văn phòng',
        'Phường Bồ Đề Phường',
      ]),
    );
    expect(screen.getByText('Nguyễn Văn Hùng')).toBeTruthy();
    expect(screen.queryByText('Lê Thị Mai')).toBeNull();

    fireEvent.change(search, { target: { value: 'DUC THANG' } });
    await waitFor(() => expect(screen.queryByText('Nguyễn Văn Hùng')).toBeNull());
    expect(screen.getByText('Trần Đức Thắng')).toBeTruthy();

    fireEvent.change(search, { target: { value: '' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Phường Phúc Lợi' }));
    expect(await screen.findByText('Cán bộ của Phường Phúc Lợi')).toBeTruthy();
    expect(screen.getByText('Lê Thị Mai')).toBeTruthy();
    expect(screen.queryByText('Nguyễn Văn Hùng')).toBeNull();
  });

  it("has one h1 and names the search box's clear button in Vietnamese", async () => {
    renderWithDb(await syncedDb(), <DirectoryScreen />);
    const search = await screen.findByRole('searchbox', { name: 'Tìm theo tên' }, { timeout: 10_000 });
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Danh bạ']);
    fireEvent.change(search, { target: { value: 'bo de' } });
    expect(screen.getByRole('button', { name: 'Xóa trắng' })).toBeTruthy();
  });

  it('says how to get the directory when nothing is synced yet', async () => {
    renderWithDb(createTestDb(TEST_NOW).db, <DirectoryScreen />);
    expect(
      await screen.findByText(
        'Chưa có danh bạ trên máy này. Đăng nhập máy chủ để đồng bộ.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
  });
});
