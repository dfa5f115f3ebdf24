/** Vietnamese texts of a record's history (Lịch sử): who changed what, when, and values as screens show them. */
export const viHistory = {
  history: {
    /** A value with nothing in it. */
    empty: '(trống)',
    yes: 'Có',
    no: 'Không',
    unknownActor: 'Không rõ người sửa',
    unverified: '(chưa xác thực)',
    /** An id whose record is not on this computer. */
    unknownRecord: '(không có trên máy)',
    noChanges: 'Chưa có thay đổi nào.',
    deletedField: 'Bản ghi',
    deleted: 'Đã xoá',
    restored: 'Đã khôi phục',
    /** "Kết quả năm 2022": a figure's field named with its period. */
    fieldInPeriod: (field: string, period: string) => `${field} ${period}`,
    /** A task's source: "Kế hoạch: Kế hoạch thực hiện Chương trình số 02-CTr/QU". */
    source: (kind: string, name: string) => `${kind}: ${name}`,
    /** A committee member: "Trần Thị Thu Trang (Chủ nhiệm)". */
    member: (name: string, role: string) => `${name} (${role})`,
    /** A status set by hand: "Dự kiến đạt — lý do: …". */
    override: (status: string, reason: string) => `${status} — lý do: ${reason}`,
    unitKinds: {
      party_committee: 'Cơ quan Đảng',
      department: 'Phòng, ban',
      ward: 'Phường',
      front: 'Mặt trận, đoàn thể',
      office: 'Văn phòng',
    },
  },
};
