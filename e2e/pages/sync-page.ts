import { expect } from '@playwright/test';
import { AppShellPage } from './app-shell-page.ts';

/** The sync screen: sign in, sync now, the conflict inbox. */
export class SyncPage extends AppShellPage {
  async signIn(serverUrl: string, username: string, password: string): Promise<void> {
    await this.signInOnly(serverUrl, username, password);
    await this.waitSynced();
  }

  /** Signs in without waiting for the first sync to finish (a test may cut it). */
  async signInOnly(serverUrl: string, username: string, password: string): Promise<void> {
    await this.nav('Đồng bộ').click();
    await this.page.getByLabel('Địa chỉ máy chủ').fill(serverUrl);
    await this.page.getByLabel('Tên đăng nhập').fill(username);
    await this.page.getByLabel('Mật khẩu').fill(password);
    await this.button('Đăng nhập').click();
    await expect(this.page.getByText(/^Đăng nhập: /)).toBeVisible();
  }

  /** Signs out from the sync screen; `removeCopy` also removes this account's copy from the machine. */
  async signOut(options: { removeCopy?: boolean } = {}): Promise<void> {
    await this.nav('Đồng bộ').click();
    await this.button('Đăng xuất').click();
    const dialog = this.page.getByRole('dialog', { name: 'Đăng xuất' });
    if (options.removeCopy) await dialog.getByLabel('Xoá bản sao dữ liệu của tài khoản này khỏi máy').check();
    await dialog.getByRole('button', { name: options.removeCopy ? 'Đăng xuất và xoá' : 'Đăng xuất' }).click();
    await this.waitReady();
    await expect(this.page.getByLabel('Tên đăng nhập')).toBeVisible();
  }

  /** The list of changes the server refused. */
  get refused() {
    return this.page.getByRole('region', { name: 'Thay đổi không được chấp nhận' });
  }

  /** Presses "Đồng bộ ngay" and waits for that round (not an earlier one) to finish without error. */
  async syncNow(): Promise<void> {
    const link = this.status.getByTestId('status-sync');
    const before = Number(await link.getAttribute('data-last-sync'));
    await this.nav('Đồng bộ').click();
    await this.button('Đồng bộ ngay').click();
    await expect
      .poll(async () => Number(await link.getAttribute('data-last-sync')), { timeout: 60_000 })
      .toBeGreaterThan(before);
    await this.waitSynced();
  }

  async waitSynced(): Promise<void> {
    await expect(this.status.getByTestId('status-sync')).toContainText('Đã đồng bộ lúc', {
      timeout: 30_000,
    });
    await expect(this.status.getByTestId('status-pending')).toHaveText('Không có thay đổi chờ đồng bộ', {
      timeout: 30_000,
    });
  }
}
