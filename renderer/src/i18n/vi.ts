import { viProgrammes } from './vi-programmes.ts';
import { viMeetings } from './vi-meetings.ts';
import { viTasks } from './vi-tasks.ts';
import { viCopies } from './vi-copies.ts';
import { viAccess } from './vi-access.ts';
import { viHistory } from './vi-history.ts';
import { viSharing } from './vi-sharing.ts';
import { viMinutes } from './vi-minutes.ts';
import { viAdmin } from './vi-admin.ts';
import { viDirectory } from './vi-directory.ts';
import { viPresence } from './vi-presence.ts';
import { viFiles } from './vi-files.ts';

/** Vietnamese, the app's first language. Every other locale has exactly these keys. */
export const vi = {
  appName: 'Sổ tay Ban Chỉ đạo',
  appTagline: 'Chương trình, nhiệm vụ và hội nghị — làm việc cả khi không có mạng',
  nav: {
    home: 'Trang chủ',
    programmes: 'Chương trình – Kế hoạch',
    tasks: 'Nhiệm vụ',
    meetings: 'Hội nghị',
    data: 'Dữ liệu trên máy',
    directory: 'Danh bạ',
    admin: 'Quản trị',
  },
  home: {
    title: 'Chào mừng đồng chí',
    intro:
      'Theo dõi chương trình công tác và chỉ tiêu, giao và đôn đốc nhiệm vụ, chuẩn bị và ghi biên bản hội nghị. Mọi thay đổi được lưu trên máy trước, rồi đồng bộ với máy chủ quận khi có kết nối.',
    programmesHint: 'Chương trình toàn khóa, chỉ tiêu và kế hoạch thực hiện hằng năm.',
    tasksHint: 'Nhiệm vụ được giao: đơn vị chủ trì, phối hợp, thời hạn và tiến độ.',
    meetingsHint: 'Hội nghị, chương trình nghị sự, góp ý dự thảo, kết luận và giao nhiệm vụ.',
    open: 'Mở',
  },
  empty: {
    programmes: 'Chưa có chương trình công tác nào.',
    tasks: 'Chưa có nhiệm vụ nào.',
    meetings: 'Chưa có hội nghị nào.',
  },
  shell: {
    skipToMain: 'Bỏ qua, đến nội dung chính',
    mainMenu: 'Danh mục chính',
    clear: 'Xóa trắng',
    remove: 'Bỏ mục này',
    search: 'Tìm kiếm',
    displayControls: 'Hiển thị',
  },
  display: {
    fontSmaller: 'Giảm cỡ chữ',
    fontReset: 'Cỡ chữ mặc định',
    fontLarger: 'Tăng cỡ chữ',
    highContrast: 'Tương phản cao',
    language: 'Ngôn ngữ',
  },
  status: {
    online: 'Trực tuyến',
    offline: 'Ngoại tuyến',
    signedOut: 'Chưa đăng nhập máy chủ',
    unreachable: 'Không kết nối được máy chủ',
    pending: (count: number) =>
      count === 0 ? 'Không có thay đổi chờ đồng bộ' : `${count} thay đổi chờ đồng bộ`,
    version: (version: string) => `Phiên bản ${version}`,
    hostElectron: 'Ứng dụng máy tính',
    hostWeb: 'Chạy trên trình duyệt',
  },
  errors: {
    invalid_input: 'Dữ liệu không hợp lệ.',
    too_large: 'Dữ liệu quá lớn.',
    unknown_channel: 'Yêu cầu không được hỗ trợ.',
    forbidden: 'Không có quyền thực hiện thao tác này.',
    not_found: 'Không tìm thấy.',
    conflict: 'Dữ liệu đã bị thay đổi ở nơi khác.',
    unavailable: 'Không kết nối được với tiến trình chính của ứng dụng.',
    internal: 'Đã có lỗi xảy ra. Vui lòng thử lại.',
    offline: 'Không kết nối được máy chủ quận. Dữ liệu vẫn được lưu trên máy.',
    unauthorized: 'Phiên đăng nhập đã hết hạn hoặc sai tên đăng nhập, mật khẩu.',
    update_required:
      'Máy chủ quận cần phiên bản ứng dụng mới hơn. Hãy cập nhật; các thay đổi chờ đồng bộ vẫn được giữ.',
    resync_required: 'Cần đồng bộ lại toàn bộ dữ liệu.',
    rate_limited: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.',
    startFailed: 'Không khởi động được ứng dụng',
  },
  ...viProgrammes,
  ...viMeetings,
  ...viTasks,
  ...viCopies,
  ...viAccess,
  ...viHistory,
  ...viSharing,
  ...viMinutes,
  ...viAdmin,
  ...viDirectory,
  ...viPresence,
  ...viFiles,
  data: {
    title: 'Dữ liệu trên máy',
    intro:
      'Dữ liệu được lưu trên máy này trước, rồi đồng bộ với máy chủ quận. Hãy sao lưu định kỳ, nhất là trước khi cài lại máy.',
    records: (n: number) => `${n.toLocaleString('vi-VN')} bản ghi`,
    backup: 'Sao lưu ngay',
    backedUp: (path: string) => `Đã sao lưu vào ${path}`,
    restore: 'Khôi phục',
    restoreFrom: 'Khôi phục từ bản sao lưu',
    chooseFile: 'Chọn tệp khác…',
    noBackups: 'Chưa có bản sao lưu nào trong thư mục sao lưu.',
    confirmRestore: 'Khôi phục sẽ thay toàn bộ dữ liệu trên máy bằng nội dung bản sao lưu. Tiếp tục?',
    restored: (n: number) => `Đã khôi phục ${n.toLocaleString('vi-VN')} bản ghi.`,
    restoreRefused: 'Không khôi phục được',
    demo: 'Nạp dữ liệu mẫu (quận Long Biên)',
    demoLoaded: (n: number) => `Đã nạp ${n.toLocaleString('vi-VN')} bản ghi mẫu.`,
    demoOnlyEmpty: 'Chỉ nạp dữ liệu mẫu vào hồ sơ còn trống.',
    folder: (path: string) => `Thư mục sao lưu: ${path}`,
  },
  sync: {
    login: 'Đăng nhập máy chủ quận',
    serverUrl: 'Địa chỉ máy chủ',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    signIn: 'Đăng nhập',
    signOut: 'Đăng xuất',
    signedInAs: (name: string) => `Đăng nhập: ${name}`,
    notSignedIn: 'Dữ liệu chỉ ở trên máy này',
    syncNow: 'Đồng bộ ngay',
    syncing: 'Đang đồng bộ…',
    lastSync: (when: string) => `Đã đồng bộ lúc ${when}`,
    never: 'Chưa đồng bộ lần nào',
    panel: 'Đồng bộ',
    progress: (phase: string, done: number) => `${phase}: ${done.toLocaleString('vi-VN')}`,
    phases: {
      snapshot: 'Tải dữ liệu ban đầu',
      push: 'Gửi thay đổi',
      pull: 'Nhận thay đổi',
      conflicts: 'Kiểm tra xung đột',
    },
    conflicts: 'Xung đột cần xem',
    noConflicts: 'Không có xung đột.',
    kept: 'Giá trị đang dùng',
    overwritten: 'Giá trị bị ghi đè',
    restoreThis: 'Dùng giá trị này',
    dismiss: 'Giữ nguyên',
    rejected: 'Thay đổi không được chấp nhận',
    noRejected: 'Mọi thay đổi đều đã được máy chủ chấp nhận.',
    copy: 'Sao chép',
    copied: 'Đã sao chép',
    retry: 'Thử lại',
    retried: 'Đã gửi lại: thay đổi sẽ được gửi ở lần đồng bộ tới.',
    discard: 'Bỏ',
    discardConfirm: 'Bỏ thay đổi này? Giá trị trên máy chủ được giữ nguyên.',
    discardDraftConfirm: 'Xoá bản nháp này khỏi máy? Máy chủ chưa có bản ghi này.',
    discarded: 'Đã bỏ thay đổi.',
    draft: 'Bản nháp trên máy',
    draftHint: 'Máy chủ chưa nhận bản ghi này; nó chỉ có trên máy này cho đến khi được gửi lại thành công.',
    meetingDraftOnly:
      'Máy chủ quận hiện chỉ nhận hội nghị mới do quản trị viên tạo. Hội nghị đồng chí thêm được lưu trên máy này như một bản nháp, và gửi lại được (Đồng bộ → Thử lại) khi đồng chí được giao quyền.',
    yourValues: 'Giá trị đồng chí đã nhập',
    rejectedCount: (n: number) => `${n.toLocaleString('vi-VN')} thay đổi không được chấp nhận`,
    massDeletion: (n: number, total: number) =>
      `Lần đồng bộ này sẽ xoá ${n} trên ${total} bản ghi trên máy. Đồng chí có chắc chắn?`,
    confirmDeletion: 'Đồng ý xoá',
    by: (name: string) => `bởi ${name}`,
  },
  about: {
    title: 'Giới thiệu',
    body: 'Ứng dụng cho các ban chỉ đạo, văn phòng và phòng, ban, phường theo dõi chương trình công tác, nhiệm vụ và hội nghị.',
  },
};

/** The shape every locale must have: same keys, same function signatures. */
export type Messages = typeof vi;
