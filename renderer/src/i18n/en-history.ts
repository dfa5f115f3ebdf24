import type { viHistory } from './vi-history.ts';

/** English texts of a record's history: key for key with vi-history.ts. */
export const enHistory: typeof viHistory = {
  history: {
    empty: '(empty)',
    yes: 'Yes',
    no: 'No',
    unknownActor: 'Unknown editor',
    unverified: '(not verified)',
    unknownRecord: '(not on this computer)',
    noChanges: 'No changes yet.',
    deletedField: 'Record',
    deleted: 'Deleted',
    restored: 'Restored',
    fieldInPeriod: (field: string, period: string) => `${field}, ${period}`,
    source: (kind: string, name: string) => `${kind}: ${name}`,
    member: (name: string, role: string) => `${name} (${role})`,
    override: (status: string, reason: string) => `${status} — reason: ${reason}`,
    unitKinds: {
      party_committee: 'Party body',
      department: 'Department',
      ward: 'Ward',
      front: 'Front or mass organisation',
      office: 'Office',
    },
  },
};
