import type { viTasks } from './vi-tasks.ts';

export const enTasks: typeof viTasks = {
  tasks: {
    title: 'Task',
    lead: 'Lead unit',
    deadline: 'Deadline',
    status: 'Status',
    progress: 'Progress',
    edit: 'Edit task',
    description: 'Description',
    save: 'Save',
    saved: 'Saved on this computer',
    history: 'Change history',
  },
  taskStatus: {
    not_started: 'Not started',
    in_progress: 'In progress',
    done: 'Done',
    overdue: 'Overdue',
    paused: 'Paused',
  },
};
