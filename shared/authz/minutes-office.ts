import { canManage, canWrite, hasCapability, type Principal } from './access.ts';

/**
 * "Văn phòng" — who keeps a meeting's minutes once the chair has approved them: the meeting space's
 * managers (the office that organised it) and, among its writers, those who organise meetings
 * (`organise_meetings`, the committee office's staff). They record the chair's approval (a
 * `minutesSignOff`), withdraw it, and alone may still correct the approved minutes; every other writer
 * of the meeting then only reads them. Administrators are the office everywhere.
 */
export function isMeetingOffice(principal: Principal, spaceId: string): boolean {
  return (
    canManage(principal, spaceId) ||
    (canWrite(principal, spaceId) && hasCapability(principal, 'organise_meetings'))
  );
}
