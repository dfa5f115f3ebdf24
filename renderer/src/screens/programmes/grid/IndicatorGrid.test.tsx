import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../../../shared/ipc/settings.ts';
import { useUiStore } from '../../../state/ui-store.ts';
import { blankRowValues, type GridField, type GridRowValues, type GridValue } from './grid-columns.ts';
import { IndicatorGrid, type GridRow } from './IndicatorGrid.tsx';

const units = [{ id: 'u-ld', name: 'Phòng Lao động - Thương binh và Xã hội', shortName: 'Phòng LĐ-TB&XH' }];
const unitNames = new Map([['u-ld', 'Phòng LĐ-TB&XH']]);

const row = (key: string, number: number, values: Partial<GridRowValues>): GridRow => ({
  key,
  number,
  values: { ...blankRowValues, ...values },
  percent: null,
  status: 'in_progress',
  overridden: false,
});

/** The grid over rows kept in memory, as the programme page keeps them in Dexie. */
function Harness(props: { onSave: (key: string, field: GridField, value: GridValue) => void }) {
  const [rows, setRows] = useState<GridRow[]>([
    row('a', 1, { name: 'Tỷ lệ “Gia đình văn hóa”', unitOfMeasure: '%', result: 93.18 }),
    row('b', 2, { name: 'Số hộ nghèo', unitOfMeasure: 'hộ', direction: 'decrease', baseline: 48 }),
  ]);
  return (
    <AntApp>
      <IndicatorGrid
        rows={rows}
        ctx={{ units, unitNames }}
        periodLabel="năm 2022"
        onOpen={() => undefined}
        onSave={async (key, field, value) => {
          props.onSave(key, field, value);
          setRows((all) =>
            all.map((r) => (r.key === key ? { ...r, values: { ...r.values, [field]: value } } : r)),
          );
        }}
        onCreate={async (values) => {
          const key = `n${rows.length + 1}`;
          setRows((all) => [...all, row(key, all.length + 1, values)]);
          return key;
        }}
      />
    </AntApp>
  );
}

const cell = (rowIndex: number, field: string) => {
  const tr = document.querySelectorAll('tbody tr')[rowIndex];
  const td = tr?.querySelector<HTMLElement>(`[data-field="${field}"]`);
  if (!td) throw new Error(`no cell ${rowIndex} ${field}`);
  return td;
};
const editor = () => screen.getByRole('textbox');
const key = (target: HTMLElement, keyName: string, shiftKey = false) =>
  fireEvent.keyDown(target, { key: keyName, shiftKey });

describe('IndicatorGrid', () => {
  beforeEach(() => useUiStore.setState({ settings: defaultSettings }));

  it('edits a result typed with a decimal comma; Enter saves and moves down', async () => {
    const onSave = vi.fn();
    render(<Harness onSave={onSave} />);
    fireEvent.click(cell(0, 'result'));
    key(cell(0, 'result'), 'Enter');
    expect(editor()).toHaveProperty('value', '93,18');
    fireEvent.change(editor(), { target: { value: '93,5' } });
    key(editor(), 'Enter');
    await waitFor(() => expect(onSave).toHaveBeenCalledWith('a', 'result', 93.5));
    await waitFor(() => expect(cell(0, 'result').textContent).toBe('93,5'));
    await waitFor(() => expect(document.activeElement).toBe(cell(1, 'result')));
  });

  it('keeps an invalid value in the cell with its message, saves nothing, and Escape cancels', async () => {
    const onSave = vi.fn();
    render(<Harness onSave={onSave} />);
    fireEvent.click(cell(1, 'baseline'));
    key(cell(1, 'baseline'), '1');
    expect(editor()).toHaveProperty('value', '1');
    fireEvent.change(editor(), { target: { value: '12,3,4' } });
    key(editor(), 'Tab');
    expect((await screen.findByRole('alert')).textContent).toContain('"12,3,4" không phải là số');
    expect(editor().getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
    key(editor(), 'Escape');
    await waitFor(() => expect(screen.queryByRole('textbox')).toBeNull());
    expect(cell(1, 'baseline').textContent).toBe('48');
  });

  it('refuses an empty name, an unknown direction and an unknown unit', async () => {
    const onSave = vi.fn();
    render(<Harness onSave={onSave} />);
    fireEvent.click(cell(0, 'name'));
    key(cell(0, 'name'), 'Delete');
    key(editor(), 'Enter');
    expect((await screen.findByRole('alert')).textContent).toContain('Không được để trống');
    key(editor(), 'Escape');
    fireEvent.click(cell(0, 'direction'));
    key(cell(0, 'direction'), 'l');
    key(editor(), 'Enter');
    expect((await screen.findByRole('alert')).textContent).toContain('Tăng, Giảm, Duy trì hoặc Có/Không');
    fireEvent.change(editor(), { target: { value: 'giam' } });
    key(editor(), 'Enter');
    await waitFor(() => expect(onSave).toHaveBeenCalledWith('a', 'direction', 'decrease'));
    fireEvent.click(cell(0, 'leadUnitId'));
    key(cell(0, 'leadUnitId'), 'P');
    fireEvent.change(editor(), { target: { value: 'Phòng Tư pháp' } });
    key(editor(), 'Enter');
    expect((await screen.findByRole('alert')).textContent).toContain('Không tìm thấy đơn vị');
    fireEvent.change(editor(), { target: { value: 'lao dong' } });
    key(editor(), 'Enter');
    await waitFor(() => expect(onSave).toHaveBeenCalledWith('a', 'leadUnitId', 'u-ld'));
    expect(onSave).toHaveBeenCalledTimes(2);
  });

  it('moves with Tab and Shift+Tab across cells and rows, and with the arrows', async () => {
    render(<Harness onSave={() => undefined} />);
    fireEvent.click(cell(0, 'leadUnitId'));
    key(cell(0, 'leadUnitId'), 'Tab');
    await waitFor(() => expect(document.activeElement).toBe(cell(1, 'name')));
    key(cell(1, 'name'), 'Tab', true);
    await waitFor(() => expect(document.activeElement).toBe(cell(0, 'leadUnitId')));
    key(cell(0, 'leadUnitId'), 'ArrowDown');
    await waitFor(() => expect(document.activeElement).toBe(cell(1, 'leadUnitId')));
    key(cell(1, 'leadUnitId'), 'ArrowLeft');
    await waitFor(() => expect(document.activeElement).toBe(cell(1, 'congressResolution')));
  });

  it('adds an indicator from the new row once it has a name', async () => {
    const onSave = vi.fn();
    render(<Harness onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Thêm chỉ tiêu' }));
    await waitFor(() => expect(document.activeElement).toBe(cell(2, 'name')));
    key(cell(2, 'name'), 'T');
    fireEvent.change(editor(), { target: { value: 'Tỷ lệ bao phủ bảo hiểm y tế' } });
    key(editor(), 'Tab');
    await waitFor(() => expect(document.querySelectorAll('tbody tr')).toHaveLength(3));
    await waitFor(() => expect(document.activeElement).toBe(cell(2, 'unitOfMeasure')));
    key(cell(2, 'unitOfMeasure'), '%');
    key(editor(), 'Enter');
    await waitFor(() => expect(onSave).toHaveBeenCalledWith('n3', 'unitOfMeasure', '%'));
    expect(cell(2, 'name').textContent).toBe('Tỷ lệ bao phủ bảo hiểm y tế');
  });

  it('is one Tab stop, in a box of its own with the heading row and the name column sticky', () => {
    render(<Harness onSave={() => undefined} />);
    const focusable = screen
      .getByTestId('indicator-grid-scroll')
      .querySelectorAll('[tabindex="0"], button:not([tabindex="-1"]), input');
    expect(focusable).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Chi tiết chỉ tiêu 1' }).getAttribute('tabindex')).toBe('-1');
    expect(screen.getByTestId('indicator-grid-head').closest('thead')).not.toBeNull();
    expect(screen.getByTestId('indicator-grid-name-header').textContent).toBe('Chỉ tiêu');
    expect(screen.getByTestId('indicator-grid-name-header').className).toContain('is-sticky-name');
    expect(cell(0, 'name').className).toContain('is-sticky-name');
    expect(screen.getByRole('columnheader', { name: 'Đánh giá' })).toBeTruthy();
    for (const th of screen.getAllByRole('columnheader')) expect(th.textContent).not.toBe('');
  });
});
