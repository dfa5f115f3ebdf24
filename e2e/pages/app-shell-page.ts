import type { Locator, Page } from '@playwright/test';

/** The frame around every screen, as a person sees it. */
export class AppShellPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitReady();
  }

  async waitReady(): Promise<void> {
    await this.page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
  }

  nav(name: string): Locator {
    return this.page.getByRole('navigation').getByRole('menuitem', { name });
  }

  get status(): Locator {
    return this.page.getByRole('status');
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async rootFontSize(): Promise<number> {
    return this.page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  }
}
