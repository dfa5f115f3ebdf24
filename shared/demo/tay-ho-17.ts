import type { ConclusionTasks, MeetingSpec } from './meeting-builder.ts';

const MEMBER = 'Ủy viên Ban Chấp hành Đảng bộ quận';
const SECTION = 'Nhiệm vụ trọng tâm thời gian tới';

/**
 * Hội nghị lần thứ 17 Ban Chấp hành Đảng bộ quận Tây Hồ khóa VI (5/10/2023), from its public report (not in the repository). Who
 * presented the first report is not in the report: it is given to the (made-up) Phó Bí thư Thường trực.
 */
export const TAY_HO_17: MeetingSpec = {
  title: 'Hội nghị lần thứ 17 Ban Chấp hành Đảng bộ quận Tây Hồ khóa VI, nhiệm kỳ 2020 - 2025',
  kind: 'plenum',
  date: '2023-10-05',
  start: '08:00',
  end: '11:30',
  place: 'Hội trường Quận ủy Tây Hồ',
  chair: 'leThiThuHang',
  minuteTaker: 'tayHoChanhVp',
  term: 'VI',
  session: 17,
  issuingBody: 'Ban Chấp hành Đảng bộ quận Tây Hồ',
  agenda: [
    {
      title:
        'Báo cáo kết quả công tác lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị 9 tháng, nhiệm vụ trọng tâm ' +
        '3 tháng cuối năm 2023',
      kind: 'report',
      presenter: 'tayHoPhoBiThu',
    },
    {
      title: 'Báo cáo kết quả thực hiện các chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội 9 tháng năm 2023',
      kind: 'report',
      presenter: 'tayHoPhoChuTich',
    },
    {
      title: 'Kế hoạch, nhiệm vụ trọng tâm 3 tháng cuối năm 2023',
      kind: 'draft',
      presenter: 'tayHoPhoChuTich',
    },
    {
      title:
        'Báo cáo kết quả thực hiện Kế hoạch đầu tư công 9 tháng và nhiệm vụ, giải pháp trọng tâm để hoàn ' +
        'thành kế hoạch đầu tư công năm 2023',
      kind: 'report',
      presenter: 'tayHoChuTich',
    },
  ],
  attendees: [
    { group: 'Ủy viên Ban Chấp hành Đảng bộ quận Tây Hồ khóa VI', role: 'Thành viên hội nghị' },
    { group: 'Lãnh đạo các phòng, ban, ngành, đoàn thể quận', role: 'Đại biểu mời' },
    { group: 'Bí thư Đảng ủy các phường', role: 'Đại biểu mời' },
    { person: 'leThiThuHang', role: 'Chủ trì hội nghị' },
    { person: 'tayHoPhoBiThu', role: MEMBER },
    { person: 'tayHoChuTich', role: MEMBER },
    { person: 'tayHoPhoChuTich', role: MEMBER },
    { person: 'tayHoChanhVp', role: `${MEMBER}, thư ký hội nghị` },
    { person: 'tayHoTruongCongAn', role: MEMBER },
    { person: 'truongTuUyen', role: MEMBER },
    { person: 'biThuPhuThuong', role: MEMBER },
    { person: 'biThuNhatTan', role: MEMBER },
  ],
  speeches: [
    {
      speaker: 'tayHoPhoBiThu',
      item: 0,
      summary:
        'Trong 9 tháng năm 2023, Ban Chấp hành, Ban Thường vụ, Thường trực Quận ủy Tây Hồ đã thực hiện nghiêm ' +
        'túc quy chế làm việc của cấp ủy. Công tác xây dựng Đảng được quan tâm triển khai thực hiện, có hiệu ' +
        'quả như xây dựng chi bộ 4 tốt, đảng viên 4 tốt; tổ chức thành công Hội thi Bí thư chi bộ kiêm Trưởng ' +
        'ban công tác mặt trận giỏi; 100% sử dụng phần mềm sổ tay đảng viên điện tử trong sinh hoạt chi bộ. ' +
        'Quận đã hoàn thành sơ kết giữa nhiệm kỳ thực hiện nghị quyết Đại hội Đảng các cấp trên địa bàn.',
    },
    {
      speaker: 'tayHoPhoChuTich',
      item: 1,
      summary:
        'Báo cáo kết quả nổi bật 9 tháng đầu năm: giá trị sản xuất công nghiệp ngoài quốc doanh tăng 14%; ' +
        'doanh thu thương mại, dịch vụ, du lịch tăng 55,8% so với cùng kỳ năm 2022; số doanh nghiệp, hộ kinh ' +
        'doanh thành lập mới và quay trở lại hoạt động tăng cao; thu, chi ngân sách quận đảm bảo cân đối. ' +
        'Công tác cải cách hành chính và ứng dụng công nghệ thông tin đứng thứ 4/30 quận, huyện toàn thành ' +
        'phố. Quận hoàn thành công tác di dời các phương tiện thủy ở khu vực đầm Bảy ra khỏi hồ Tây.',
    },
    {
      speaker: 'truongTuUyen',
      summary:
        'Tham luận tại hội nghị: phân tích những kết quả đạt được của phường Quảng An, thẳng thắn chỉ rõ những ' +
        'hạn chế, khuyết điểm, nguyên nhân và đề xuất các giải pháp khắc phục trong thời gian tới.',
    },
    {
      speaker: 'leThiThuHang',
      summary:
        'Phát biểu kết luận: hội nghị đã hoàn thành toàn bộ nội dung chương trình đề ra và thành công tốt ' +
        'đẹp. Cán bộ chủ chốt phải đăng ký nhận nhiều việc khó thuộc thẩm quyền; các đơn vị tăng tốc thực hiện ' +
        'nhiệm vụ những tháng cuối năm.',
    },
  ],
  resolutions: [
    'Ban Chấp hành Đảng bộ quận biểu quyết thông qua nghị quyết hội nghị; giao Ban Thường vụ Quận ủy tiếp tục ' +
      'chỉ đạo hoàn thiện các văn bản trước khi ban hành và triển khai thực hiện.',
  ],
  conclusions: [
    {
      section: SECTION,
      text:
        'Tiếp tục triển khai thực hiện đồng bộ các chương trình công tác toàn khóa của Quận ủy gắn với 10 ' +
        'chương trình công tác của Thành ủy Hà Nội, giai đoạn 2021 - 2025.',
    },
    {
      section: SECTION,
      text:
        'Cán bộ chủ chốt quận đánh giá kết quả việc đăng ký đảm nhận chỉ đạo giải quyết nhiệm vụ khó khăn, ' +
        'phức tạp thuộc thẩm quyền, trách nhiệm được giao trong năm 2023 và đăng ký nội dung đảm nhiệm, chỉ ' +
        'đạo giải quyết những khó khăn vướng mắc thuộc thẩm quyền trách nhiệm được giao trong năm 2024.',
    },
    {
      section: SECTION,
      text:
        'Tiếp tục đổi mới phương thức lãnh đạo của Đảng, nâng cao hiệu lực, hiệu quả hoạt động của hệ thống ' +
        'chính trị; tổ chức học tập, quán triệt, triển khai thực hiện các chỉ thị, nghị quyết; sơ, tổng kết ' +
        'các chỉ thị, nghị quyết của Đảng trên các lĩnh vực của công tác xây dựng Đảng theo chỉ đạo của Trung ' +
        'ương, TP Hà Nội.',
    },
    {
      section: SECTION,
      text:
        'Tập trung phát triển kinh tế, thu chi ngân sách, phấn đấu hoàn thành tỷ lệ giải ngân kế hoạch đầu tư ' +
        'công năm 2023.',
    },
    {
      section: SECTION,
      text:
        'Các đơn vị tập trung, chỉ đạo quyết liệt đẩy nhanh tiến độ giải phóng mặt bằng triển khai thực hiện ' +
        'các dự án trọng điểm, dự án dân sinh bức xúc; tăng cường công tác quản lý quy hoạch, đô thị; quản lý ' +
        'đất đai, bảo vệ môi trường.',
    },
    {
      section: SECTION,
      text:
        'Chủ động nắm bắt tình hình an ninh chính trị, giữ vững trật tự an toàn xã hội; xây dựng, tổ chức thực ' +
        'hiện tốt mô hình công an phường điển hình, kiểu mẫu về an ninh, trật tự và văn minh đô thị tại 2 ' +
        'phường Phú Thượng và Nhật Tân.',
    },
  ],
  comments: [],
};

const IN_2024 = { deadline: '2024-12-31', deadlineText: 'trong năm 2024' } as const;

/** Đăng ký nhiệm vụ khó năm 2024 of key officials, and the office's task, by conclusion number. */
export const TAY_HO_17_TASKS: ConclusionTasks = [
  [
    2,
    {
      title: 'Tổng hợp, đánh giá kết quả đăng ký nhiệm vụ khó năm 2023 của cán bộ chủ chốt quận',
      lead: 'tayHoVpqu',
      responsible: 'tayHoChanhVp',
      assignedBy: 'leThiThuHang',
      deadline: '2023-12-15',
      status: 'done',
      progress: 100,
      updates: [
        {
          date: '2023-12-12',
          progress: 100,
          text: 'Đã tổng hợp kết quả đăng ký nhiệm vụ khó năm 2023, báo cáo Thường trực Quận ủy.',
        },
      ],
    },
  ],
  [
    2,
    {
      title:
        'Chỉ đạo tháo gỡ khó khăn, vướng mắc trong giải phóng mặt bằng các dự án trọng điểm, dự án dân sinh ' +
        'bức xúc trên địa bàn quận',
      lead: 'tayHoBtv',
      coop: ['tayHoUbnd'],
      responsible: 'leThiThuHang',
      ...IN_2024,
      priority: 'high',
      status: 'done',
      progress: 100,
      difficult: { registrant: 'leThiThuHang', year: 2024 },
      updates: [
        { date: '2024-06-28', progress: 60, text: 'Đã hoàn thành 60% khối lượng giải phóng mặt bằng.' },
        { date: '2024-12-20', progress: 100, text: 'Hoàn thành bàn giao mặt bằng các dự án trọng điểm.' },
      ],
    },
  ],
  [
    2,
    {
      title: 'Hoàn thành giải ngân kế hoạch vốn đầu tư công năm 2024',
      lead: 'tayHoUbnd',
      responsible: 'tayHoChuTich',
      ...IN_2024,
      priority: 'high',
      status: 'done',
      progress: 100,
      difficult: { registrant: 'tayHoChuTich', year: 2024 },
      updates: [
        { date: '2024-09-30', progress: 70, text: 'Giải ngân đạt 70% kế hoạch vốn được giao.' },
        { date: '2024-12-31', progress: 100, text: 'Giải ngân đạt 100% kế hoạch vốn đầu tư công năm 2024.' },
      ],
    },
  ],
  [
    2,
    {
      title: 'Chỉ đạo xử lý dứt điểm các vi phạm trật tự xây dựng tồn đọng trên địa bàn phường Quảng An',
      lead: 'tayHoQuangAn',
      responsible: 'truongTuUyen',
      ...IN_2024,
      status: 'in_progress',
      progress: 80,
      difficult: { registrant: 'truongTuUyen', year: 2024 },
      updates: [
        {
          date: '2024-12-20',
          progress: 80,
          text: 'Đã xử lý dứt điểm 8/10 trường hợp vi phạm tồn đọng; 2 trường hợp đang hoàn thiện hồ sơ cưỡng chế.',
        },
      ],
    },
  ],
  [
    6,
    {
      title:
        'Xây dựng mô hình công an phường điển hình, kiểu mẫu về an ninh, trật tự và văn minh đô thị tại ' +
        'phường Phú Thượng và phường Nhật Tân',
      lead: 'tayHoCongAn',
      coop: ['tayHoPhuThuong', 'tayHoNhatTan'],
      responsible: 'tayHoTruongCongAn',
      ...IN_2024,
      status: 'done',
      progress: 100,
      difficult: { registrant: 'tayHoTruongCongAn', year: 2024 },
      updates: [
        {
          date: '2024-11-15',
          progress: 100,
          text: 'Hai phường Phú Thượng, Nhật Tân đã được công nhận mô hình công an phường điển hình, kiểu mẫu.',
        },
      ],
    },
  ],
];
