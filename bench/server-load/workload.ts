import { buildDemoDataset, DEMO_SERVER_NOW } from '../../shared/demo/index.ts';
import { compareHlc, formatHlc } from '../../shared/hlc/index.ts';
import { uuidv7 } from '../../shared/ids/index.ts';
import type { RecordChange } from '../../shared/sync/change.ts';

/**
 * District-shaped pushes for the load bench, built from the demo district (shared/demo): the same
 * programmes, meetings, units and people. Two kinds of simulated client:
 * - a committee office ("writer", write grants on every programme and meeting): creates tasks, moves
 *   tasks on (status, progress), enters indicator results per period (planned, result, note);
 * - a lead unit ("đơn vị chủ trì", read grants only): updates status and progress of tasks its unit
 *   leads (mostly its own five, seeded; sometimes the demo's, shared with the unit's other clients) and
 *   files progress reports (`taskUpdate`) on them — the lead-unit rule path of push.
 * Updates carry `base`: the stamps the district's server held when the batch was made (`SeenStamps`,
 * shared by all simulated clients, as if each had just pulled), so a conflict arises only where two
 * clients edit the same field of the same record at the same time — as in a district whose clients sync.
 */
type Row = Readonly<Record<string, unknown>>;

/** The latest accepted stamp per record field, as the clients know it from the server. */
export class SeenStamps {
  private readonly stamps = new Map<string, string>();

  get(recordId: string, field: string): string | undefined {
    return this.stamps.get(`${recordId}/${field}`);
  }

  /** Notes the fields of accepted changes (a later stamp replaces an earlier one). */
  accepted(changes: readonly RecordChange[]): void {
    for (const change of changes) {
      for (const field of Object.keys(change.fields)) {
        const key = `${change.recordId}/${field}`;
        const known = this.stamps.get(key);
        if (known === undefined || compareHlc(change.hlc, known) > 0) this.stamps.set(key, change.hlc);
      }
    }
  }
}

export interface District {
  programmeSpaces: string[];
  meetingSpaces: string[];
  tasks: Row[];
  indicatorPeriods: Row[];
  /** Lead units of the demo tasks, with the tasks they lead. */
  leadUnits: Array<{ unitId: string; tasks: Row[] }>;
  personIds: string[];
  /** The stamp of the seeded demo records (see server/admin/seed-demo.ts). */
  seedHlc: string;
  seen: SeenStamps;
}

export function loadDistrict(): District {
  const demo = buildDemoDataset({ now: DEMO_SERVER_NOW });
  const tasks = demo.task as Row[];
  const byUnit = new Map<string, Row[]>();
  for (const task of tasks) {
    const unit = String(task.leadUnitId);
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), task]);
  }
  return {
    programmeSpaces: (demo.programme as Row[]).map((p) => String(p.spaceId)),
    meetingSpaces: (demo.meeting as Row[]).map((m) => String(m.spaceId)),
    tasks,
    indicatorPeriods: demo.indicatorPeriod as Row[],
    leadUnits: [...byUnit.entries()].map(([unitId, led]) => ({ unitId, tasks: led })),
    personIds: (demo.person as Row[]).map((p) => String(p.id)),
    seedHlc: formatHlc({ wallMs: DEMO_SERVER_NOW, counter: 0, nodeId: 'de00de00de00de00' }),
    seen: new SeenStamps(),
  };
}

const STATUSES = ['not_started', 'in_progress', 'done', 'paused'] as const;
const PERIOD_SLOTS = 50;

/** A small deterministic generator (mulberry32), one per client: runs are repeatable. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  const item = list[Math.floor(rand() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export type ClientRole = 'writer' | 'lead-unit';

/** One simulated replica: its HLC and what it creates and edits. */
export class SimulatedClient {
  readonly nodeId: string;
  private counter = 0;
  private lastWall = 0;
  private readonly created: Row[] = [];
  private readonly rand: () => number;
  private readonly district: District;
  private readonly role: ClientRole;
  private readonly unitTasks: Row[];
  private readonly ownTasks: Row[];
  private readonly periods: Row[];

  /**
   * `unitTasks`: the demo tasks its unit leads (shared with the unit's other clients); `ownTasks`: tasks of
   * its unit that this client mostly works on (seeded, see setup.ts). A committee office enters results for
   * a few indicator periods, each shared with one other office.
   */
  constructor(input: {
    index: number;
    role: ClientRole;
    district: District;
    unitTasks: Row[];
    ownTasks: Row[];
  }) {
    this.nodeId = (0x10_0000_0000 + input.index).toString(16).padStart(16, '0');
    this.rand = random(input.index + 1);
    this.district = input.district;
    this.role = input.role;
    this.unitTasks = input.unitTasks;
    this.ownTasks = input.ownTasks.length > 0 ? input.ownTasks : input.unitTasks;
    const slot = Math.floor(input.index / 2) % PERIOD_SLOTS;
    this.periods = input.district.indicatorPeriods.filter((_, i) => i % PERIOD_SLOTS === slot);
  }

  /** The stamps the server holds, as the clients learn them (shared). */
  get seen(): SeenStamps {
    return this.district.seen;
  }

  private hlc(): string {
    const now = Date.now();
    if (now > this.lastWall) {
      this.lastWall = now;
      this.counter = 0;
    } else this.counter += 1;
    return formatHlc({ wallMs: this.lastWall, counter: this.counter, nodeId: this.nodeId });
  }

  /** An edit of some fields of an existing record, with the base stamps the server last told of. */
  private update(entity: string, record: Row, fields: Record<string, unknown>): RecordChange {
    const hlc = this.hlc();
    const recordId = String(record.id);
    const base: Record<string, string | null> = {};
    for (const field of Object.keys(fields))
      base[field] = this.district.seen.get(recordId, field) ?? this.district.seedHlc;
    const change = { changeId: uuidv7(Date.now()), entity, recordId, spaceId: String(record.spaceId) };
    return { ...change, hlc, fields, base };
  }

  private createTask(): RecordChange {
    const template = pick(this.rand, this.district.tasks);
    const { id: _id, spaceId, ...fields } = template;
    const recordId = uuidv7(Date.now());
    const title = `${String(fields.title)} (đợt ${this.counter % 12})`;
    const created = { ...fields, title, status: 'not_started', progress: 0 };
    this.created.push({ ...created, id: recordId, spaceId });
    const change = { changeId: uuidv7(Date.now()), entity: 'task', recordId, spaceId: String(spaceId) };
    return { ...change, hlc: this.hlc(), fields: created };
  }

  private moveTask(task: Row): RecordChange {
    const progress = Math.min(100, Math.floor(this.rand() * 101));
    const status = progress === 100 ? 'done' : pick(this.rand, STATUSES.slice(0, 2));
    return this.update('task', task, { status, progress });
  }

  private enterResult(): RecordChange {
    const period = pick(this.rand, this.periods.length > 0 ? this.periods : this.district.indicatorPeriods);
    const planned = typeof period.planned === 'number' ? period.planned : 100;
    return this.update('indicatorPeriod', period, {
      result: Math.round(planned * (0.6 + this.rand() * 0.6)),
      note: `Số liệu cập nhật ${new Date().toISOString().slice(0, 10)}`,
      enteredBy: pick(this.rand, this.district.personIds),
      enteredAt: Date.now(),
    });
  }

  private report(task: Row, unitId: string): RecordChange {
    const progress = Math.floor(this.rand() * 101);
    const fields = {
      taskId: String(task.id),
      unitId,
      reportDate: new Date().toISOString().slice(0, 10),
      progress,
      text: `Đơn vị đã triển khai, đạt khoảng ${progress}% khối lượng công việc; tiếp tục đôn đốc các phường.`,
      authorId: null,
    };
    const change = {
      changeId: uuidv7(Date.now()),
      entity: 'taskUpdate',
      recordId: uuidv7(Date.now()),
      spaceId: String(task.spaceId),
    };
    return { ...change, hlc: this.hlc(), fields };
  }

  private next(): RecordChange {
    const roll = this.rand();
    if (this.role === 'lead-unit') {
      const task = pick(this.rand, this.rand() < 0.9 ? this.ownTasks : this.unitTasks);
      return roll < 0.6 ? this.moveTask(task) : this.report(task, String(task.leadUnitId));
    }
    if (roll < 0.35 || this.created.length === 0) return this.createTask();
    if (roll < 0.65) return this.moveTask(pick(this.rand, this.created));
    if (roll < 0.7) return this.moveTask(pick(this.rand, this.district.tasks));
    return this.enterResult();
  }

  batch(size: number): RecordChange[] {
    return Array.from({ length: size }, () => this.next());
  }
}

/** `count` tasks of a lead unit for one client: clones of the unit's demo tasks with fresh ids. */
export function tasksOfUnit(unitTasks: readonly Row[], count: number): Row[] {
  return Array.from({ length: count }, (_, i) => {
    const template = unitTasks[i % unitTasks.length];
    if (!template) throw new Error('the unit leads no demo task');
    return { ...template, id: uuidv7(Date.now()), title: `${String(template.title)} (phần ${i + 1})` };
  });
}
