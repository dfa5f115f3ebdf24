import { isMeetingOffice } from '../../shared/authz/minutes-office.ts';
import type { Principal } from '../../shared/authz/access.ts';
import { serverMessage } from '../../shared/i18n/server.ts';
import { DOC_ID_PATTERN } from '../../shared/sync/documents-api.ts';
import type { Executor } from '../db/database.ts';
import { httpErrors } from '../http/errors.ts';
import { loadRecord } from '../sync/log/record-store.ts';

/** Whether the document is a meeting's minutes whose approval by the chair stands (recorded, not withdrawn). */
export async function minutesSignedOff(db: Executor, docId: string): Promise<boolean> {
  const match = DOC_ID_PATTERN.exec(docId);
  if (match?.[1] !== 'minutes' || match[2] === undefined) return false;
  const signOff = await loadRecord(db, 'minutesSignOff', match[2]);
  return signOff !== null && signOff.data._deleted === 0 && signOff.data.state === 'approved';
}

/**
 * Approved minutes take updates from the office only (shared/authz/minutes-office.ts). Anyone else's
 * update is refused with 403: the client keeps those words as a side copy the office can read ("bản sửa
 * không được nhận"), since a Yjs update once merged cannot be taken out again.
 */
export async function refuseAfterSignOff(
  db: Executor,
  principal: Principal,
  docId: string,
  spaceId: string,
): Promise<void> {
  if (isMeetingOffice(principal, spaceId)) return;
  if (await minutesSignedOff(db, docId)) throw httpErrors.forbidden(serverMessage('documents.signedOff'));
}
