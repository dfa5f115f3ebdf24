import type { IpcErrorCode } from '../../../../shared/ipc/result.ts';
import type { Messages } from '../../i18n/vi.ts';

/** The codes that say the call never reached a server willing to answer it (not a refusal of the input). */
function problemKey(code: IpcErrorCode): keyof Messages['admin']['problems'] | null {
  switch (code) {
    case 'forbidden':
    case 'offline':
    case 'unauthorized':
    case 'update_required':
    case 'rate_limited':
      return code;
    case 'unavailable':
      return 'offline';
    default:
      return null;
  }
}

/** Why a list could not be loaded, in the reader's language. */
export function adminProblem(m: Messages, code: IpcErrorCode): string {
  return m.admin.problems[problemKey(code) ?? 'other'];
}

/** Why a change was not made: the server's own words when it refused the input, else the lost connection. */
export function adminRefusal(m: Messages, code: IpcErrorCode, message: string): string {
  const key = problemKey(code);
  if (key !== null) return m.admin.problems[key];
  return message.trim() === '' ? m.admin.problems.other : m.admin.refused(message);
}
