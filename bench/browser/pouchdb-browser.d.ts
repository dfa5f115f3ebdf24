/** The little of PouchDB's API the bench uses (the package ships no types). */
declare module 'pouchdb-browser' {
  interface ReplicationResult {
    docs_written: number;
    docs_read: number;
    ok: boolean;
  }
  interface DatabaseInfo {
    doc_count: number;
    update_seq: number | string;
  }
  export default class PouchDB {
    constructor(name: string, options?: Record<string, unknown>);
    info(): Promise<DatabaseInfo>;
    close(): Promise<void>;
    destroy(): Promise<void>;
    replicate: {
      from(source: string, options?: Record<string, unknown>): Promise<ReplicationResult>;
    };
  }
}
