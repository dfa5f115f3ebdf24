import type { viAccess } from './vi-access.ts';

export const enAccess: typeof viAccess = {
  access: {
    programmeReadOnly: 'You may only view this programme.',
    meetingReadOnly: 'You may only view this meeting.',
    taskReadOnly: 'You may only view this task.',
    taskLeadUnit:
      'Your unit leads this task: you may update its status and progress and post progress reports; everything else is read-only.',
    reportsReadOnly: 'Only the lead unit or someone who may edit posts progress reports.',
    createNotAllowed: 'You have not been given the right to add anything here.',
    bulkSkipped: (n: number) => `You may not edit ${n} of the selected tasks: the action will skip them.`,
    bulkReadOnly: 'You may only view the selected tasks.',
    noValue: '—',
  },
};
