import { parseArgs } from 'node:util';

/** The flags of `npm run bench` (see bench/README.md), parsed and checked once. */
const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '50000' },
    tasks: { type: 'string', default: '10000' },
    edits: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '30' },
    poll: { type: 'string', default: '0' },
    'catchup-server': { type: 'string', default: '20000' },
    'catchup-local': { type: 'string', default: '2000' },
    'snapshot-page': { type: 'string', default: '0' },
    'load-clients': { type: 'string', default: '200' },
    'load-seconds': { type: 'string', default: '20' },
    only: { type: 'string', default: 'initial,pouchdb,edit,propagation,catchup,postgres,load' },
    keep: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
  },
});
const num = (v: string | undefined, name: string): number => {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
  return n;
};
export const RECORDS = num(values.records, 'records');
export const TASKS = num(values.tasks, 'tasks');
export const EDITS = Math.max(1, num(values.edits, 'edits'));
export const ROUNDS = Math.max(1, num(values.rounds, 'rounds'));
export const POLL_MS = num(values.poll, 'poll');
export const CATCHUP_SERVER = num(values['catchup-server'], 'catchup-server');
export const CATCHUP_LOCAL = num(values['catchup-local'], 'catchup-local');
export const LOAD_CLIENTS = Math.max(1, num(values['load-clients'], 'load-clients'));
export const LOAD_SECONDS = Math.max(1, num(values['load-seconds'], 'load-seconds'));
/** Records per snapshot page after the first; 0: the engine's default. */
export const SNAPSHOT_PAGE = num(values['snapshot-page'], 'snapshot-page');
export const ONLY = new Set((values.only ?? '').split(',').map((s) => s.trim()));

export const KEEP = values.keep === true;
export const PROFILE = values.profile === true;
