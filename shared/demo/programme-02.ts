import { HEALTH_AND_SOCIAL } from './programme-02-social.ts';
import type { IndicatorSpec, ProgrammeSpec } from './programmes.ts';

/** Chỉ tiêu 1–13 of 02-CTr/QU: văn hóa, đô thị văn minh, thể thao, giáo dục. */
const CULTURE_AND_EDUCATION: readonly IndicatorSpec[] = [
  {
    name: 'Tỷ lệ “Gia đình văn hóa”',
    unit: '%',
    direction: 'increase',
    baseline: 92.6,
    target: 90,
    congress: true,
    lead: 'phongVhTt',
    note: 'Tỷ lệ “Gia đình văn hóa” hằng năm đạt 93,18%.',
    periods: [
      [2021, 'year', 90, 93.1],
      [2022, 'year', 90, 93.18],
    ],
  },
  {
    name: 'Tỷ lệ “Tổ dân phố văn hóa”',
    unit: '%',
    direction: 'increase',
    baseline: 88.9,
    target: 90,
    congress: true,
    lead: 'phongVhTt',
    note: 'Tỷ lệ “Tổ dân phố văn hóa” hằng năm đạt 90,28%.',
    periods: [
      [2021, 'year', 89.5, 89.6],
      [2022, 'year', 90, 90.28],
    ],
  },
  {
    name: 'Số phường đạt chuẩn “Đô thị văn minh”',
    unit: 'phường',
    direction: 'increase',
    baseline: 3,
    target: 14,
    congress: true,
    lead: 'phongVhTt',
    note: 'Đã duy trì 3 phường và công nhận mới 3 phường đạt chuẩn “Đô thị văn minh”.',
    periods: [
      [2021, 'year', 5, 4],
      [2022, 'year', 8, 6],
      [2023, 'h1', 9, null],
    ],
  },
  {
    name: 'Tỷ lệ tổ dân phố xanh - sạch - đẹp - văn minh',
    unit: '%',
    direction: 'increase',
    baseline: 62,
    target: 80,
    lead: 'mttq',
    note: 'Tỷ lệ tổ dân phố xanh - sạch - đẹp - văn minh đạt chỉ tiêu đề ra.',
    periods: [
      [2021, 'year', 70, 72.4],
      [2022, 'year', 80, 80],
    ],
  },
  {
    name: 'Tỷ lệ cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa',
    unit: '%',
    direction: 'increase',
    baseline: 92,
    target: 95,
    lead: 'phongVhTt',
    periods: [
      [2021, 'year', 93, 95.8],
      [2022, 'year', 94, 97.4],
    ],
  },
  {
    name: 'Tỷ lệ tổ dân phố có nhà văn hóa',
    unit: '%',
    direction: 'increase',
    baseline: 78,
    target: 85,
    lead: 'phongVhTt',
    periods: [
      [2021, 'year', 80, 82.1],
      [2022, 'year', 83, 86.5],
    ],
  },
  {
    name: 'Tỷ lệ người dân thường xuyên luyện tập thể dục thể thao',
    unit: '%',
    direction: 'increase',
    baseline: 38,
    target: 42,
    lead: 'phongVhTt',
    periods: [
      [2021, 'year', 39, 40.2],
      [2022, 'year', 40.5, 43.5],
    ],
  },
  {
    name: 'Tỷ lệ hộ gia đình đạt tiêu chuẩn “Gia đình thể thao”',
    unit: '%',
    direction: 'increase',
    baseline: 26,
    target: 30,
    lead: 'phongVhTt',
    periods: [
      [2021, 'year', 27, 28.9],
      [2022, 'year', 28, 32.4],
    ],
  },
  {
    name: 'Số sân chơi, điểm vui chơi cho trẻ em tại tổ dân phố được xây dựng mới',
    unit: 'điểm',
    direction: 'increase',
    baseline: 0,
    target: 60,
    lead: 'phongVhTt',
    note: 'Lũy kế từ đầu nhiệm kỳ. Vướng mặt bằng tại các khu dân cư cũ.',
    periods: [
      [2021, 'year', 12, 8],
      [2022, 'year', 24, 17],
      [2023, 'h1', 30, null],
    ],
  },
  {
    name: 'Tỷ lệ chợ dân sinh được cải tạo, đạt chuẩn văn minh thương mại',
    unit: '%',
    direction: 'increase',
    baseline: 20,
    target: 80,
    lead: 'phongTcKh',
    periods: [
      [2021, 'year', 35, 25],
      [2022, 'year', 50, 33],
    ],
  },
  {
    name: 'Tỷ lệ trường công lập đạt chuẩn quốc gia',
    unit: '%',
    direction: 'increase',
    baseline: 78,
    target: 100,
    congress: true,
    lead: 'phongGdDt',
    periods: [
      [2021, 'year', 84, 80.7],
      [2022, 'year', 90, 84.2],
      [2023, 'h1', 92, null],
    ],
  },
  {
    name: 'Tỷ lệ học sinh đỗ vào lớp 10 trung học phổ thông công lập',
    unit: '%',
    direction: 'increase',
    baseline: 79.2,
    target: null,
    lead: 'phongGdDt',
    note:
      'Kế hoạch hằng năm: cao hơn tỷ lệ trung bình của thành phố (cột kế hoạch ghi tỷ lệ trung bình thành ' +
      'phố). Năm học 2021-2022 đạt 82,3%, cao hơn trung bình thành phố 22,3% và cao hơn trung bình khu vực ' +
      '17,6%.',
    periods: [[2022, 'year', 60, 82.3]],
  },
  {
    name: 'Số phường duy trì đạt chuẩn phổ cập giáo dục các cấp học',
    unit: 'phường',
    direction: 'keep',
    baseline: 14,
    target: 14,
    lead: 'phongGdDt',
    periods: [
      [2021, 'year', 14, 14],
      [2022, 'year', 14, 14],
    ],
  },
];

/**
 * Chương trình số 02-CTr/QU: 32 chỉ tiêu; on 18/04/2023 24 đạt (vượt counted in), 8 đang thực hiện; of the
 * 6 thuộc Nghị quyết Đại hội, 3 đạt and 3 đang thực hiện.
 */
export const PROGRAMME_02: ProgrammeSpec = {
  code: '02-CTr/QU',
  title:
    'Nâng cao chất lượng cuộc sống người dân trên địa bàn quận Long Biên, nhiệm vụ và giải pháp chủ yếu ' +
    'giai đoạn 2020-2025',
  higherProgrammeCode: null,
  committee: [
    ['nguyenManhHa', 'chair'],
    ['truongBanTuyenGiao', 'vice_chair'],
    ['pctLanAnh', 'vice_chair'],
    ['truongPhongVhTt', 'member'],
    ['truongPhongGdDt', 'member'],
    ['truongPhongLdTbXh', 'member'],
    ['truongPhongYTe', 'member'],
    ['chuTichMttq', 'member'],
    ['chuTichHoiPhuNu', 'member'],
  ],
  standingAgency: 'phongVhTt',
  enteredBy: 'chuyenVienVhTt',
  planCodes: ['49-KH/QU', '13-KH/QU'],
  indicators: [...CULTURE_AND_EDUCATION, ...HEALTH_AND_SOCIAL],
};
