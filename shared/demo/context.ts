import { createUuidv7Generator } from '../ids/index.ts';
import type { RandomBytes } from '../ids/index.ts';
import type { EntityName, EntityOf } from '../domain/registry.ts';
import { addDays, todayInHoChiMinh } from '../text/index.ts';
import type { IsoDate } from '../text/index.ts';

/** Bộ dữ liệu mẫu — every entity's records; every key is present, possibly with an empty list. */
export type DemoDataset = { [N in EntityName]: EntityOf<N>[] };

/** A date of the demo: a fixed ISO date of the seeded history, or days from the dataset's today. */
export type DemoDate = IsoDate | number;

/** What every part of the demo builder shares: the clock, the id source and the records so far. */
export interface DemoContext {
  /** The instant the dataset is built for (Unix ms); every id carries it. */
  now: number;
  /** The calendar date in Vietnam at `now`. */
  today: IsoDate;
  /** The next id: UUID v7 at `now`, strictly increasing, deterministic for a given random source. */
  nextId: () => string;
  /** A fixed date as is; a number as that many days after (negative: before) today. */
  date: (value: DemoDate) => IsoDate;
  /** The records built so far. */
  data: DemoDataset;
}

export function emptyDataset(): DemoDataset {
  return {
    unit: [],
    person: [],
    programme: [],
    indicator: [],
    indicatorPeriod: [],
    plan: [],
    task: [],
    taskUpdate: [],
    meeting: [],
    agendaItem: [],
    attendee: [],
    speech: [],
    conclusion: [],
    resolution: [],
    comment: [],
    minutesSignOff: [],
    attachment: [],
  };
}

export function createDemoContext(now: number, random: RandomBytes): DemoContext {
  const generate = createUuidv7Generator(random);
  const today = todayInHoChiMinh(now);
  return {
    now,
    today,
    nextId: () => generate(now),
    date: (value) => (typeof value === 'number' ? addDays(today, value) : value),
    data: emptyDataset(),
  };
}
