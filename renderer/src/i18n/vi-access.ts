/** What the user may only read: the notices shown where edit controls are hidden (`data/use-access.ts`). */
export const viAccess = {
  access: {
    programmeReadOnly: 'Bạn chỉ có quyền xem chương trình này.',
    meetingReadOnly: 'Bạn chỉ có quyền xem hội nghị này.',
    taskReadOnly: 'Bạn chỉ có quyền xem nhiệm vụ này.',
    taskLeadUnit:
      'Đơn vị của bạn chủ trì nhiệm vụ này: bạn cập nhật được trạng thái, tiến độ và báo cáo tiến độ; các thông tin khác chỉ xem.',
    reportsReadOnly: 'Chỉ đơn vị chủ trì hoặc người có quyền sửa mới gửi được báo cáo tiến độ.',
    createNotAllowed: 'Bạn chưa được giao quyền thêm mới ở đây.',
    bulkSkipped: (n: number) =>
      `${n} nhiệm vụ đã chọn bạn không có quyền sửa: thao tác sẽ bỏ qua các nhiệm vụ này.`,
    bulkReadOnly: 'Bạn chỉ có quyền xem các nhiệm vụ đã chọn.',
    noValue: '—',
  },
};
