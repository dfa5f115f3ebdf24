/**
 * Vietnamese texts of the main process that a person reads: the system dialogs, main's refusals of a
 * backup or a sync call, the web host's command line, the reminder notification, the conference materials' files. Keys are `<group>.<name>`;
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
  'files.diskFull': 'Ổ đĩa của máy đã đầy: tệp chưa được lưu. Hãy giải phóng bớt dung lượng rồi thử lại.',
  'files.tooLarge': 'Tệp lớn hơn {limit} MB, vượt giới hạn đính kèm.',
  'files.outOfOrder':
    'Phần tệp đến sai thứ tự: cần phần bắt đầu ở byte {expected}, nhận phần ở byte {offset}.',
  'files.transferGone': 'Lượt gửi tệp không còn (đã quá lâu hoặc bị huỷ): hãy chọn lại tệp.',
  'files.sizeMismatch':
    'Tệp nhận được có {received} byte, khác với {size} byte của tệp đã chọn: hãy chọn lại tệp.',
  'files.notLocal': 'Tệp chưa có trên máy này: hãy tải về trước.',
  'files.corrupt': 'Bản lưu trên máy của tệp bị hỏng nên đã được xoá: hãy tải lại từ máy chủ.',
  'files.downloadMismatch': 'Tệp tải về không khớp mã kiểm tra nên đã bị bỏ: sẽ tải lại.',
  'files.signedOut': 'Chưa đăng nhập máy chủ quận: tệp sẽ được gửi khi đăng nhập.',
  'files.offline': 'Chưa kết nối được máy chủ quận: sẽ thử lại khi có mạng.',
  'files.forbidden': 'Không có quyền với tệp trong không gian này.',
  'files.notOnServer': 'Máy chủ quận chưa có tệp này.',
  'files.serverError': 'Máy chủ quận báo lỗi khi chuyển tệp ({status}): sẽ thử lại.',
  'files.sentDamaged': 'Máy chủ quận nhận được tệp không khớp với tệp gốc trên máy: sẽ gửi lại từ đầu.',
  'files.openFailed': 'Không mở được tệp bằng ứng dụng của máy: {reason}',
} as const;

export type MainKey = keyof typeof mainVi;
