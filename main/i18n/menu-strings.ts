import type { Locale } from '../../shared/ipc/settings.ts';

/** Texts of the application menu, Vietnamese first. */
export interface MenuStrings {
  file: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  home: string;
  programmes: string;
  tasks: string;
  meetings: string;
  fontLarger: string;
  fontSmaller: string;
  fontReset: string;
  highContrast: string;
  reload: string;
  devTools: string;
  help: string;
  about: string;
}

const vi: MenuStrings = {
  file: 'Tệp',
  quit: 'Thoát',
  edit: 'Chỉnh sửa',
  undo: 'Hoàn tác',
  redo: 'Làm lại',
  cut: 'Cắt',
  copy: 'Sao chép',
  paste: 'Dán',
  selectAll: 'Chọn tất cả',
  view: 'Xem',
  home: 'Trang chủ',
  programmes: 'Chương trình – Kế hoạch',
  tasks: 'Nhiệm vụ',
  meetings: 'Hội nghị',
  fontLarger: 'Tăng cỡ chữ',
  fontSmaller: 'Giảm cỡ chữ',
  fontReset: 'Cỡ chữ mặc định',
  highContrast: 'Tương phản cao',
  reload: 'Tải lại',
  devTools: 'Công cụ nhà phát triển',
  help: 'Trợ giúp',
  about: 'Giới thiệu',
};

const en: MenuStrings = {
  file: 'File',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  view: 'View',
  home: 'Home',
  programmes: 'Programmes & plans',
  tasks: 'Tasks',
  meetings: 'Meetings',
  fontLarger: 'Larger text',
  fontSmaller: 'Smaller text',
  fontReset: 'Default text size',
  highContrast: 'High contrast',
  reload: 'Reload',
  devTools: 'Developer tools',
  help: 'Help',
  about: 'About',
};

export const menuStrings: Record<Locale, MenuStrings> = { vi, en };
