/** The push rules live in shared/authz (see access.ts here); kept for the server's existing imports. */
export * from '../../shared/authz/authorize-change.ts';
