import { describe, expect, it } from 'vitest';
import { fieldLabelsEn } from '../domain/field-labels-en.ts';
import { fieldLabels } from '../domain/field-labels.ts';
import { formatRefusal } from './refusal-messages.ts';

describe('formatRefusal', () => {
  it.each([
    [
      { key: 'no_access', params: { space: 'programme' } },
      'Bạn không có quyền truy cập chương trình này.',
      'You have no access to this programme.',
    ],
    [
      { key: 'read_only', params: { space: 'meeting' } },
      'Bạn chỉ có quyền xem hội nghị này, không được sửa.',
      'You may only view this meeting, not edit it.',
    ],
    [
      { key: 'read_only', params: { space: 'directory' } },
      'Chỉ quản trị viên hoặc người được giao quản lý danh bạ mới được sửa danh bạ đơn vị, cán bộ.',
      'Only an administrator or the directory’s manager may edit the directory of units and officials.',
    ],
    [
      { key: 'task_fields', params: { fields: ['deadline', 'title'] } },
      'Bạn không có quyền sửa thời hạn, tiêu đề của nhiệm vụ này ' +
        '(đơn vị chủ trì chỉ cập nhật được trạng thái và tiến độ).',
      'You may not change the deadline, title of this task (the lead unit may only update its status and progress).',
    ],
    [
      { key: 'delete_task', params: {} },
      'Bạn không có quyền xóa nhiệm vụ này.',
      'You may not delete this task.',
    ],
    [
      { key: 'unsafe_text', params: { field: 'title', kind: 'nul' } },
      'Tiêu đề: chứa ký tự NUL (mã 0).',
      'Title: contains a NUL character (code 0).',
    ],
    [
      { key: 'parent_space', params: { field: 'taskId', parent: 'task' } },
      'Không thể gắn bản ghi này vào nhiệm vụ đã chọn (trường «Nhiệm vụ»): nhiệm vụ đó thuộc một chương trình hoặc hội nghị khác trên máy chủ.',
      'This record cannot be attached to the chosen task (field «Task»): that task belongs to another programme or meeting on the server.',
    ],
    [
      { key: 'change_id_reused', params: {} },
      'Mã thay đổi này đã được dùng cho một thay đổi khác trên máy chủ, nên thay đổi không được áp dụng. Hãy nhập lại nội dung (ứng dụng sẽ gửi với mã mới).',
      'This change id is already used by another change on the server, so the change was not applied. Enter it again (the app sends it under a new id).',
    ],
    [
      { key: 'space_revoked', params: { space: 'programme' } },
      'Bạn không còn quyền truy cập chương trình này nên thay đổi này không gửi được; hãy sao chép nội dung nếu cần.',
      'You no longer have access to this programme, so this change cannot be sent; copy its content if you need it.',
    ],
    [
      { key: 'request_refused', params: { detail: 'Dữ liệu gửi lên quá lớn.' } },
      'Máy chủ không nhận thay đổi này: Dữ liệu gửi lên quá lớn.',
      'The server does not take this change: Dữ liệu gửi lên quá lớn.',
    ],
  ])('%j', (message, vi, en) => {
    expect(formatRefusal(message, 'vi')).toBe(vi);
    expect(formatRefusal(message, 'en')).toBe(en);
  });

  it('returns null for what it does not know, so the caller shows the reason', () => {
    expect(formatRefusal({ key: 'from_the_future', params: {} }, 'vi')).toBeNull();
    expect(formatRefusal({ key: 'toString', params: {} }, 'en')).toBeNull();
    expect(formatRefusal({ key: 'read_only', params: { space: 'galaxy' } }, 'vi')).toBeNull();
    expect(formatRefusal({ key: 'task_fields', params: { fields: 'title' } }, 'vi')).toBeNull();
    expect(formatRefusal({ key: 'unsafe_text', params: { field: 'title', kind: 'emoji' } }, 'en')).toBeNull();
  });

  it('names an unknown field by its key', () => {
    expect(formatRefusal({ key: 'unsafe_text', params: { field: 'x_new', kind: 'control' } }, 'en')).toBe(
      'x_new: contains an unprintable control character.',
    );
  });

  it('has an English label for every field', () => {
    expect(Object.keys(fieldLabelsEn).sort()).toEqual(Object.keys(fieldLabels).sort());
  });
});
