/**
 * Who wrote a field's current value, found through the change row that carried its stamp (the change
 * log: `changes`, written with receipts and audit rows by push-group.ts / group-write.ts).
 */
export interface Writer {
  userId: string | null;
  clientId: string | null;
  userName: string;
}

export const UNKNOWN_USER_NAME = 'Không rõ';
