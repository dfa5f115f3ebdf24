/**
 * Vietnamese phrases the domain code builds: roll-ups of indicators, comment and roll-call summaries,
 * reminders, period and date names, the problems of a pasted table's cells, backup files. Keys are
 * `<group>.<name>`; `{name}` marks a parameter. `domain-en.ts` must have exactly these keys.
 */
export const domainVi = {
  'rollup.achievedOrExpected': '{count}/{total} chỉ tiêu đạt và dự kiến đạt',
  'rollup.achieved': '{count}/{total} chỉ tiêu đạt',
  'rollup.achievedWithCongress':
    '{count}/{total} chỉ tiêu đạt, trong đó {congress} chỉ tiêu Nghị quyết Đại hội',
  'rollup.noCongress': 'Không có chỉ tiêu thuộc Nghị quyết Đại hội',
  'rollup.congressSummary': '{total} chỉ tiêu thuộc Nghị quyết Đại hội: {counts}',
  'rollup.summary': '{total} chỉ tiêu: {achieved}',
  'rollup.summaryWithCongress': '{total} chỉ tiêu ({congress} thuộc Nghị quyết Đại hội): {achieved}',
  'comments.accepted': 'tiếp thu {count}',
  'comments.explained': 'giải trình {count}',
  'comments.noted': 'ghi nhận {count}',
  'comments.pending': 'chờ xử lý {count}',
  'comments.total': '{total} góp ý',
  'comments.totalWithParts': '{total} góp ý: {parts}',
  'reminder.overdue': 'Quá hạn {days} ngày: {title}',
  'reminder.dueToday': 'Đến hạn hôm nay: {title}',
  'reminder.daysLeft': 'Còn {days} ngày: {title}',
  'rollCall.label': 'có mặt {attending}/{total}',
  'period.h1': '6 tháng đầu năm {year}',
  'period.q3': '9 tháng năm {year}',
  'period.year': 'năm {year}',
  'date.long': 'ngày {day} tháng {month} năm {year}',
  'number.invalid':
    '"{input}" không phải là số hợp lệ: dùng dấu chấm ngăn cách hàng nghìn và dấu phẩy trước phần thập phân (ví dụ 1.234,5).',
  'cell.direction': 'chiều đánh giá phải là Tăng, Giảm, Duy trì hoặc Có/Không',
  'cell.flag': 'ghi "x" hoặc "có" nếu thuộc Nghị quyết Đại hội, để trống nếu không',
  'cell.notNumber': '"{text}" không phải là số (dùng dấu phẩy cho phần thập phân, ví dụ 82,3)',
  'cell.tooLarge': 'số quá lớn',
  'cell.unitAmbiguous': '"{text}" khớp nhiều đơn vị, hãy ghi rõ hơn',
  'cell.unitNotFound': 'không tìm thấy đơn vị "{text}" trong danh bạ',
  'paste.columnOfPeriod': '{column} {period}',
  'paste.columnTwice': 'Cột "{column}" có hai lần',
  'paste.tooManyCells': 'có {cells} ô, nhiều hơn {columns} cột',
  'paste.noName': 'thiếu tên chỉ tiêu',
  'paste.numberRange': 'STT "{number}" phải là số từ 1 đến 999',
  'paste.numberUsed': 'STT {number} đã có trong chương trình',
  'backup.unsupportedEntity': 'Loại bản ghi không được hỗ trợ: {entity}',
  'backup.badSyncInfo': 'thông tin đồng bộ không hợp lệ',
  'backup.recordProblem': '{entity} thứ {n}: {issues}',
  'backup.unreadable': 'Tệp không phải bản sao lưu của Sổ tay Ban Chỉ đạo (không đọc được nội dung).',
  'backup.notBackup': 'Tệp không phải bản sao lưu của Sổ tay Ban Chỉ đạo.',
  'backup.newerVersion': 'Bản sao lưu được tạo bởi phiên bản mới hơn: hãy cập nhật ứng dụng.',
  'backup.corrupt': 'Bản sao lưu bị hỏng: {issues}',
  'backup.invalidData': 'Bản sao lưu có dữ liệu không hợp lệ — {problem}',
} as const;

export type DomainKey = keyof typeof domainVi;
