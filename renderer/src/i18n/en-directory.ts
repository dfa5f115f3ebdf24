import type { viDirectory } from './vi-directory.ts';

export const enDirectory: typeof viDirectory = {
  directory: {
    title: 'Directory',
    intro: "The district's units and officials, as last synced to this computer.",
    empty: 'No directory on this computer yet. Sign in to the server to sync.',
    search: 'Search by name',
    searchPlaceholder: 'Type a unit or official name',
    units: 'Units',
    allUnits: 'All units',
    people: 'Officials',
    peopleOf: (unit: string) => `Officials of ${unit}`,
    noPeople: 'No officials.',
    noUnits: 'No unit matches.',
    name: 'Full name',
    position: 'Position',
    unit: 'Unit',
    phone: 'Phone',
    email: 'Email',
    unitKinds: {
      party_committee: 'Party committee body',
      department: 'Specialist department',
      ward: 'Ward',
      front: 'Front, mass organisation',
      office: 'Office',
    },
  },
};
