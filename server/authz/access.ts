/**
 * The space rules live in shared/authz (the app's screens decide which edit controls to show by the same
 * rules); this re-export keeps the server's existing imports working until they point there.
 */
export * from '../../shared/authz/access.ts';
