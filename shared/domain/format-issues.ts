import { fieldLabels } from './field-labels.ts';

/** What {@link formatZodIssues} reads: a ZodError, or anything with its `issues`. */
export interface IssueList {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}

function pathLabel(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') {
      const last = parts.pop() ?? 'Mục';
      parts.push(`${last} (mục ${key + 1})`);
    } else {
      const name = String(key);
      parts.push(fieldLabels[name] ?? name);
    }
  }
  return parts.join(' › ');
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The issues of a failed parse as lines a user can read: "Tên: không được để trống",
 * "Ban Chủ nhiệm (mục 2) › Vai trò: phải là một trong: chair, vice_chair, member".
 */
export function formatZodIssues(error: IssueList): string[] {
  return error.issues.map((issue) => {
    const label = pathLabel(issue.path);
    return label === '' ? capitalise(issue.message) : `${label}: ${issue.message}`;
  });
}
