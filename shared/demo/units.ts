import type { UnitKind } from '../domain/directory.ts';

/** Các phường của quận Long Biên (14 phường, as in the reports). */
export const LONG_BIEN_WARDS = [
  'Bồ Đề',
  'Cự Khối',
  'Đức Giang',
  'Gia Thụy',
  'Giang Biên',
  'Long Biên',
  'Ngọc Lâm',
  'Ngọc Thụy',
  'Phúc Đồng',
  'Phúc Lợi',
  'Sài Đồng',
  'Thạch Bàn',
  'Thượng Thanh',
  'Việt Hưng',
] as const;
export type WardName = (typeof LONG_BIEN_WARDS)[number];

interface UnitSpec {
  kind: UnitKind;
  /** Key of the parent unit in UNIT_SPECS, or null for a top-level body. */
  parent: string | null;
  name: string;
  shortName: string | null;
}

/**
 * Đơn vị of the demo other than the 14 wards of Long Biên: Quận ủy Long Biên and its bodies, UBND quận and
 * its departments, MTTQ and the mass organisations; and the few units of Tây Hồ its 17th plenum needs.
 */
export const UNIT_SPECS = {
  quanUy: { kind: 'party_committee', parent: null, name: 'Quận ủy Long Biên', shortName: 'Quận ủy' },
  btv: { kind: 'party_committee', parent: 'quanUy', name: 'Ban Thường vụ Quận ủy', shortName: 'BTVQU' },
  banToChuc: { kind: 'party_committee', parent: 'quanUy', name: 'Ban Tổ chức Quận ủy', shortName: 'BTCQU' },
  banTuyenGiao: {
    kind: 'party_committee',
    parent: 'quanUy',
    name: 'Ban Tuyên giáo Quận ủy',
    shortName: 'BTGQU',
  },
  banDanVan: { kind: 'party_committee', parent: 'quanUy', name: 'Ban Dân vận Quận ủy', shortName: 'BDVQU' },
  ubkt: { kind: 'party_committee', parent: 'quanUy', name: 'Ủy ban Kiểm tra Quận ủy', shortName: 'UBKTQU' },
  vpqu: { kind: 'office', parent: 'quanUy', name: 'Văn phòng Quận ủy', shortName: 'VPQU' },
  ttct: { kind: 'party_committee', parent: 'quanUy', name: 'Trung tâm Chính trị quận', shortName: 'TTCT' },
  ubnd: { kind: 'office', parent: null, name: 'Ủy ban nhân dân quận Long Biên', shortName: 'UBND quận' },
  vpHdndUbnd: {
    kind: 'office',
    parent: 'ubnd',
    name: 'Văn phòng HĐND-UBND quận',
    shortName: 'VP HĐND-UBND',
  },
  phongNoiVu: { kind: 'department', parent: 'ubnd', name: 'Phòng Nội vụ', shortName: 'Nội vụ' },
  phongTcKh: { kind: 'department', parent: 'ubnd', name: 'Phòng Tài chính – Kế hoạch', shortName: 'TC-KH' },
  phongQldt: { kind: 'department', parent: 'ubnd', name: 'Phòng Quản lý đô thị', shortName: 'QLĐT' },
  phongGdDt: { kind: 'department', parent: 'ubnd', name: 'Phòng Giáo dục và Đào tạo', shortName: 'GD&ĐT' },
  phongVhTt: { kind: 'department', parent: 'ubnd', name: 'Phòng Văn hóa và Thông tin', shortName: 'VH&TT' },
  phongLdTbXh: {
    kind: 'department',
    parent: 'ubnd',
    name: 'Phòng Lao động – Thương binh và Xã hội',
    shortName: 'LĐ-TB&XH',
  },
  phongYTe: { kind: 'department', parent: 'ubnd', name: 'Phòng Y tế', shortName: 'Y tế' },
  phongTnMt: {
    kind: 'department',
    parent: 'ubnd',
    name: 'Phòng Tài nguyên và Môi trường',
    shortName: 'TN&MT',
  },
  congAn: { kind: 'department', parent: 'ubnd', name: 'Công an quận', shortName: 'CAQ' },
  bchqs: { kind: 'department', parent: 'ubnd', name: 'Ban Chỉ huy Quân sự quận', shortName: 'BCHQS' },
  mttq: { kind: 'front', parent: null, name: 'Ủy ban MTTQ Việt Nam quận', shortName: 'MTTQ' },
  quanDoan: { kind: 'front', parent: 'mttq', name: 'Quận đoàn', shortName: null },
  hoiPhuNu: { kind: 'front', parent: 'mttq', name: 'Hội Liên hiệp Phụ nữ quận', shortName: 'Hội LHPN' },
  hoiCcb: { kind: 'front', parent: 'mttq', name: 'Hội Cựu chiến binh quận', shortName: 'Hội CCB' },
  tayHoQuanUy: { kind: 'party_committee', parent: null, name: 'Quận ủy Tây Hồ', shortName: 'Quận ủy Tây Hồ' },
  tayHoBtv: {
    kind: 'party_committee',
    parent: 'tayHoQuanUy',
    name: 'Ban Thường vụ Quận ủy Tây Hồ',
    shortName: 'BTVQU Tây Hồ',
  },
  tayHoVpqu: {
    kind: 'office',
    parent: 'tayHoQuanUy',
    name: 'Văn phòng Quận ủy Tây Hồ',
    shortName: 'VPQU Tây Hồ',
  },
  tayHoUbnd: {
    kind: 'office',
    parent: null,
    name: 'Ủy ban nhân dân quận Tây Hồ',
    shortName: 'UBND quận Tây Hồ',
  },
  tayHoCongAn: {
    kind: 'department',
    parent: 'tayHoUbnd',
    name: 'Công an quận Tây Hồ',
    shortName: 'CAQ Tây Hồ',
  },
  tayHoQuangAn: { kind: 'ward', parent: 'tayHoUbnd', name: 'Phường Quảng An', shortName: 'Quảng An' },
  tayHoPhuThuong: { kind: 'ward', parent: 'tayHoUbnd', name: 'Phường Phú Thượng', shortName: 'Phú Thượng' },
  tayHoNhatTan: { kind: 'ward', parent: 'tayHoUbnd', name: 'Phường Nhật Tân', shortName: 'Nhật Tân' },
} as const satisfies Record<string, UnitSpec>;

export type UnitKey = keyof typeof UNIT_SPECS;

/** The parent of every Long Biên ward. */
export const WARD_PARENT: UnitKey = 'ubnd';
