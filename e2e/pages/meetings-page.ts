import { expect, type Locator } from '@playwright/test';
import { AppShellPage } from './app-shell-page.ts';
import { chooseOption, openOption } from './select-option.ts';

export interface MeetingValues {
  title: string;
  session: string;
  term: string;
  day: string;
  start: string;
  end: string;
  place: string;
  chair: string;
  minuteTaker: string;
}

/** The meetings screens as a secretary uses them: the editor, agenda, roll call, conclusions. */
export class MeetingsPage extends AppShellPage {
  /** The open dropdown's option whose text contains `text`. */
  option(text: string): Locator {
    return openOption(this.page, text);
  }

  /** Types into a searchable select (without diacritics works too) and picks the option. */
  async pick(field: Locator, typed: string, option: string = typed): Promise<void> {
    await field.click();
    await field.fill(typed);
    await this.clickOption(field, option);
  }

  /** A multiple select keeps its menu open, so its option is clicked once (twice would take it back). */
  private async clickOption(field: Locator, option: string): Promise<void> {
    const multiple = field.locator('xpath=ancestor::*[contains(@class, "ant-select-multiple")]');
    if ((await multiple.count()) > 0) return this.option(option).click();
    await chooseOption(this.page, field, option);
  }

  /** Picks an option of a plain (not searchable) select. */
  async choose(field: Locator, option: string): Promise<void> {
    await field.click();
    await this.clickOption(field, option);
  }

  get drawer(): Locator {
    return this.page.locator('.ant-drawer-open');
  }

  get modal(): Locator {
    return this.page.locator('.ant-modal-wrap:not([style*="display: none"]) .ant-modal');
  }

  async createMeeting(values: MeetingValues): Promise<void> {
    await this.nav('Hội nghị').click();
    await this.button('Thêm hội nghị').click();
    const form = this.drawer;
    await form.getByLabel('Tên hội nghị').fill(values.title);
    await form.getByLabel('Lần thứ').fill(values.session);
    await form.getByLabel('Khóa', { exact: true }).fill(values.term);
    await form.getByLabel('Ngày họp').fill(values.day);
    await form.getByLabel('Giờ bắt đầu').fill(values.start);
    await form.getByLabel('Giờ kết thúc').fill(values.end);
    await form.getByLabel('Địa điểm').fill(values.place);
    await this.pick(form.getByLabel('Chủ trì', { exact: true }), values.chair);
    await this.pick(form.getByLabel('Thư ký hội nghị'), values.minuteTaker);
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect(this.page.getByRole('heading', { name: values.title })).toBeVisible();
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  get agendaItems(): Locator {
    return this.page.getByTestId('agenda-item');
  }

  async addAgendaItem(title: string, kind: string, presenter?: string, typed?: string): Promise<void> {
    await this.button('Thêm nội dung').click();
    const modal = this.modal;
    await modal.getByLabel('Tên nội dung').fill(title);
    await this.choose(modal.getByLabel('Loại nội dung'), kind);
    if (presenter) await this.pick(modal.getByLabel('Người trình bày'), typed ?? presenter, presenter);
    await modal.getByRole('button', { name: 'Lưu' }).click();
    await expect(this.agendaItems.filter({ hasText: title })).toHaveCount(1);
  }

  async addPeople(group: string, names: readonly string[]): Promise<void> {
    const groupField = this.page.getByLabel('Nhóm dự họp');
    await groupField.fill(group);
    const people = this.page.getByLabel('Người dự (từ danh bạ)');
    for (const name of names) await this.pick(people, name);
    await this.page.keyboard.press('Escape');
    await this.button('Thêm người dự').click();
    await expect(this.page.getByText(`Đã thêm ${names.length} người`)).toBeVisible();
  }

  attendeeRow(name: string): Locator {
    return this.page.getByRole('row').filter({ hasText: name });
  }

  async callRoll(name: string, attendance: 'Có mặt' | 'Trực tuyến' | 'Vắng', reason?: string): Promise<void> {
    const row = this.attendeeRow(name);
    await row.locator('.ant-radio-button-wrapper').filter({ hasText: attendance }).click();
    if (attendance !== 'Vắng') return;
    const modal = this.modal;
    await expect(modal).toContainText(`Lý do vắng mặt — ${name}`);
    if (reason) await modal.getByLabel('Lý do vắng').fill(reason);
    await modal.getByRole('button', { name: 'Lưu' }).click();
  }

  conclusion(text: string): Locator {
    return this.page.getByTestId('conclusion').filter({ hasText: text });
  }

  async addConclusion(section: string, text: string): Promise<void> {
    await this.button('Thêm kết luận').click();
    const modal = this.modal;
    await modal.getByLabel('Mục').fill(section);
    await modal.getByLabel('Nội dung kết luận').fill(text);
    await modal.getByRole('button', { name: 'Lưu' }).click();
    await expect(this.conclusion(text.slice(0, 60))).toHaveCount(1);
  }

  async assignTask(
    conclusionText: string,
    task: { title: string; lead: string; cooperating: readonly string[]; deadline: string; due: string },
  ): Promise<void> {
    await this.conclusion(conclusionText).getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    const drawer = this.drawer;
    await drawer.getByLabel('Nhiệm vụ', { exact: true }).fill(task.title);
    await this.pick(drawer.getByLabel('Đơn vị chủ trì'), task.lead);
    for (const unit of task.cooperating) await this.pick(drawer.getByLabel('Đơn vị phối hợp'), unit);
    await drawer.getByLabel(/^Thời hạn/).fill(task.deadline);
    await expect(drawer).toContainText(`Hạn chót: ${task.due}`);
    await drawer.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await expect(
      this.conclusion(conclusionText).getByTestId('conclusion-task').filter({ hasText: task.title }),
    ).toHaveCount(1);
  }
}
