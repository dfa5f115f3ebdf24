/** Vietnamese texts of the working copies: whose copy is open, signing out, a foreign backup. */
export const viCopies = {
  copies: {
    /** The line on the sync screen naming the open copy's account. */
    ownedBy: (displayName: string, username: string, server: string) =>
      `Bản sao dữ liệu của: ${displayName} (${username}) @ ${server}`,
    unowned: 'Bản sao dữ liệu chưa gắn với tài khoản nào: lần đăng nhập đầu tiên sẽ nhận bản sao này.',
    loginHint:
      'Mỗi tài khoản có bản sao dữ liệu riêng trên máy này. Đăng nhập bằng tài khoản khác sẽ mở bản sao của tài khoản đó.',
    signOutTitle: 'Đăng xuất',
    signOutBody:
      'Đăng xuất khỏi máy chủ quận. Nếu giữ lại, bản sao dữ liệu của tài khoản này vẫn ở trên máy và được mở lại khi đăng nhập lại.',
    removeCopy: 'Xoá bản sao dữ liệu của tài khoản này khỏi máy',
    unsentLost: (count: number) =>
      `Còn ${count.toLocaleString('vi-VN')} thay đổi chưa gửi lên máy chủ sẽ bị mất`,
    signOut: 'Đăng xuất',
    signOutAndRemove: 'Đăng xuất và xoá',
    cancel: 'Huỷ',
    signOutFailed: 'Không đăng xuất được',
    foreign:
      'Bản sao dữ liệu đang mở thuộc tài khoản khác: không đồng bộ. Hãy mở lại ứng dụng để dùng đúng bản sao.',
    foreignBackup: (backupOwner: string, copyOwner: string) =>
      `Bản sao lưu này là dữ liệu của ${backupOwner}, không phải của ${copyOwner} đang dùng bản sao này. Không có gì bị thay đổi.`,
    account: (displayName: string, username: string, server: string) =>
      `${displayName} (${username}) @ ${server}`,
    restoredBoundTo: (account: string) =>
      `Dữ liệu vừa khôi phục là của ${account}: bản sao này nay thuộc tài khoản đó; hãy đăng nhập bằng tài khoản đó để đồng bộ.`,
    restoredResync: 'Sẽ đồng bộ lại toàn bộ với máy chủ ở lần đồng bộ tới.',
  },
};
