import type { Person, Unit } from '../../../shared/domain/directory.ts';
import type { Period } from '../../../shared/domain/indicator.ts';
import type { EntityName } from '../../../shared/domain/registry.ts';
import type { Account } from '../../../shared/sync/spaces-api.ts';
import { actorKey, actorOfEntry } from '../db/actor.ts';
import type { HistoryActor, HistoryEntry, LocalDb } from '../db/local-db.ts';
import { referencesIn } from './history-fields.ts';
import { recordLabel } from './record-label.ts';

/** Who made an edit, as a person reads it; `unverified` for a "Tôi là" person nobody signed in as. */
export interface ActorName {
  name: string;
  /** The unit's short name (its name when it has none), or null. */
  unit: string | null;
  unverified: boolean;
}

/** What a history needs to name things: records by "entity:id", actors by `actorKey`. */
export interface HistoryNames {
  records: ReadonlyMap<string, string>;
  actors: ReadonlyMap<string, ActorName>;
}

/** An account as the app knows it: from the accounts list, the access row, or the copy's owner. */
type KnownAccount = Pick<Account, 'id' | 'displayName' | 'personId' | 'unitId'>;

export const recordKey = (entity: string, id: string) => `${entity}:${id}`;

async function knownAccounts(db: LocalDb): Promise<Map<string, KnownAccount>> {
  const [accountsRow, access, owner] = await Promise.all([
    db.meta.get('accounts'),
    db.meta.get('access'),
    db.meta.get('owner'),
  ]);
  const known = new Map<string, KnownAccount>();
  if (owner?.key === 'owner')
    known.set(owner.value.userId, {
      id: owner.value.userId,
      displayName: owner.value.displayName,
      personId: null,
      unitId: null,
    });
  if (access?.key === 'access') known.set(access.value.user.id, access.value.user);
  // An older copy has no list (the round saves it, accounts-cache.ts).
  if (accountsRow?.key === 'accounts')
    for (const account of accountsRow.value.accounts) known.set(account.id, account);
  return known;
}

async function byId<T extends { id: string }>(db: LocalDb, table: 'unit' | 'person', ids: Set<string>) {
  const rows = (await db.table(table).bulkGet([...ids])) as Array<T | undefined>;
  return new Map(rows.filter((row) => row !== undefined).map((row) => [row.id, row]));
}

function actorsOf(entries: readonly HistoryEntry[]): Map<string, HistoryActor> {
  const actors = new Map<string, HistoryActor>();
  for (const entry of entries) {
    const actor = actorOfEntry(entry);
    if (actor) actors.set(actorKey(actor), actor);
  }
  return actors;
}

/**
 * The names a record's history shows, read from this computer: units, people, programmes, indicators,
 * plans, meetings, conclusions and tasks its values name, and each actor with their unit — an account by
 * its directory person's name (or its display name), a "Tôi là" person by name. Whatever is not here has
 * no entry (the formatter says so).
 */
export async function loadHistoryNames(db: LocalDb, entries: readonly HistoryEntry[]): Promise<HistoryNames> {
  const refs = new Map<string, [EntityName, string]>();
  for (const entry of entries)
    for (const value of [entry.oldValue, entry.newValue])
      for (const [entity, id] of referencesIn(entry.entity, entry.field, value))
        refs.set(recordKey(entity, id), [entity, id]);
  const actors = actorsOf(entries);
  const accounts = await knownAccounts(db);
  const wanted = (entity: EntityName) =>
    new Set([...refs.values()].filter(([e]) => e === entity).map(([, id]) => id));
  const personIds = wanted('person');
  for (const actor of actors.values()) {
    const personId = actor.kind === 'person' ? actor.personId : accounts.get(actor.userId)?.personId;
    if (personId) personIds.add(personId);
  }
  const people = await byId<Person>(db, 'person', personIds);
  const unitIds = wanted('unit');
  for (const account of accounts.values()) if (account.unitId) unitIds.add(account.unitId);
  for (const person of people.values()) unitIds.add(person.unitId);
  const units = await byId<Unit>(db, 'unit', unitIds);
  const records = new Map<string, string>();
  for (const [key, [entity, id]] of refs) {
    const name =
      entity === 'unit'
        ? units.get(id)?.name
        : entity === 'person'
          ? people.get(id)?.name
          : await recordLabel(db, entity, id);
    if (name) records.set(key, name);
  }
  return { records, actors: nameActors(actors, accounts, people, units) };
}

function nameActors(
  actors: ReadonlyMap<string, HistoryActor>,
  accounts: ReadonlyMap<string, KnownAccount>,
  people: ReadonlyMap<string, Person>,
  units: ReadonlyMap<string, Unit>,
): Map<string, ActorName> {
  const unitName = (id: string | null | undefined) => {
    const unit = id ? units.get(id) : undefined;
    return unit ? unit.shortName || unit.name : null;
  };
  const named = new Map<string, ActorName>();
  for (const [key, actor] of actors) {
    if (actor.kind === 'person') {
      const person = people.get(actor.personId);
      if (person) named.set(key, { name: person.name, unit: unitName(person.unitId), unverified: true });
      continue;
    }
    const account = accounts.get(actor.userId);
    if (!account) continue;
    const person = account.personId ? people.get(account.personId) : undefined;
    named.set(key, {
      name: person?.name ?? account.displayName,
      unit: unitName(account.unitId ?? person?.unitId),
      unverified: false,
    });
  }
  return named;
}

/** The period an indicator's figures belong to, for "Kết quả năm 2022"; null for other records. */
export async function periodOfRecord(
  db: LocalDb,
  entity: EntityName,
  recordId: string,
): Promise<Period | null> {
  if (entity !== 'indicatorPeriod') return null;
  return (await db.indicatorPeriod.get(recordId))?.period ?? null;
}
