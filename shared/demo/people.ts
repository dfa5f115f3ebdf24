import type { UnitKey, WardName } from './units.ts';

interface PersonSpec {
  name: string;
  position: string;
  unit: UnitKey;
}

/**
 * Cán bộ of the demo. The five named in the public reports the demo draws on (not in the repository) are real officials as the reports name them
 * (Đường Hoài Nam, Ngô Mạnh Điềm, Nguyễn Mạnh Hà, Lê Thị Thu Hằng, Trương Tú Uyên); every other name is
 * an ordinary, made-up Vietnamese name for a plausible post, without email or phone.
 */
export const PEOPLE_SPECS = {
  duongHoaiNam: {
    name: 'Đường Hoài Nam',
    position: 'Thành ủy viên, Bí thư Quận ủy, Chủ tịch HĐND Quận',
    unit: 'quanUy',
  },
  ngoManhDiem: { name: 'Ngô Mạnh Điềm', position: 'Phó Bí thư Thường trực Quận ủy', unit: 'quanUy' },
  nguyenManhHa: {
    name: 'Nguyễn Mạnh Hà',
    position: 'Phó Bí thư Quận ủy, Chủ tịch UBND Quận',
    unit: 'ubnd',
  },
  pctMinh: { name: 'Đỗ Quang Minh', position: 'Quận ủy viên, Phó Chủ tịch UBND quận', unit: 'ubnd' },
  pctLanAnh: { name: 'Nguyễn Thị Lan Anh', position: 'Quận ủy viên, Phó Chủ tịch UBND quận', unit: 'ubnd' },
  truongBanToChuc: {
    name: 'Nguyễn Thị Thanh Hương',
    position: 'Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Quận ủy',
    unit: 'banToChuc',
  },
  truongBanTuyenGiao: {
    name: 'Phạm Văn Long',
    position: 'Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Quận ủy',
    unit: 'banTuyenGiao',
  },
  truongBanDanVan: {
    name: 'Lê Thị Minh Nguyệt',
    position: 'Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Quận ủy',
    unit: 'banDanVan',
  },
  chuNhiemUbkt: {
    name: 'Hoàng Văn Tuấn',
    position: 'Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Quận ủy',
    unit: 'ubkt',
  },
  chanhVpqu: { name: 'Trần Thị Thu Trang', position: 'Quận ủy viên, Chánh Văn phòng Quận ủy', unit: 'vpqu' },
  giamDocTtct: { name: 'Vũ Đức Thắng', position: 'Giám đốc Trung tâm Chính trị quận', unit: 'ttct' },
  chanhVpUbnd: {
    name: 'Bùi Văn Khánh',
    position: 'Chánh Văn phòng HĐND-UBND quận',
    unit: 'vpHdndUbnd',
  },
  truongPhongNoiVu: { name: 'Đặng Thị Hồng Nhung', position: 'Trưởng phòng Nội vụ', unit: 'phongNoiVu' },
  truongPhongTcKh: {
    name: 'Ngô Văn Quang',
    position: 'Trưởng phòng Tài chính – Kế hoạch',
    unit: 'phongTcKh',
  },
  truongPhongQldt: {
    name: 'Phan Minh Tuấn',
    position: 'Quận ủy viên, Trưởng phòng Quản lý đô thị',
    unit: 'phongQldt',
  },
  truongPhongGdDt: {
    name: 'Trịnh Thị Hải Yến',
    position: 'Trưởng phòng Giáo dục và Đào tạo',
    unit: 'phongGdDt',
  },
  truongPhongVhTt: {
    name: 'Lương Văn Đức',
    position: 'Trưởng phòng Văn hóa và Thông tin',
    unit: 'phongVhTt',
  },
  truongPhongLdTbXh: {
    name: 'Đinh Thị Mai',
    position: 'Trưởng phòng Lao động – Thương binh và Xã hội',
    unit: 'phongLdTbXh',
  },
  truongPhongYTe: { name: 'Tạ Quốc Bảo', position: 'Quận ủy viên, Trưởng phòng Y tế', unit: 'phongYTe' },
  truongPhongTnMt: {
    name: 'Mai Văn Sơn',
    position: 'Trưởng phòng Tài nguyên và Môi trường',
    unit: 'phongTnMt',
  },
  truongCongAn: { name: 'Nguyễn Trọng Hiếu', position: 'Quận ủy viên, Trưởng Công an quận', unit: 'congAn' },
  chiHuyTruongQs: {
    name: 'Hà Văn Dũng',
    position: 'Quận ủy viên, Chỉ huy trưởng Ban Chỉ huy Quân sự quận',
    unit: 'bchqs',
  },
  chuTichMttq: {
    name: 'Trần Thị Bích Ngọc',
    position: 'Quận ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam quận',
    unit: 'mttq',
  },
  biThuQuanDoan: { name: 'Lê Tuấn Anh', position: 'Bí thư Quận đoàn', unit: 'quanDoan' },
  chuTichHoiPhuNu: {
    name: 'Phùng Thị Thu Hà',
    position: 'Chủ tịch Hội Liên hiệp Phụ nữ quận',
    unit: 'hoiPhuNu',
  },
  chuTichHoiCcb: { name: 'Kiều Văn Bình', position: 'Chủ tịch Hội Cựu chiến binh quận', unit: 'hoiCcb' },
  chuyenVienBtc: {
    name: 'Đoàn Thị Minh Thư',
    position: 'Chuyên viên Ban Tổ chức Quận ủy',
    unit: 'banToChuc',
  },
  chuyenVienVhTt: {
    name: 'Cao Văn Hiệp',
    position: 'Chuyên viên Phòng Văn hóa và Thông tin',
    unit: 'phongVhTt',
  },
  chuyenVienQldt: {
    name: 'Hồ Thị Quỳnh',
    position: 'Chuyên viên Phòng Quản lý đô thị',
    unit: 'phongQldt',
  },
  leThiThuHang: {
    name: 'Lê Thị Thu Hằng',
    position: 'Bí thư Quận ủy, Chủ tịch HĐND quận Tây Hồ',
    unit: 'tayHoQuanUy',
  },
  tayHoPhoBiThu: {
    name: 'Phạm Thanh Tùng',
    position: 'Phó Bí thư Thường trực Quận ủy Tây Hồ',
    unit: 'tayHoQuanUy',
  },
  tayHoChuTich: {
    name: 'Nguyễn Quang Vinh',
    position: 'Phó Bí thư Quận ủy, Chủ tịch UBND quận Tây Hồ',
    unit: 'tayHoUbnd',
  },
  tayHoPhoChuTich: {
    name: 'Trần Thị Ngọc Lan',
    position: 'Quận ủy viên, Phó Chủ tịch UBND quận Tây Hồ',
    unit: 'tayHoUbnd',
  },
  tayHoChanhVp: {
    name: 'Nguyễn Thị Hoài Thu',
    position: 'Chánh Văn phòng Quận ủy Tây Hồ',
    unit: 'tayHoVpqu',
  },
  tayHoTruongCongAn: {
    name: 'Đỗ Minh Khoa',
    position: 'Quận ủy viên, Trưởng Công an quận Tây Hồ',
    unit: 'tayHoCongAn',
  },
  truongTuUyen: {
    name: 'Trương Tú Uyên',
    position: 'Bí thư Đảng ủy phường Quảng An',
    unit: 'tayHoQuangAn',
  },
  biThuPhuThuong: {
    name: 'Vũ Văn Thuận',
    position: 'Bí thư Đảng ủy phường Phú Thượng',
    unit: 'tayHoPhuThuong',
  },
  biThuNhatTan: { name: 'Lê Minh Tâm', position: 'Bí thư Đảng ủy phường Nhật Tân', unit: 'tayHoNhatTan' },
} as const satisfies Record<string, PersonSpec>;

export type PersonKey = keyof typeof PEOPLE_SPECS;

/** Bí thư Đảng ủy and Chủ tịch UBND of each Long Biên ward (made-up names). */
export const WARD_LEADERS: Readonly<Record<WardName, { secretary: string; chair: string }>> = {
  'Bồ Đề': { secretary: 'Nguyễn Văn Tiến', chair: 'Trần Minh Đức' },
  'Cự Khối': { secretary: 'Lê Thị Hồng Vân', chair: 'Phạm Quốc Toản' },
  'Đức Giang': { secretary: 'Hoàng Minh Châu', chair: 'Vũ Thị Ngọc Ánh' },
  'Gia Thụy': { secretary: 'Đỗ Văn Hải', chair: 'Nguyễn Thị Thu Thủy' },
  'Giang Biên': { secretary: 'Trịnh Văn Lâm', chair: 'Bùi Đức Mạnh' },
  'Long Biên': { secretary: 'Phạm Thị Kim Oanh', chair: 'Nguyễn Hữu Phúc' },
  'Ngọc Lâm': { secretary: 'Đặng Văn Thịnh', chair: 'Lê Quang Huy' },
  'Ngọc Thụy': { secretary: 'Nguyễn Thị Phương Thảo', chair: 'Trần Văn Khải' },
  'Phúc Đồng': { secretary: 'Vương Đình Hòa', chair: 'Đào Thị Thanh Xuân' },
  'Phúc Lợi': { secretary: 'Chu Văn Tâm', chair: 'Nguyễn Đức Toàn' },
  'Sài Đồng': { secretary: 'Hà Thị Lệ Thu', chair: 'Phí Văn Cường' },
  'Thạch Bàn': { secretary: 'Lý Văn Hưng', chair: 'Nguyễn Thị Diệu Linh' },
  'Thượng Thanh': { secretary: 'Trần Đức Thọ', chair: 'Lại Văn Nghĩa' },
  'Việt Hưng': { secretary: 'Dương Thị Hạnh', chair: 'Tô Văn Thành' },
};
