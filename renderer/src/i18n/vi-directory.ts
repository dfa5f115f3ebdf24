/** Danh bạ — the district's units and their officials, as synced to this computer (read-only). */
export const viDirectory = {
  directory: {
    title: 'Danh bạ',
    intro: 'Các đơn vị và cán bộ của quận, theo bản đồng bộ gần nhất trên máy này.',
    empty: 'Chưa có danh bạ trên máy này. Đăng nhập máy chủ để đồng bộ.',
    search: 'Tìm theo tên',
    searchPlaceholder: 'Gõ tên đơn vị hoặc cán bộ',
    units: 'Đơn vị',
    allUnits: 'Tất cả đơn vị',
    people: 'Cán bộ',
    peopleOf: (unit: string) => `Cán bộ của ${unit}`,
    noPeople: 'Không có cán bộ nào.',
    noUnits: 'Không có đơn vị nào khớp.',
    name: 'Họ và tên',
    position: 'Chức vụ',
    unit: 'Đơn vị',
    phone: 'Điện thoại',
    email: 'Thư điện tử',
    /** Loại đơn vị. */
    unitKinds: {
      party_committee: 'Ban Đảng, cấp ủy',
      department: 'Phòng, ban chuyên môn',
      ward: 'Phường',
      front: 'Mặt trận, đoàn thể',
      office: 'Văn phòng',
    },
  },
};
