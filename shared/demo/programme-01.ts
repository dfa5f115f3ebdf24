import type { ProgrammeSpec } from './programmes.ts';

/**
 * Chương trình số 01-CTr/QU: 19 chỉ tiêu, 3 thuộc Nghị quyết Đại hội; on 18/04/2023 18/19 đạt và dự kiến
 * đạt (11 vượt or đạt, 7 dự kiến đạt), 1 đang thực hiện. Counts are cumulative from the term's start
 * ("lũy kế") where the note says so; rates are the year's.
 */
export const PROGRAMME_01: ProgrammeSpec = {
  code: '01-CTr/QU',
  title:
    'Tiếp tục đổi mới phương thức lãnh đạo của cấp ủy Đảng; củng cố, kiện toàn hệ thống chính trị tinh gọn, ' +
    'hoạt động hiệu lực, hiệu quả; xây dựng đội ngũ cán bộ, công chức, viên chức chuyên nghiệp từng bước ' +
    'đáp ứng yêu cầu hội nhập giai đoạn 2020-2025',
  higherProgrammeCode: '01-CTr/TU',
  committee: [
    ['ngoManhDiem', 'chair'],
    ['truongBanToChuc', 'vice_chair'],
    ['pctMinh', 'vice_chair'],
    ['truongBanTuyenGiao', 'member'],
    ['truongBanDanVan', 'member'],
    ['chuNhiemUbkt', 'member'],
    ['chanhVpqu', 'member'],
    ['truongPhongNoiVu', 'member'],
    ['giamDocTtct', 'member'],
    ['chuTichMttq', 'member'],
  ],
  standingAgency: 'banToChuc',
  enteredBy: 'chuyenVienBtc',
  planCodes: ['48-KH/QU', '12-KH/QU'],
  indicators: [
    {
      name: 'Phát triển Đảng: kết nạp đảng viên mới',
      unit: 'đảng viên',
      direction: 'increase',
      baseline: 0,
      target: 1200,
      congress: true,
      lead: 'banToChuc',
      note: 'Lũy kế từ đầu nhiệm kỳ. Hằng năm đạt và vượt kế hoạch giao.',
      periods: [
        [2021, 'year', 240, 342],
        [2022, 'year', 480, 689],
        [2023, 'h1', 600, null],
      ],
    },
    {
      name: 'Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên',
      unit: '%',
      direction: 'increase',
      baseline: 88.6,
      target: 90,
      congress: true,
      lead: 'banToChuc',
      periods: [
        [2021, 'year', 90, 92.7],
        [2022, 'year', 90, 93.4],
      ],
    },
    {
      name: 'Tỷ lệ tổ chức Đảng hoàn thành tốt nhiệm vụ trở lên',
      unit: '%',
      direction: 'increase',
      baseline: 87.5,
      target: 90,
      congress: true,
      lead: 'banToChuc',
      periods: [
        [2021, 'year', 90, 94.3],
        [2022, 'year', 90, 95.1],
      ],
    },
    {
      name: 'Tỷ lệ hồ sơ thủ tục hành chính trả trước hạn',
      unit: '%',
      direction: 'increase',
      baseline: 72.5,
      target: 80,
      lead: 'vpHdndUbnd',
      periods: [
        [2021, 'year', 75, 86.4],
        [2022, 'year', 78, 91.7],
        [2023, 'h1', 80, null],
      ],
    },
    {
      name: 'Tỷ lệ cán bộ, công chức, viên chức, người lao động được công nhận chuyên nghiệp',
      unit: '%',
      direction: 'increase',
      baseline: 0,
      target: 50,
      lead: 'phongNoiVu',
      note:
        'Theo "Bộ tiêu chí đánh giá sự chuyên nghiệp của cán bộ, công chức, viên chức, người lao động quận ' +
        'Long Biên". Đến nay có 4.764 lượt cán bộ, công chức, viên chức, người lao động cam kết thực hiện; ' +
        'số được công nhận chuyên nghiệp chiếm tỷ lệ 31,44%.',
      periods: [
        [2021, 'year', 15, 18.6],
        [2022, 'year', 30, 31.44],
        [2023, 'h1', 35, null],
      ],
    },
    {
      name: 'Số buổi lãnh đạo quận kiểm tra hiện trường, tháo gỡ khó khăn trực tiếp tại địa bàn',
      unit: 'buổi',
      direction: 'increase',
      baseline: 0,
      target: 250,
      lead: 'vpqu',
      note: 'Lũy kế từ đầu nhiệm kỳ. Đến nay lãnh đạo quận đã kiểm tra hiện trường 139 buổi.',
      periods: [
        [2021, 'year', 50, 68],
        [2022, 'year', 110, 139],
      ],
    },
    {
      name: 'Số buổi Bí thư Quận ủy tiếp công dân định kỳ',
      unit: 'buổi',
      direction: 'increase',
      baseline: 0,
      target: 25,
      lead: 'vpqu',
      note: 'Lũy kế từ đầu nhiệm kỳ. Tiếp dân 13 buổi, chỉ đạo xử lý giải quyết 108 vụ việc.',
      periods: [
        [2021, 'year', 6, 6],
        [2022, 'year', 12, 13],
      ],
    },
    {
      name: 'Tỷ lệ vụ việc qua tiếp công dân được chỉ đạo xử lý, giải quyết dứt điểm',
      unit: '%',
      direction: 'increase',
      baseline: 85,
      target: 90,
      lead: 'vpHdndUbnd',
      periods: [
        [2021, 'year', 88, 91.5],
        [2022, 'year', 90, 93.8],
      ],
    },
    {
      name: 'Số cuộc họp do Thường trực, Ban Thường vụ Quận ủy chủ trì',
      unit: 'cuộc/năm',
      direction: 'decrease',
      baseline: 186,
      target: 150,
      lead: 'vpqu',
      note: 'Giảm họp, nâng cao chất lượng cuộc họp; tăng cường kiểm tra hiện trường.',
      periods: [
        [2021, 'year', 170, 164],
        [2022, 'year', 160, 152],
      ],
    },
    {
      name: 'Tỷ lệ nghị quyết, văn bản chỉ đạo của Quận ủy được triển khai đúng tiến độ',
      unit: '%',
      direction: 'increase',
      baseline: 90,
      target: 95,
      lead: 'vpqu',
      periods: [
        [2021, 'year', 92, 96.2],
        [2022, 'year', 93, 97.5],
      ],
    },
    {
      name: 'Tỷ lệ cán bộ, đảng viên được học tập, quán triệt nghị quyết của Đảng',
      unit: '%',
      direction: 'keep',
      baseline: 95,
      target: 95,
      lead: 'banTuyenGiao',
      periods: [
        [2021, 'year', 95, 97.8],
        [2022, 'year', 95, 98.4],
      ],
    },
    {
      name: 'Tỷ lệ cán bộ, công chức quận, phường đạt chuẩn trình độ chuyên môn theo vị trí việc làm',
      unit: '%',
      direction: 'keep',
      baseline: 100,
      target: 100,
      lead: 'phongNoiVu',
      periods: [
        [2021, 'year', 100, 100],
        [2022, 'year', 100, 100],
      ],
    },
    {
      name: 'Số lớp bồi dưỡng lý luận chính trị, nghiệp vụ do Trung tâm Chính trị quận tổ chức',
      unit: 'lớp',
      direction: 'increase',
      baseline: 0,
      target: 150,
      lead: 'ttct',
      note: 'Lũy kế từ đầu nhiệm kỳ.',
      periods: [
        [2021, 'year', 28, 31],
        [2022, 'year', 60, 67],
        [2023, 'h1', 75, null],
      ],
    },
    {
      name: 'Tỷ lệ tổ chức Đảng, đảng viên được kiểm tra, giám sát theo kế hoạch',
      unit: '%',
      direction: 'keep',
      baseline: 100,
      target: 100,
      lead: 'ubkt',
      periods: [
        [2021, 'year', 100, 100],
        [2022, 'year', 100, 100],
      ],
    },
    {
      name: 'Triển khai thực hiện thí điểm mô hình chính quyền đô thị',
      unit: '',
      direction: 'boolean',
      baseline: 0,
      target: 1,
      lead: 'phongNoiVu',
      periods: [
        [2021, 'year', 1, 1],
        [2022, 'year', 1, 1],
      ],
    },
    {
      name:
        'Ban hành và thực hiện "Bộ tiêu chí đánh giá sự chuyên nghiệp của cán bộ, công chức, viên chức, ' +
        'người lao động quận Long Biên"',
      unit: '',
      direction: 'boolean',
      baseline: 0,
      target: 1,
      lead: 'banToChuc',
      periods: [
        [2021, 'year', 1, 1],
        [2022, 'year', 1, 1],
      ],
    },
    {
      name:
        'Tỷ lệ tổ chức cơ sở của MTTQ và các đoàn thể chính trị - xã hội xếp loại hoàn thành tốt nhiệm vụ ' +
        'trở lên',
      unit: '%',
      direction: 'increase',
      baseline: 88,
      target: 90,
      lead: 'mttq',
      periods: [
        [2021, 'year', 90, 92.9],
        [2022, 'year', 90, 94.6],
      ],
    },
    {
      name: 'Tỷ lệ văn bản đi, đến được xử lý trên môi trường mạng',
      unit: '%',
      direction: 'increase',
      baseline: 55,
      target: 90,
      lead: 'vpqu',
      periods: [
        [2021, 'year', 65, 70.2],
        [2022, 'year', 75, 79.5],
        [2023, 'h1', 80, null],
      ],
    },
    {
      name: 'Tỷ lệ hồ sơ, tài liệu lưu trữ được số hóa',
      unit: '%',
      direction: 'increase',
      baseline: 10,
      target: 80,
      lead: 'phongNoiVu',
      note: 'Chậm so với kế hoạch do thiếu kinh phí thuê dịch vụ số hóa.',
      periods: [
        [2021, 'year', 25, 18],
        [2022, 'year', 40, 29],
        [2023, 'h1', 45, null],
      ],
    },
  ],
};
