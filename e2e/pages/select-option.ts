import { expect, type Locator, type Page } from '@playwright/test';

/** The open dropdown's option whose text contains `text`. */
export function openOption(page: Page, text: string): Locator {
  return page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: text })
    .first();
}

/**
 * Picks `option` in the single select whose input is `field`, until the select shows it: under load a
 * click while the menu is still sliding open can miss — landing outside, it closes the menu without a
 * choice — and the open menu then covers the next field. The field is opened first when it is not.
 */
export async function chooseOption(page: Page, field: Locator, option: string): Promise<void> {
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  const select = field.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]');
  await expect(async () => {
    if ((await open.count()) === 0) await field.click({ timeout: 2_000 });
    await openOption(page, option).click({ timeout: 2_000 });
    await expect(open).toHaveCount(0, { timeout: 1_000 });
    await expect(select).toContainText(option, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}
