import type { IpcErrorCode } from '../../../../shared/ipc/result.ts';
import type { Messages } from '../../i18n/vi.ts';

/** Why a sharing call failed, in the reader's language: the server's refusal or the lost connection. */
export function sharingError(m: Messages, code: IpcErrorCode): string {
  const errors = m.sharing.errors;
  switch (code) {
    case 'forbidden':
    case 'not_found':
    case 'offline':
    case 'unauthorized':
    case 'update_required':
    case 'rate_limited':
      return errors[code];
    case 'unavailable':
      return errors.offline;
    default:
      return errors.other;
  }
}
