/** Vietnamese, the app's first language. Every other locale has exactly these keys. */
export const vi = {
  appName: 'Sổ tay Ban Chỉ đạo',
  appTagline: 'Chương trình, nhiệm vụ và hội nghị — làm việc cả khi không có mạng',
  nav: {
    home: 'Trang chủ',
    programmes: 'Chương trình – Kế hoạch',
    tasks: 'Nhiệm vụ',
    meetings: 'Hội nghị',
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
    startFailed: 'Không khởi động được ứng dụng',
  },
  about: {
    title: 'Giới thiệu',
    body: 'Ứng dụng cho các ban chỉ đạo, văn phòng và phòng, ban, phường theo dõi chương trình công tác, nhiệm vụ và hội nghị.',
  },
};

/** The shape every locale must have: same keys, same function signatures. */
export type Messages = typeof vi;
