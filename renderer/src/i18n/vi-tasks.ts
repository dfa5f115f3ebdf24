/** Vietnamese texts of the tasks screens. */
export const viTasks = {
  tasks: {
    title: 'Nhiệm vụ',
    lead: 'Đơn vị chủ trì',
    deadline: 'Thời hạn',
    status: 'Trạng thái',
    progress: 'Tiến độ',
    edit: 'Sửa nhiệm vụ',
    description: 'Nội dung',
    save: 'Lưu',
    saved: 'Đã lưu trên máy',
    history: 'Lịch sử thay đổi',
  },
  taskStatus: {
    not_started: 'Chưa bắt đầu',
    in_progress: 'Đang thực hiện',
    done: 'Hoàn thành',
    overdue: 'Quá hạn',
    paused: 'Tạm dừng',
  },
};
