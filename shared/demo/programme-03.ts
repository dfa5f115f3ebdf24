import type { ProgrammeSpec } from './programmes.ts';

/**
 * Chương trình số 03-CTr/QU: 14 chỉ tiêu; on 18/04/2023 8 đạt theo kế hoạch (1 of them thuộc Nghị quyết
 * Đại hội), 3 dự kiến đạt (one set by hand, with its reason), 3 đang thực hiện.
 */
export const PROGRAMME_03: ProgrammeSpec = {
  code: '03-CTr/QU',
  title:
    'Đầu tư, hoàn thiện hệ thống hạ tầng đô thị, trọng tâm giải quyết vấn đề thoát nước, bảo đảm cảnh quan, ' +
    'môi trường trên địa bàn quận Long Biên giai đoạn 2020-2025',
  higherProgrammeCode: null,
  committee: [
    ['duongHoaiNam', 'chair'],
    ['pctMinh', 'vice_chair'],
    ['truongPhongQldt', 'member'],
    ['truongPhongTnMt', 'member'],
    ['truongPhongTcKh', 'member'],
    ['truongCongAn', 'member'],
    ['chanhVpUbnd', 'member'],
  ],
  standingAgency: 'phongQldt',
  enteredBy: 'chuyenVienQldt',
  planCodes: ['50-KH/QU', '14-KH/QU'],
  indicators: [
    {
      name: 'Tỷ lệ dự án đầu tư thực hiện bảo đảm phù hợp với quy hoạch',
      unit: '%',
      direction: 'keep',
      baseline: 100,
      target: 100,
      lead: 'phongQldt',
      periods: [
        [2021, 'year', 100, 100],
        [2022, 'year', 100, 100],
      ],
    },
    {
      name:
        'Đề xuất Thành phố giao nhiệm vụ lập quy hoạch chi tiết tỷ lệ 1/500 các vị trí quan trọng thuộc ' +
        'phân khu đô thị N10',
      unit: '',
      direction: 'boolean',
      baseline: 0,
      target: 1,
      lead: 'phongQldt',
      periods: [
        [2021, 'year', 0, 0],
        [2022, 'year', 1, 1],
      ],
    },
    {
      name: 'Số tuyến đường được lập thiết kế đô thị',
      unit: 'tuyến',
      direction: 'increase',
      baseline: 0,
      target: 10,
      lead: 'phongQldt',
      note: 'Lũy kế từ đầu nhiệm kỳ. Đã triển khai tổ chức lập thiết kế đô thị 6 tuyến đường.',
      periods: [
        [2021, 'year', 2, 2],
        [2022, 'year', 6, 6],
      ],
    },
    {
      name: 'Số dự án thoát nước lớn hoàn thành đầu tư xây dựng',
      unit: 'dự án',
      direction: 'increase',
      baseline: 0,
      target: 3,
      lead: 'phongQldt',
      note: 'Dự án nhiều năm, không giao kế hoạch hoàn thành hằng năm.',
      periods: [
        [2021, 'year', null, 0],
        [2022, 'year', null, 0],
      ],
      override: {
        status: 'expected',
        reason:
          'Thành phố đã thông qua chủ trương đầu tư 3 dự án thoát nước lớn trên địa bàn do quận chủ động ' +
          'tham mưu, đề xuất; các dự án đang hoàn thiện thủ tục chuẩn bị đầu tư. Ban Chủ nhiệm đánh giá ' +
          'dự kiến hoàn thành trong nhiệm kỳ; số liệu hằng năm chưa phản ánh được tiến độ.',
      },
    },
    {
      name: 'Số điểm úng ngập cục bộ khi mưa lớn',
      unit: 'điểm',
      direction: 'decrease',
      baseline: 18,
      target: 5,
      lead: 'phongQldt',
      periods: [
        [2021, 'year', 15, 16],
        [2022, 'year', 12, 14],
        [2023, 'h1', 11, null],
      ],
    },
    {
      name: 'Tỷ lệ nước thải sinh hoạt được thu gom, xử lý',
      unit: '%',
      direction: 'increase',
      baseline: 20,
      target: 60,
      lead: 'phongTnMt',
      periods: [
        [2021, 'year', 28, 22],
        [2022, 'year', 36, 26],
      ],
    },
    {
      name: 'Tỷ lệ rác thải sinh hoạt được thu gom, vận chuyển trong ngày',
      unit: '%',
      direction: 'keep',
      baseline: 100,
      target: 100,
      congress: true,
      lead: 'phongTnMt',
      note: 'Bảo đảm 100% rác thải sinh hoạt được thu gom và vận chuyển trong ngày.',
      periods: [
        [2021, 'year', 100, 100],
        [2022, 'year', 100, 100],
        [2023, 'h1', 100, null],
      ],
    },
    {
      name: 'Xây dựng mới vườn hoa (tổng diện tích)',
      unit: 'ha',
      direction: 'increase',
      baseline: 0,
      target: 10.4,
      lead: 'phongQldt',
      note:
        'Lũy kế từ đầu nhiệm kỳ. Đã xây dựng mới 10 vườn hoa với tổng diện tích 9,25 ha, đạt 88,94% chỉ ' +
        'tiêu chương trình.',
      periods: [
        [2021, 'year', 3, 4.1],
        [2022, 'year', 8, 9.25],
      ],
    },
    {
      name: 'Số vườn hoa được duy tu, duy trì',
      unit: 'vườn hoa',
      direction: 'keep',
      baseline: 40,
      target: 46,
      lead: 'phongQldt',
      periods: [
        [2021, 'year', 44, 44],
        [2022, 'year', 46, 46],
      ],
    },
    {
      name: 'Diện tích được lắp đặt hoàn chỉnh hệ thống trụ nước chữa cháy',
      unit: 'ha',
      direction: 'increase',
      baseline: 420,
      target: 1015,
      lead: 'congAn',
      note: 'Hoàn thành lắp đặt trụ cứu hỏa với diện tích 1.015 ha.',
      periods: [
        [2021, 'year', 700, 760],
        [2022, 'year', 1015, 1015],
      ],
    },
    {
      name: 'Số dự án đầu tư tu bổ, tôn tạo di tích hoàn thành',
      unit: 'dự án',
      direction: 'increase',
      baseline: 0,
      target: 8,
      lead: 'phongVhTt',
      note: 'Lũy kế từ đầu nhiệm kỳ. Hoàn thành 8 dự án; chuẩn bị đầu tư 6 dự án khác.',
      periods: [
        [2021, 'year', 4, 4],
        [2022, 'year', 8, 8],
      ],
    },
    {
      name: 'Số tuyến đường ngõ ngách được cải tạo, chỉnh trang, nâng cấp',
      unit: 'tuyến',
      direction: 'increase',
      baseline: 0,
      target: 300,
      lead: 'phongQldt',
      note: 'Lũy kế từ đầu nhiệm kỳ.',
      periods: [
        [2021, 'year', 120, 148],
        [2022, 'year', 240, 322],
      ],
    },
    {
      name: 'Số trường học được cải tạo, sửa chữa',
      unit: 'trường',
      direction: 'increase',
      baseline: 0,
      target: 30,
      lead: 'phongGdDt',
      note: 'Lũy kế từ đầu nhiệm kỳ.',
      periods: [
        [2021, 'year', 12, 15],
        [2022, 'year', 24, 36],
      ],
    },
    {
      name: 'Số bãi đỗ xe công cộng được đầu tư xây dựng',
      unit: 'bãi',
      direction: 'increase',
      baseline: 0,
      target: 10,
      lead: 'phongQldt',
      note: 'Lũy kế từ đầu nhiệm kỳ. Khó khăn về quỹ đất.',
      periods: [
        [2021, 'year', 2, 1],
        [2022, 'year', 4, 2],
      ],
    },
  ],
};
