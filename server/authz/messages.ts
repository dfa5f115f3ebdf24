import { fieldLabels } from '../../shared/domain/field-labels.ts';
import { parseSpaceId } from '../../shared/domain/space.ts';

/** Why a change was refused, in Vietnamese, for the "changes not accepted" list. */

export function spaceLabel(spaceId: string): string {
  const parsed = parseSpaceId(spaceId);
  if (!parsed) return 'không gian dữ liệu này';
  if (parsed.kind === 'directory') return 'danh bạ đơn vị, cán bộ';
  return parsed.kind === 'programme' ? 'chương trình này' : 'hội nghị này';
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

function fieldList(fields: readonly string[]): string {
  return fields.map((field) => lowerFirst(fieldLabels[field] ?? field)).join(', ');
}

export const denial = {
  noAccess: (spaceId: string) => `Bạn không có quyền truy cập ${spaceLabel(spaceId)}.`,
  readOnly: (spaceId: string) =>
    parseSpaceId(spaceId)?.kind === 'directory'
      ? 'Chỉ quản trị viên hoặc người được giao quản lý danh bạ mới được sửa danh bạ đơn vị, cán bộ.'
      : `Bạn chỉ có quyền xem ${spaceLabel(spaceId)}, không được sửa.`,
  taskFields: (fields: readonly string[]) =>
    `Bạn không có quyền sửa ${fieldList(fields)} của nhiệm vụ này ` +
    '(đơn vị chủ trì chỉ cập nhật được trạng thái và tiến độ).',
  deleteTask: () => 'Bạn không có quyền xóa nhiệm vụ này.',
  otherUnitReport: () => 'Bạn chỉ được báo cáo tiến độ cho đơn vị của mình.',
  moveReport: () => 'Không được chuyển báo cáo tiến độ sang nhiệm vụ khác.',
  deleteReport: () => 'Bạn không có quyền xóa báo cáo tiến độ này.',
} as const;
