import { formatNumberVi } from '../text/number-format.ts';

/** The parts of a zod issue the Vietnamese messages read (zod passes the raw issue to `error`). */
export interface RawIssue {
  code?: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  values?: readonly unknown[];
  keys?: readonly string[];
  format?: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'văn bản',
  number: 'số',
  int: 'số nguyên',
  boolean: 'đúng/sai',
  object: 'một bản ghi',
  array: 'một danh sách',
  null: 'để trống (null)',
};

const num = (value: number | bigint | undefined) => formatNumberVi(Number(value ?? 0));

function sizeMessage(issue: RawIssue, small: boolean): string {
  const bound = small ? issue.minimum : issue.maximum;
  const strict = issue.inclusive === false;
  if (issue.origin === 'string') {
    if (small && Number(bound) === 1) return 'không được để trống';
    return small ? `phải có ít nhất ${num(bound)} ký tự` : `không được dài quá ${num(bound)} ký tự`;
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    return small ? `phải có ít nhất ${num(bound)} mục` : `không được có quá ${num(bound)} mục`;
  }
  if (small) return strict ? `phải lớn hơn ${num(bound)}` : `không được nhỏ hơn ${num(bound)}`;
  return strict ? `phải nhỏ hơn ${num(bound)}` : `không được lớn hơn ${num(bound)}`;
}

function typeMessage(issue: RawIssue): string {
  if (issue.input === undefined) return 'bắt buộc phải có';
  if (issue.expected === 'int') return 'phải là số nguyên';
  if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) return 'phải là một số hữu hạn';
  return `phải là ${TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? 'giá trị khác'}`;
}

/**
 * A Vietnamese message for a zod issue, used as the `error` option of every domain schema so that
 * messages read well in the UI ("không được để trống", "phải là một trong: …").
 */
export function viIssueMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage(issue);
    case 'too_small':
      return sizeMessage(issue, true);
    case 'too_big':
      return sizeMessage(issue, false);
    case 'invalid_value':
      return `phải là một trong: ${(issue.values ?? []).map((v) => String(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `có trường không được phép: ${(issue.keys ?? []).join(', ')}`;
    case 'invalid_format':
      return 'không đúng định dạng';
    case 'not_multiple_of':
      return 'không đúng bước giá trị';
    case 'invalid_union':
      return 'không đúng một trong các dạng cho phép';
    default:
      return 'giá trị không hợp lệ';
  }
}

/** The `error` option every domain schema is built with. */
export const viError = { error: viIssueMessage } as const;
