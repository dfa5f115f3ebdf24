import { expect, type Locator } from '@playwright/test';
import { AppShellPage } from './app-shell-page.ts';

/** Chương trình – Kế hoạch: the list, the programme form, the indicator table and its editor. */
export class ProgrammesPage extends AppShellPage {
  async openList(): Promise<void> {
    await this.nav('Chương trình – Kế hoạch').click();
    await expect(this.page.getByRole('heading', { name: 'Chương trình – Kế hoạch' })).toBeVisible();
  }

  listRow(code: string): Locator {
    return this.page.getByRole('row').filter({ hasText: code });
  }

  get form(): Locator {
    return this.page.getByRole('dialog').filter({ hasText: /chương trình/ });
  }

  field(label: string | RegExp): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  async saveForm(): Promise<void> {
    await this.form.getByRole('button', { name: 'Lưu chương trình' }).click();
  }

  get rollup(): Locator {
    return this.page.getByTestId('programme-rollup');
  }

  get grid(): Locator {
    return this.page.getByRole('grid', { name: 'Bảng chỉ tiêu' });
  }

  /** Switches the indicator table to data entry, like a spreadsheet. */
  async editMode(): Promise<void> {
    await this.page.locator('.ant-segmented-item').filter({ hasText: 'Nhập liệu' }).click();
    await expect(this.grid).toBeVisible();
  }

  async viewMode(): Promise<void> {
    await this.page.locator('.ant-segmented-item').filter({ hasText: 'Xem' }).click();
  }

  async choosePeriod(label: string): Promise<void> {
    await this.page.getByLabel('Kỳ số liệu').click();
    await this.page
      .locator('.ant-select-item-option')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .click();
  }

  gridRow(name: string): Locator {
    return this.grid.getByRole('row').filter({ hasText: name });
  }

  cell(name: string, field: string): Locator {
    return this.gridRow(name).locator(`[data-field="${field}"]`);
  }

  /** The cell being typed in. */
  get editor(): Locator {
    return this.grid.locator('input.indicator-grid-input');
  }

  /** Types one cell's text and moves on with `key` (Tab, Enter), as in a spreadsheet. */
  async typeCell(text: string, key = 'Tab'): Promise<void> {
    if (text !== '') {
      await this.page.keyboard.type(text.slice(0, 1));
      await expect(this.editor).toBeFocused();
      await this.editor.pressSequentially(text.slice(1));
    }
    await this.page.keyboard.press(key);
    await expect(this.editor).toHaveCount(0);
  }

  /** Pastes text onto the indicator table, as Ctrl+V of cells copied from Excel or Word does. */
  async pasteOnTable(text: string): Promise<void> {
    await this.grid.evaluate((table, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      table.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    }, text);
  }

  get pasteDialog(): Locator {
    return this.page.getByRole('dialog').filter({ hasText: 'Dán chỉ tiêu từ Excel/Word' });
  }

  viewRow(name: string): Locator {
    return this.page.locator('tr.ant-table-row').filter({ hasText: name });
  }

  get drawer(): Locator {
    return this.page.getByRole('dialog').filter({ has: this.page.getByTestId('indicator-chart') });
  }
}
