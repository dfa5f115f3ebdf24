import { chairOf, ward } from './directory.ts';
import type { ProgrammeTasks } from './tasks.ts';

/** Tasks of 03-CTr/QU: drainage, parks, alleys, relics, order in construction. */
export const TASKS_03: ProgrammeTasks = () => [
  [
    'current',
    {
      title: 'Nạo vét, khơi thông hệ thống thoát nước trước mùa mưa bão',
      lead: 'phongQldt',
      coop: [ward('Bồ Đề'), ward('Thượng Thanh'), ward('Giang Biên')],
      responsible: 'truongPhongQldt',
      assignedBy: 'pctMinh',
      deadline: -2,
      priority: 'urgent',
      status: 'in_progress',
      progress: 75,
      updates: [
        { date: -20, progress: 40, text: 'Đã nạo vét 40% khối lượng cống, rãnh thoát nước.' },
        {
          date: -4,
          progress: 75,
          text: 'Đã nạo vét 75% khối lượng (18,6/24,8 km cống); còn các tuyến tại phường Giang Biên.',
        },
      ],
    },
  ],
  [
    'current',
    {
      title: 'Xử lý điểm úng ngập cục bộ tại tổ dân phố số 8 phường Thượng Thanh',
      lead: ward('Thượng Thanh'),
      coop: ['phongQldt'],
      responsible: chairOf('Thượng Thanh'),
      assignedBy: 'pctMinh',
      deadline: 25,
      priority: 'urgent',
      status: 'in_progress',
      progress: 40,
      updates: [{ date: -3, progress: 40, text: 'Đã lắp đặt 120 m cống thoát nước; đang thi công ga thu.' }],
    },
  ],
  [
    'current',
    {
      title: 'Hoàn thiện hồ sơ chuẩn bị đầu tư dự án xây dựng vườn hoa tại phường Phúc Đồng',
      lead: ward('Phúc Đồng'),
      coop: ['phongQldt', 'phongTcKh'],
      responsible: chairOf('Phúc Đồng'),
      assignedBy: 'pctMinh',
      deadline: 60,
      status: 'in_progress',
      progress: 30,
      updates: [
        {
          date: -15,
          progress: 30,
          text: 'Đã hoàn thành khảo sát hiện trạng; đang lập báo cáo kinh tế - kỹ thuật.',
        },
      ],
    },
  ],
  [
    'current',
    {
      title: 'Kiểm tra trật tự xây dựng, xử lý vi phạm trên đất công tại phường Giang Biên',
      lead: ward('Giang Biên'),
      coop: ['phongQldt', 'congAn'],
      responsible: chairOf('Giang Biên'),
      assignedBy: 'pctMinh',
      deadline: -15,
      priority: 'high',
      status: 'in_progress',
      progress: 50,
      updates: [
        { date: -20, progress: 50, text: 'Đã xử lý 6/12 trường hợp vi phạm; 6 trường hợp đang lập hồ sơ.' },
      ],
    },
  ],
  [
    'current',
    {
      title: 'Duy tu, duy trì 46 vườn hoa, cây xanh trên địa bàn quận',
      lead: 'phongQldt',
      responsible: 'truongPhongQldt',
      assignedBy: 'pctMinh',
      deadline: 120,
      status: 'in_progress',
      progress: 60,
      updates: [{ date: -30, progress: 60, text: 'Đã hoàn thành 60% khối lượng duy tu theo hợp đồng năm.' }],
    },
  ],
  [
    'current',
    {
      title: 'Chuẩn bị đầu tư dự án tu bổ, tôn tạo di tích đình, chùa trên địa bàn phường Cự Khối',
      lead: ward('Cự Khối'),
      coop: ['phongVhTt'],
      responsible: chairOf('Cự Khối'),
      assignedBy: 'pctLanAnh',
      deadline: 75,
      status: 'not_started',
      progress: 0,
    },
  ],
  [
    'current',
    {
      title: 'Giám sát thu gom, vận chuyển rác thải sinh hoạt trong ngày tại các tổ dân phố phường Sài Đồng',
      lead: ward('Sài Đồng'),
      coop: ['phongTnMt'],
      responsible: chairOf('Sài Đồng'),
      assignedBy: 'pctMinh',
      deadline: -10,
      status: 'done',
      progress: 100,
      updates: [
        {
          date: -11,
          progress: 100,
          text: '100% rác thải sinh hoạt được thu gom, vận chuyển trong ngày; không còn điểm tồn đọng.',
        },
      ],
    },
  ],
  [
    'current',
    {
      title: 'Lập thiết kế đô thị các tuyến đường còn lại theo kế hoạch',
      lead: 'phongQldt',
      coop: ['phongTcKh'],
      responsible: 'truongPhongQldt',
      assignedBy: 'duongHoaiNam',
      deadline: -25,
      status: 'not_started',
      progress: 0,
    },
  ],
  [
    'current',
    {
      title: 'Cải tạo, chỉnh trang các tuyến đường ngõ ngách trên địa bàn phường Ngọc Lâm',
      lead: ward('Ngọc Lâm'),
      coop: ['phongQldt'],
      responsible: chairOf('Ngọc Lâm'),
      assignedBy: 'pctMinh',
      deadline: -40,
      status: 'done',
      progress: 100,
      updates: [
        { date: -70, progress: 50, text: 'Đã hoàn thành 50% khối lượng, 7/14 tuyến ngõ.' },
        {
          date: -42,
          progress: 100,
          text: 'Hoàn thành cải tạo, chỉnh trang 14 tuyến ngõ, nghiệm thu đưa vào sử dụng.',
        },
      ],
    },
  ],
  [
    'programme',
    {
      title: 'Rà soát, đánh giá khả năng hoàn thành 3 dự án thoát nước lớn trong nhiệm kỳ',
      lead: 'phongQldt',
      coop: ['phongTcKh'],
      responsible: 'truongPhongQldt',
      assignedBy: 'duongHoaiNam',
      deadline: 14,
      status: 'in_progress',
      progress: 30,
      updates: [
        {
          date: -6,
          progress: 30,
          text: 'Đã làm việc với chủ đầu tư về tiến độ giải phóng mặt bằng 2/3 dự án.',
        },
      ],
    },
  ],
  [
    'past',
    {
      title: 'Hoàn thành lắp đặt trụ nước chữa cháy tại các khu dân cư',
      lead: 'congAn',
      coop: ['phongQldt'],
      responsible: 'truongCongAn',
      assignedBy: 'pctMinh',
      deadline: '2022-11-30',
      status: 'done',
      progress: 100,
      updates: [
        { date: '2022-11-25', progress: 100, text: 'Hoàn thành lắp đặt trụ cứu hỏa với diện tích 1.015 ha.' },
      ],
    },
  ],
];
