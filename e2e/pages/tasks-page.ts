import { expect, type Locator } from '@playwright/test';
import { AppShellPage } from './app-shell-page.ts';

/** The tasks screen: saved views, "Tôi là", the list, the task drawer and bulk actions. */
export class TasksPage extends AppShellPage {
  async openTasks(view?: string): Promise<void> {
    await this.nav('Nhiệm vụ').click();
    if (view) await this.view(view).click();
  }

  /** A saved view's tab, by its Vietnamese name ("Việc của đơn vị tôi"); its count follows the name. */
  view(name: string): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  viewCount(id: string): Locator {
    return this.page.getByTestId(`view-count-${id}`);
  }

  /** Chooses who uses this computer, typing part of the name as a person would. */
  async chooseMe(name: string): Promise<void> {
    const chooser = this.page.getByLabel('Tôi là', { exact: true });
    await chooser.click();
    await chooser.fill(name);
    await this.page.locator('.ant-select-item-option').filter({ hasText: name }).first().click();
    await expect(this.page.getByTitle(new RegExp(name)).first()).toBeVisible();
  }

  get rows(): Locator {
    return this.page.getByTestId('task-row');
  }

  row(title: string | RegExp): Locator {
    return this.rows.filter({ hasText: title });
  }

  get count(): Locator {
    return this.page.getByTestId('task-count');
  }

  /** The task drawer (editor, progress reports, history). */
  get drawer(): Locator {
    return this.page.getByRole('dialog', { name: /^(Sửa nhiệm vụ|Giao nhiệm vụ mới)$/ });
  }
}
