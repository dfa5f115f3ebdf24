import type { EntityName } from './registry.ts';

/** What each entity is called in English (the second locale): the twin of `entityLabels`. */
export const entityLabelsEn: Readonly<Record<EntityName, string>> = {
  unit: 'Unit',
  person: 'Official',
  programme: 'Programme',
  indicator: 'Indicator',
  indicatorPeriod: 'Indicator result for a period',
  plan: 'Plan',
  task: 'Task',
  taskUpdate: 'Progress report',
  meeting: 'Meeting',
  agendaItem: 'Agenda item',
  attendee: 'Attendee',
  speech: 'Speech',
  conclusion: 'Conclusion',
  resolution: 'Resolution',
  comment: 'Comment',
};
