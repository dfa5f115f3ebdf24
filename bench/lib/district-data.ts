import { buildDemoDataset, DEMO_SERVER_NOW } from '../../shared/demo/index.ts';
import { entityNames } from '../../shared/domain/registry.ts';
import { formatHlc } from '../../shared/hlc/index.ts';
import { uuidv7 } from '../../shared/ids/index.ts';
import type { RecordChange } from '../../shared/sync/change.ts';

const NODE = 'be00be00be00be01';

type Row = Record<string, unknown> & { id: string; spaceId: string };

/** The demo's programme and meeting records (not the directory), in dependency order. */
function templates(): Array<{ entity: string; row: Row }> {
  const demo = buildDemoDataset({ now: DEMO_SERVER_NOW }) as unknown as Record<string, Row[] | undefined>;
  const out: Array<{ entity: string; row: Row }> = [];
  for (const entity of entityNames) {
    for (const row of demo[entity] ?? []) if (row.spaceId !== 'directory') out.push({ entity, row });
  }
  return out;
}

/** Replaces every string equal to a mapped id (and the id inside a space id), deep. */
function remap(value: unknown, ids: Map<string, string>): unknown {
  if (typeof value === 'string') {
    const direct = ids.get(value);
    if (direct) return direct;
    const colon = value.indexOf(':');
    if (colon > 0) {
      const mapped = ids.get(value.slice(colon + 1));
      if (mapped) return `${value.slice(0, colon + 1)}${mapped}`;
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => remap(item, ids));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remap(v, ids)]));
  }
  return value;
}

/**
 * `count` creates shaped like a district's working copy: the demo's programmes (indicators with their
 * yearly periods, plans, tasks, progress reports) and meetings (agenda, attendees, speeches, conclusions,
 * resolutions, comments), cloned with fresh ids (each clone its own spaces) until `count` is reached.
 * The directory (units, people) is shared, as in a real district. Roughly 390 records per clone.
 */
export function generateDistrictCreates(count: number, salt: number): RecordChange[] {
  const source = templates();
  if (source.length === 0) throw new Error('the demo has no programme or meeting records');
  const now = Date.now();
  const changes: RecordChange[] = [];
  for (let clone = 0; changes.length < count; clone += 1) {
    const ids = new Map<string, string>();
    for (const { row } of source) ids.set(row.id, uuidv7(now));
    for (const { entity, row } of source) {
      if (changes.length >= count) break;
      const mapped = remap(row, ids) as Row;
      const { id, spaceId, ...fields } = mapped;
      if (typeof fields.title === 'string') fields.title = `${fields.title} (#${salt}-${clone})`;
      changes.push({
        changeId: uuidv7(now),
        entity,
        recordId: id,
        spaceId,
        hlc: formatHlc({ wallMs: now, counter: changes.length % 60_000, nodeId: NODE }),
        fields,
      });
    }
  }
  return changes;
}

/** How many of each entity a list of changes holds (for the report). */
export function entityMix(changes: readonly RecordChange[]): Record<string, number> {
  const mix: Record<string, number> = {};
  for (const change of changes) mix[change.entity] = (mix[change.entity] ?? 0) + 1;
  return mix;
}
