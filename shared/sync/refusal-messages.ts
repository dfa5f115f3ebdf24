import { fieldLabelsEn } from '../domain/field-labels-en.ts';
import { entityLabelsEn } from '../domain/entity-labels-en.ts';
import { fieldLabels } from '../domain/field-labels.ts';
import { entityLabels, isEntityName } from '../domain/registry.ts';
import { parseSpaceId } from '../domain/space.ts';
import { describeUnsafeText, type UnsafeTextKind } from '../text/unsafe-text.ts';
import type { RefusalMessage } from './protocol.ts';

/**
 * A refusal travels as a key and parameters (`RefusalMessage`); each client words it here, in its own
 * language. The Vietnamese wording is also the `reason` the server stores and older clients show, so it
 * must not drift: `shared/authz/messages.ts` builds both from this one function.
 */
export type RefusalLocale = 'vi' | 'en';

/** What a space is, as refusals name it: the kind only (the rejected change carries the id itself). */
export type RefusalSpace = 'directory' | 'programme' | 'meeting' | 'unit' | 'other';

export function refusalSpace(spaceId: string): RefusalSpace {
  return parseSpaceId(spaceId)?.kind ?? 'other';
}

const SPACE: Record<RefusalLocale, Record<RefusalSpace, string>> = {
  vi: {
    directory: 'danh bạ đơn vị, cán bộ',
    programme: 'chương trình này',
    meeting: 'hội nghị này',
    unit: 'việc riêng của đơn vị này',
    other: 'không gian dữ liệu này',
  },
  en: {
    directory: 'the directory of units and officials',
    programme: 'this programme',
    meeting: 'this meeting',
    unit: "this unit's own work",
    other: 'this data space',
  },
};

const UNSAFE_KINDS: readonly string[] = ['lone_surrogate', 'nul', 'control'] satisfies UnsafeTextKind[];

const lowerFirst = (text: string, locale: RefusalLocale) =>
  text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);

function label(field: string, locale: RefusalLocale): string {
  return (locale === 'vi' ? fieldLabels : fieldLabelsEn)[field] ?? field;
}

const fieldList = (fields: readonly string[], locale: RefusalLocale) =>
  fields.map((field) => lowerFirst(label(field, locale), locale)).join(', ');

type Params = RefusalMessage['params'];
const text = (params: Params, name: string) => {
  const value = params[name];
  return typeof value === 'string' ? value : null;
};
const list = (params: Params, name: string) => {
  const value = params[name];
  return Array.isArray(value) ? value : null;
};
const space = (params: Params, locale: RefusalLocale) => {
  const kind = text(params, 'space');
  return kind !== null && kind in SPACE[locale] ? SPACE[locale][kind as RefusalSpace] : null;
};

type Wording = (params: Params, locale: RefusalLocale) => string | null;
const pick = (locale: RefusalLocale, viText: string, enText: string) => (locale === 'vi' ? viText : enText);

const WORDINGS: Readonly<Record<string, Wording>> = {
  no_access: (params, locale) => {
    const where = space(params, locale);
    if (where === null) return null;
    return pick(locale, `Bạn không có quyền truy cập ${where}.`, `You have no access to ${where}.`);
  },
  read_only: (params, locale) => {
    const where = space(params, locale);
    if (where === null) return null;
    if (params.space === 'directory')
      return pick(
        locale,
        'Chỉ quản trị viên hoặc người được giao quản lý danh bạ mới được sửa danh bạ đơn vị, cán bộ.',
        'Only an administrator or the directory’s manager may edit the directory of units and officials.',
      );
    return pick(
      locale,
      `Bạn chỉ có quyền xem ${where}, không được sửa.`,
      `You may only view ${where}, not edit it.`,
    );
  },
  task_fields: (params, locale) => {
    const fields = list(params, 'fields');
    if (fields === null) return null;
    return pick(
      locale,
      `Bạn không có quyền sửa ${fieldList(fields, locale)} của nhiệm vụ này ` +
        '(đơn vị chủ trì chỉ cập nhật được trạng thái và tiến độ).',
      `You may not change the ${fieldList(fields, locale)} of this task ` +
        '(the lead unit may only update its status and progress).',
    );
  },
  delete_task: (_params, locale) =>
    pick(locale, 'Bạn không có quyền xóa nhiệm vụ này.', 'You may not delete this task.'),
  other_unit_report: (_params, locale) =>
    pick(
      locale,
      'Bạn chỉ được báo cáo tiến độ cho đơn vị của mình.',
      'You may only report progress for your own unit.',
    ),
  move_report: (_params, locale) =>
    pick(
      locale,
      'Không được chuyển báo cáo tiến độ sang nhiệm vụ khác.',
      'A progress report cannot be moved to another task.',
    ),
  sign_off_office: (_params, locale) =>
    pick(
      locale,
      'Chỉ Văn phòng (người quản lý hội nghị hoặc cán bộ tổ chức hội nghị) mới ghi nhận hoặc hủy xác nhận biên bản.',
      'Only the office (the meeting’s managers or the staff who organise meetings) records or withdraws the approval of the minutes.',
    ),
  sign_off_delete: (_params, locale) =>
    pick(
      locale,
      'Không xóa xác nhận biên bản; muốn mở lại biên bản để sửa thì hủy xác nhận.',
      'The approval of the minutes is not deleted; to reopen the minutes, withdraw the approval.',
    ),
  delete_report: (_params, locale) =>
    pick(locale, 'Bạn không có quyền xóa báo cáo tiến độ này.', 'You may not delete this progress report.'),
  unsafe_text: (params, locale) => {
    const field = text(params, 'field');
    const kind = text(params, 'kind');
    if (field === null || kind === null || !UNSAFE_KINDS.includes(kind)) return null;
    return `${label(field, locale)}: ${describeUnsafeText(kind as UnsafeTextKind, locale)}.`;
  },
  /** A text value not in the one stored form (padding, a line break in a one-line field, NFD, ""). */
  not_canonical: (params, locale) => {
    const field = text(params, 'field');
    if (field === null) return null;
    return pick(
      locale,
      `Trường «${label(field, 'vi')}» chưa được chuẩn hoá (khoảng trắng thừa, xuống dòng trong ô một dòng, ` +
        'chưa ở dạng NFC, hoặc chuỗi rỗng thay cho để trống), nên máy chủ không nhận. ' +
        'Hãy cập nhật ứng dụng rồi nhập lại.',
      `The field «${label(field, 'en')}» is not in its standard form (extra spaces, a line break in a ` +
        'one-line field, not NFC, or an empty text instead of none), so the server does not take it. ' +
        'Update the app and enter it again.',
    );
  },
  /** A child record names a parent (its task, indicator, meeting…) that lives in another space. */
  parent_space: (params, locale) => {
    const field = text(params, 'field');
    const parent = text(params, 'parent');
    if (field === null || parent === null || !isEntityName(parent)) return null;
    const parentName = (locale === 'vi' ? entityLabels : entityLabelsEn)[parent].toLocaleLowerCase(locale);
    return pick(
      locale,
      `Không thể gắn bản ghi này vào ${parentName} đã chọn (trường «${label(field, 'vi')}»): ${parentName} đó ` +
        'thuộc một chương trình hoặc hội nghị khác trên máy chủ.',
      `This record cannot be attached to the chosen ${parentName} (field «${label(field, 'en')}»): that ` +
        `${parentName} belongs to another programme or meeting on the server.`,
    );
  },
  /** Another account's change already holds this change id. */
  change_id_reused: (_params, locale) =>
    pick(
      locale,
      'Mã thay đổi này đã được dùng cho một thay đổi khác trên máy chủ, nên thay đổi không được áp dụng. ' +
        'Hãy nhập lại nội dung (ứng dụng sẽ gửi với mã mới).',
      'This change id is already used by another change on the server, so the change was not applied. ' +
        'Enter it again (the app sends it under a new id).',
    ),
  /** The user lost the space while this edit waited to be sent: refused on the machine, values kept. */
  space_revoked: (params, locale) => {
    const where = space(params, locale);
    if (where === null) return null;
    return pick(
      locale,
      `Bạn không còn quyền truy cập ${where} nên thay đổi này không gửi được; hãy sao chép nội dung nếu cần.`,
      `You no longer have access to ${where}, so this change cannot be sent; copy its content if you need it.`,
    );
  },
  /** The server (or the app's own channel) refused a push holding only this change: its words follow. */
  request_refused: (params, locale) => {
    const detail = text(params, 'detail');
    if (detail === null) return null;
    return pick(
      locale,
      `Máy chủ không nhận thay đổi này: ${detail}`,
      `The server does not take this change: ${detail}`,
    );
  },
};

/** The refusal in the user's language; null for a key (or parameters) this client does not know. */
export function formatRefusal(message: RefusalMessage, locale: RefusalLocale): string | null {
  const wording = Object.hasOwn(WORDINGS, message.key) ? WORDINGS[message.key] : undefined;
  return wording ? wording(message.params, locale) : null;
}
