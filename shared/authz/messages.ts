import { formatRefusal, refusalSpace } from '../sync/refusal-messages.ts';
import type { RefusalMessage } from '../sync/protocol.ts';

/**
 * Why a change was refused: a key and parameters that each client words in its own language, and the
 * Vietnamese text (`reason`) for the server's log and for clients older than the keys.
 */
export interface Denial {
  reason: string;
  message: RefusalMessage;
}

function denialOf(key: string, params: RefusalMessage['params'] = {}): Denial {
  const message = { key, params };
  const reason = formatRefusal(message, 'vi');
  if (reason === null) throw new Error(`No wording for refusal ${key}`);
  return { reason, message };
}

export const denial = {
  noAccess: (spaceId: string) => denialOf('no_access', { space: refusalSpace(spaceId) }),
  readOnly: (spaceId: string) => denialOf('read_only', { space: refusalSpace(spaceId) }),
  taskFields: (fields: readonly string[]) => denialOf('task_fields', { fields: [...fields] }),
  deleteTask: () => denialOf('delete_task'),
  otherUnitReport: () => denialOf('other_unit_report'),
  moveReport: () => denialOf('move_report'),
  deleteReport: () => denialOf('delete_report'),
  signOffOffice: () => denialOf('sign_off_office'),
  signOffDelete: () => denialOf('sign_off_delete'),
} as const;
