import { chairOf, ward } from './directory.ts';
import type { ProgrammeTasks } from './tasks.ts';

/** Tasks of 02-CTr/QU: the quality of people's lives — culture, schools, health, social security. */
export const TASKS_02: ProgrammeTasks = (year) => [
  [
    'current',
    {
      title: 'Rà soát, hỗ trợ các hộ cận nghèo thoát cận nghèo bền vững',
      lead: 'phongLdTbXh',
      coop: ['mttq', 'hoiPhuNu'],
      responsible: 'truongPhongLdTbXh',
      assignedBy: 'nguyenManhHa',
      deadline: 60,
      status: 'in_progress',
      progress: 70,
      updates: [
        { date: -30, progress: 50, text: 'Đã rà soát 100% hộ cận nghèo; hỗ trợ vốn vay cho 21 hộ.' },
        {
          date: -5,
          progress: 70,
          text: 'Đã hoàn thành 70% khối lượng; 15 hộ đủ điều kiện thoát cận nghèo.',
        },
      ],
    },
  ],
  [
    'current',
    {
      title: 'Hoàn thiện hồ sơ đề nghị công nhận phường Bồ Đề đạt chuẩn “Đô thị văn minh”',
      lead: ward('Bồ Đề'),
      coop: ['phongVhTt', 'phongQldt'],
      responsible: chairOf('Bồ Đề'),
      assignedBy: 'pctLanAnh',
      deadline: 20,
      priority: 'high',
      status: 'in_progress',
      progress: 55,
      updates: [
        {
          date: -6,
          progress: 55,
          text: 'Đã đạt 11/20 tiêu chí; đang chỉnh trang vỉa hè, biển hiệu trên các tuyến phố chính.',
        },
      ],
    },
  ],
  [
    'current',
    {
      title: 'Hoàn thiện hồ sơ đề nghị công nhận phường Thạch Bàn đạt chuẩn “Đô thị văn minh”',
      lead: ward('Thạch Bàn'),
      coop: ['phongVhTt', 'phongQldt'],
      responsible: chairOf('Thạch Bàn'),
      assignedBy: 'pctLanAnh',
      deadline: -8,
      status: 'in_progress',
      progress: 30,
      updates: [
        {
          date: -25,
          progress: 30,
          text: 'Đã hoàn thành 30% khối lượng; vướng giải phóng mặt bằng tuyến đường nội phường.',
        },
      ],
    },
  ],
  [
    'current',
    {
      title: 'Xây dựng điểm vui chơi cho trẻ em tại tổ dân phố số 5 phường Bồ Đề',
      lead: ward('Bồ Đề'),
      coop: ['phongVhTt', 'quanDoan'],
      responsible: chairOf('Bồ Đề'),
      assignedBy: 'pctLanAnh',
      deadline: 40,
      status: 'not_started',
      progress: 0,
    },
  ],
  [
    'current',
    {
      title: 'Triển khai phân loại rác thải sinh hoạt tại nguồn tại phường Phúc Lợi',
      lead: ward('Phúc Lợi'),
      coop: ['phongTnMt', 'hoiPhuNu'],
      responsible: chairOf('Phúc Lợi'),
      assignedBy: 'pctMinh',
      deadline: 30,
      status: 'in_progress',
      progress: 45,
      updates: [
        {
          date: -10,
          progress: 45,
          text: 'Đã triển khai tại 12/27 tổ dân phố; phát 2.400 bộ thùng phân loại rác cho hộ dân.',
        },
      ],
    },
  ],
  [
    'current',
    {
      title: 'Ôn tập, nâng cao chất lượng kỳ thi vào lớp 10 trung học phổ thông công lập',
      lead: 'phongGdDt',
      responsible: 'truongPhongGdDt',
      assignedBy: 'pctLanAnh',
      deadline: 50,
      status: 'in_progress',
      progress: 65,
      updates: [
        {
          date: -12,
          progress: 65,
          text: '100% trường THCS đã tổ chức ôn tập; hoàn thành 2 đợt khảo sát chất lượng học sinh lớp 9.',
        },
      ],
    },
  ],
  [
    'current',
    {
      title: 'Tuyên truyền, vận động người dân tham gia bảo hiểm y tế hộ gia đình',
      lead: ward('Việt Hưng'),
      coop: ['phongYTe', 'mttq'],
      responsible: chairOf('Việt Hưng'),
      assignedBy: 'pctLanAnh',
      deadline: -3,
      status: 'in_progress',
      progress: 80,
      updates: [
        {
          date: -9,
          progress: 80,
          text: 'Tỷ lệ bao phủ bảo hiểm y tế của phường đạt 94,6%; đang vận động các hộ còn lại.',
        },
      ],
    },
  ],
  [
    'current',
    {
      title: 'Khám sức khỏe định kỳ, lập hồ sơ quản lý sức khỏe người cao tuổi',
      lead: 'phongYTe',
      coop: ['hoiCcb'],
      responsible: 'truongPhongYTe',
      assignedBy: 'pctLanAnh',
      deadline: 15,
      status: 'paused',
      progress: 20,
      updates: [
        {
          date: -18,
          progress: 20,
          text: 'Đã khám cho 1.150 người cao tuổi. Tạm dừng do chờ bố trí kinh phí bổ sung.',
        },
      ],
    },
  ],
  [
    'current',
    {
      title: `Bình xét danh hiệu “Gia đình văn hóa”, “Tổ dân phố văn hóa” năm ${year}`,
      lead: 'phongVhTt',
      coop: ['mttq'],
      responsible: 'truongPhongVhTt',
      assignedBy: 'pctLanAnh',
      deadline: 100,
      status: 'not_started',
      progress: 0,
    },
  ],
  [
    'current',
    {
      title: 'Cải tạo chợ dân sinh trên địa bàn phường Đức Giang đạt chuẩn văn minh thương mại',
      lead: ward('Đức Giang'),
      coop: ['phongTcKh', 'phongQldt'],
      responsible: chairOf('Đức Giang'),
      assignedBy: 'pctMinh',
      deadline: -30,
      status: 'done',
      progress: 100,
      updates: [
        { date: -60, progress: 60, text: 'Đã hoàn thành 60% khối lượng cải tạo mái che, hệ thống điện.' },
        { date: -32, progress: 100, text: 'Đã hoàn thành cải tạo, đưa chợ vào hoạt động.' },
      ],
    },
  ],
  [
    'programme',
    {
      title: 'Tổng hợp báo cáo kết quả thực hiện các chỉ tiêu Chương trình số 02-CTr/QU 6 tháng đầu năm',
      lead: 'phongVhTt',
      responsible: 'truongPhongVhTt',
      assignedBy: 'nguyenManhHa',
      deadline: 5,
      status: 'not_started',
      progress: 0,
    },
  ],
  [
    'past',
    {
      title: 'Tổ chức công nhận mới 3 phường đạt chuẩn “Đô thị văn minh”',
      lead: 'phongVhTt',
      coop: ['phongQldt'],
      responsible: 'truongPhongVhTt',
      assignedBy: 'nguyenManhHa',
      deadline: '2022-12-15',
      status: 'done',
      progress: 100,
      updates: [
        {
          date: '2022-12-09',
          progress: 100,
          text: 'Đã duy trì 3 phường và công nhận mới 3 phường đạt chuẩn “Đô thị văn minh”.',
        },
      ],
    },
  ],
];
