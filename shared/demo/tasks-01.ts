import { secretaryOf, ward } from './directory.ts';
import type { ProgrammeTasks } from './tasks.ts';

/** Tasks of 01-CTr/QU: building the Party, the cadres, the professional civil service. */
export const TASKS_01: ProgrammeTasks = (year) => [
  [
    'current',
    {
      title: 'Rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý diện Ban Thường vụ Quận ủy quản lý',
      lead: 'banToChuc',
      coop: ['phongNoiVu'],
      responsible: 'truongBanToChuc',
      assignedBy: 'ngoManhDiem',
      deadline: 45,
      priority: 'high',
      status: 'in_progress',
      progress: 60,
      updates: [
        { date: -40, progress: 30, text: 'Đã rà soát 30% hồ sơ cán bộ trong quy hoạch.' },
        {
          date: -10,
          progress: 60,
          text: 'Đã hoàn thành 60% khối lượng; đang tổng hợp ý kiến của các chi, đảng bộ cơ sở.',
        },
      ],
    },
  ],
  [
    'current',
    {
      title: `Tổ chức đánh giá, công nhận cán bộ, công chức, viên chức, người lao động chuyên nghiệp năm ${year}`,
      lead: 'phongNoiVu',
      coop: ['banToChuc', 'vpqu'],
      responsible: 'truongPhongNoiVu',
      assignedBy: 'ngoManhDiem',
      deadline: 75,
      status: 'in_progress',
      progress: 40,
      updates: [
        {
          date: -15,
          progress: 40,
          text: 'Đã tiếp nhận 1.236 hồ sơ tự đánh giá theo Bộ tiêu chí; đang thẩm định tại 14 phường.',
        },
      ],
    },
  ],
  [
    'current',
    {
      title: 'Số hóa hồ sơ, tài liệu lưu trữ của các cơ quan Đảng quận và các phường',
      lead: 'phongNoiVu',
      coop: ['vpqu'],
      responsible: 'truongPhongNoiVu',
      assignedBy: 'ngoManhDiem',
      deadline: -12,
      priority: 'high',
      status: 'in_progress',
      progress: 35,
      updates: [
        { date: -60, progress: 20, text: 'Đã hoàn thành 20% khối lượng tài liệu cần số hóa.' },
        {
          date: -14,
          progress: 35,
          text:
            'Đã số hóa 35% khối lượng tài liệu; chậm tiến độ do đơn vị cung cấp dịch vụ thiếu nhân lực, đề ' +
            'nghị gia hạn đến hết quý.',
        },
      ],
    },
  ],
  [
    'current',
    {
      title: 'Kết nạp đảng viên mới tại các chi bộ tổ dân phố phường Bồ Đề',
      lead: ward('Bồ Đề'),
      coop: ['banToChuc'],
      responsible: secretaryOf('Bồ Đề'),
      assignedBy: 'truongBanToChuc',
      deadline: 90,
      status: 'in_progress',
      progress: 50,
      updates: [
        {
          date: -20,
          progress: 50,
          text: 'Đã kết nạp 9/18 quần chúng ưu tú theo kế hoạch; 6 hồ sơ đang thẩm định.',
        },
      ],
    },
  ],
  [
    'current',
    {
      title: 'Kiểm tra, giám sát chuyên đề việc thực hiện quy chế làm việc tại Đảng ủy các phường',
      lead: 'ubkt',
      coop: ['banToChuc', 'vpqu'],
      responsible: 'chuNhiemUbkt',
      assignedBy: 'ngoManhDiem',
      deadline: 30,
      status: 'not_started',
      progress: 0,
    },
  ],
  [
    'current',
    {
      title: 'Tổ chức lớp bồi dưỡng nhận thức về Đảng và lớp bồi dưỡng đảng viên mới đợt 1',
      lead: 'ttct',
      coop: ['banTuyenGiao'],
      responsible: 'giamDocTtct',
      assignedBy: 'truongBanTuyenGiao',
      deadline: -20,
      status: 'done',
      progress: 100,
      updates: [
        { date: -22, progress: 100, text: 'Đã tổ chức 02 lớp với 236 học viên; 100% học viên đạt yêu cầu.' },
      ],
    },
  ],
  [
    'current',
    {
      title: 'Chuẩn bị nội dung tiếp công dân định kỳ của Bí thư Quận ủy',
      lead: 'vpqu',
      coop: ['banDanVan', 'vpHdndUbnd'],
      responsible: 'chanhVpqu',
      assignedBy: 'duongHoaiNam',
      deadline: 10,
      status: 'not_started',
      progress: 0,
    },
  ],
  [
    'current',
    {
      title: 'Xây dựng mô hình “Dân vận khéo” về chỉnh trang đô thị tại phường Ngọc Thụy',
      lead: ward('Ngọc Thụy'),
      coop: ['banDanVan', 'mttq'],
      responsible: secretaryOf('Ngọc Thụy'),
      assignedBy: 'truongBanDanVan',
      deadline: -5,
      status: 'in_progress',
      progress: 85,
      updates: [
        {
          date: -7,
          progress: 85,
          text: 'Đã hoàn thành 85% khối lượng; đang hoàn thiện hồ sơ đề nghị công nhận mô hình.',
        },
      ],
    },
  ],
  [
    'programme',
    {
      title: 'Báo cáo Ban Chủ nhiệm tiến độ các chỉ tiêu chưa đạt của Chương trình số 01-CTr/QU',
      lead: 'banToChuc',
      responsible: 'truongBanToChuc',
      assignedBy: 'ngoManhDiem',
      deadline: 7,
      status: 'in_progress',
      progress: 20,
      updates: [{ date: -2, progress: 20, text: 'Đã tổng hợp số liệu của 4/7 đơn vị chủ trì chỉ tiêu.' }],
    },
  ],
  [
    'past',
    {
      title:
        'Triển khai Bộ tiêu chí đánh giá sự chuyên nghiệp của cán bộ, công chức, viên chức, người lao động ' +
        'tại các cơ quan, đơn vị và 14 phường',
      lead: 'phongNoiVu',
      coop: ['banToChuc'],
      responsible: 'truongPhongNoiVu',
      assignedBy: 'ngoManhDiem',
      deadline: '2022-06-30',
      status: 'done',
      progress: 100,
      updates: [
        {
          date: '2022-06-24',
          progress: 100,
          text: '100% cơ quan, đơn vị và 14/14 phường đã tổ chức ký cam kết thực hiện Bộ tiêu chí.',
        },
      ],
    },
  ],
];
