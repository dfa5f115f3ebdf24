import type { ConclusionTasks } from './meeting-builder.ts';

/** Tasks the 9th plenum's conclusions gave, by conclusion number; all done in early 2022. */
export const PLENUM_9_TASKS: ConclusionTasks = [
  [
    1,
    {
      title:
        'Xây dựng các kế hoạch thực hiện 03 chương trình công tác trọng tâm toàn khóa của Quận ủy, 10 chương ' +
        'trình Thành ủy năm 2022',
      description:
        'Văn phòng Quận ủy chủ trì, phối hợp với Ban Chủ nhiệm và cơ quan thường trực các Chương trình xây ' +
        'dựng kế hoạch ngay từ đầu năm.',
      lead: 'vpqu',
      coop: ['banToChuc', 'phongVhTt', 'phongQldt', 'vpHdndUbnd'],
      responsible: 'chanhVpqu',
      assignedBy: 'duongHoaiNam',
      deadline: '2022-01-31',
      deadlineText: 'xong trong tháng 01/2022',
      priority: 'high',
      status: 'done',
      progress: 100,
      updates: [
        {
          date: '2022-01-14',
          progress: 60,
          text:
            'Đã hoàn thành dự thảo 03 kế hoạch thực hiện chương trình công tác trọng tâm toàn khóa năm 2022; ' +
            'đang lấy ý kiến các Ban Chủ nhiệm.',
        },
        {
          date: '2022-01-28',
          progress: 100,
          text:
            'Đã ban hành 03 kế hoạch thực hiện chương trình công tác trọng tâm toàn khóa của Quận ủy và 9 kế ' +
            'hoạch thực hiện 10 chương trình công tác lớn của Thành ủy năm 2022.',
        },
      ],
    },
  ],
  [
    2,
    {
      title: 'Triển khai Đề án đổi mới Công nghệ thông tin đáp ứng yêu cầu nhiệm vụ trong tình hình hiện nay',
      lead: 'vpqu',
      coop: ['vpHdndUbnd', 'phongNoiVu'],
      responsible: 'chanhVpqu',
      assignedBy: 'ngoManhDiem',
      deadline: '2022-12-31',
      deadlineText: 'trong năm 2022',
      status: 'done',
      progress: 100,
      updates: [
        {
          date: '2022-06-30',
          progress: 50,
          text: 'Đã hoàn thành 50% khối lượng; triển khai phần mềm quản lý văn bản và điều hành tại 14 phường.',
        },
        {
          date: '2022-12-26',
          progress: 100,
          text: 'Hoàn thành triển khai Đề án; 100% văn bản đi, đến của Quận ủy được xử lý trên môi trường mạng.',
        },
      ],
    },
  ],
  [
    5,
    {
      title: 'Phát động phong trào và các đợt thi đua năm 2022 trong toàn Đảng bộ',
      lead: 'phongNoiVu',
      coop: ['banTuyenGiao', 'mttq'],
      responsible: 'truongPhongNoiVu',
      assignedBy: 'nguyenManhHa',
      deadline: '2022-02-28',
      status: 'done',
      progress: 100,
      updates: [
        {
          date: '2022-02-21',
          progress: 100,
          text: 'Đã tổ chức phát động phong trào thi đua năm 2022 và thi đua chào mừng kỷ niệm 20 năm thành lập quận.',
        },
      ],
    },
  ],
  [
    6,
    {
      title:
        'Hoàn thiện và ban hành chính thức các văn bản trình Hội nghị lần thứ 9; nghiên cứu thống nhất chủ đề ' +
        'công tác năm 2022 của Quận',
      description: 'Tiếp thu các ý kiến góp ý tại hội nghị, căn cứ kết luận của đồng chí Bí thư Quận ủy.',
      lead: 'btv',
      coop: ['ubnd', 'ubkt', 'vpqu'],
      responsible: 'ngoManhDiem',
      assignedBy: 'duongHoaiNam',
      deadline: '2021-12-31',
      priority: 'high',
      status: 'done',
      progress: 100,
      updates: [
        {
          date: '2021-12-30',
          progress: 100,
          text:
            'Đã ban hành chính thức các văn bản; thống nhất chủ đề công tác năm 2022: tiếp tục thực hiện Năm ' +
            'Dân vận khéo gắn với một nhiệm vụ cụ thể.',
        },
      ],
    },
  ],
  [
    7,
    {
      title: 'Ban hành Thông báo Hội nghị Ban Chấp hành lần thứ 9',
      lead: 'vpqu',
      responsible: 'chanhVpqu',
      assignedBy: 'duongHoaiNam',
      deadline: '2021-12-20',
      priority: 'high',
      status: 'done',
      progress: 100,
      updates: [
        {
          date: '2021-12-17',
          progress: 100,
          text: 'Đã ban hành Thông báo kết luận Hội nghị lần thứ 9, gửi các đơn vị để căn cứ tổ chức thực hiện.',
        },
      ],
    },
  ],
];
