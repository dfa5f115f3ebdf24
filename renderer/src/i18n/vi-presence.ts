/** Vietnamese texts of presence: who else has a shared document (minutes, notes) open. */
export const viPresence = {
  presence: {
    /** The names of the others with the document open, e.g. "Nguyễn Văn A, Trần Thị B". */
    line: (names: string) => `Đang mở văn bản này: ${names}`,
    /** After the first few names. */
    more: (count: number) => `và ${count.toLocaleString('vi-VN')} người khác`,
  },
};
