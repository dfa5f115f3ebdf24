/**
 * Vietnamese texts of the main process that a person reads: the system dialogs, main's refusals of a
 * backup or a sync call, the web host's command line, the reminder notification. Keys are `<group>.<name>`;
 * `{name}` marks a parameter. `main-en.ts` has exactly these. (The menu's texts are `main/i18n/menu-strings.ts`.)
 */
export const mainVi = {
  'app.name': 'Sổ tay Ban Chỉ đạo',
  'dialog.backupFilter': 'Sao lưu Sổ tay Ban Chỉ đạo',
  'dialog.saveBackup': 'Lưu bản sao lưu',
  'dialog.restoreBackup': 'Khôi phục từ bản sao lưu',
  'dialog.exportTasks': 'Xuất danh sách nhiệm vụ',
  'dialog.excelFilter': 'Bảng tính Excel',
  'backup.notFound': 'Không tìm thấy tệp sao lưu.',
  'backup.tooLarge': 'Tệp quá lớn để là bản sao lưu.',
  'backup.outsideFolder': 'Hãy chọn một bản sao lưu trong thư mục sao lưu.',
  'sync.noServer': 'Chưa cấu hình máy chủ quận',
  'static.notFound': 'Không tìm thấy',
  'webHost.badPort': 'Cổng không hợp lệ: {port}',
  'webHost.noBuild': 'Chưa có bản dựng giao diện: chạy `npm run build` trước.',
  'reminders.more': 'và {count} nhiệm vụ khác',
} as const;

export type MainKey = keyof typeof mainVi;
