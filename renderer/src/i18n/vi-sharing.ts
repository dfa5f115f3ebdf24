/** Chia sẻ — who reads and writes a programme or a meeting, as its managers see and change it. */
export const viSharing = {
  sharing: {
    /** A new meeting from someone without "tổ chức hội nghị": the server will not take it yet. */
    meetingDraftOnly:
      'Máy chủ quận chỉ nhận hội nghị mới của người được giao vai trò "tổ chức hội nghị" (hoặc quản trị viên). Hội nghị đồng chí thêm được lưu trên máy này như một bản nháp, và gửi lại được (Đồng bộ → Thử lại) khi đồng chí được giao vai trò này.',
    open: 'Chia sẻ',
    title: 'Người được xem và sửa',
    intro:
      'Những người dưới đây xem được (và nếu được giao, sửa được) chương trình hoặc hội nghị này trên máy của họ.',
    offline:
      'Cần kết nối máy chủ quận để xem và thay đổi người được chia sẻ: quyền xem và sửa do máy chủ quản lý. Hãy kết nối mạng rồi mở lại.',
    signedOut: 'Hãy đăng nhập máy chủ quận để chia sẻ.',
    loading: 'Đang tải danh sách người được chia sẻ…',
    empty: 'Chưa chia sẻ cho ai.',
    person: 'Người dùng',
    unit: 'Đơn vị',
    role: 'Quyền',
    actions: 'Thao tác',
    roles: { read: 'Chỉ xem', write: 'Xem và sửa', manage: 'Quản lý (giao quyền)' },
    roleOf: (name: string) => `Quyền của ${name}`,
    manageByAdmin: 'Chỉ quản trị viên giao hoặc đổi quyền quản lý.',
    remove: 'Bỏ chia sẻ',
    removeOf: (name: string) => `Bỏ chia sẻ với ${name}`,
    removeConfirm: (name: string) =>
      `Bỏ quyền của ${name}? Dữ liệu sẽ rời máy của người này ở lần đồng bộ tới.`,
    removeYes: 'Bỏ chia sẻ',
    removeNo: 'Thôi',
    add: 'Thêm người',
    addPerson: 'Người được chia sẻ',
    addPersonPlaceholder: 'Gõ tên để tìm',
    addRole: 'Quyền được giao',
    addButton: 'Chia sẻ',
    noAccounts: 'Chưa có danh sách người dùng: hãy đồng bộ một lần khi có mạng.',
    pickPerson: 'Hãy chọn một người.',
    added: (name: string) => `Đã chia sẻ với ${name}.`,
    changed: (name: string) => `Đã đổi quyền của ${name}.`,
    removed: (name: string) => `Đã bỏ chia sẻ với ${name}.`,
    you: '(bạn)',
    noUnit: '—',
    retry: 'Thử lại',
    close: 'Đóng',
    errors: {
      forbidden:
        'Máy chủ không cho phép: bạn không có quyền quản lý chia sẻ ở đây, hoặc quyền này chỉ quản trị viên được giao.',
      not_found: 'Không tìm thấy người dùng hoặc không gian này trên máy chủ (có thể đã bị xoá).',
      offline: 'Mất kết nối máy chủ: chưa thay đổi được. Hãy thử lại khi có mạng.',
      unauthorized: 'Phiên đăng nhập đã hết: hãy đăng nhập lại rồi thử lại.',
      update_required: 'Máy chủ cần phiên bản ứng dụng mới hơn để chia sẻ.',
      rate_limited: 'Máy chủ đang bận: hãy thử lại sau ít phút.',
      other: 'Máy chủ chưa thực hiện được yêu cầu. Hãy thử lại.',
    },
  },
};
