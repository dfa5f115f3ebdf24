import { fieldLabels } from '../../../../shared/domain/field-labels.ts';
import { fieldLabelsEn } from '../../../../shared/domain/field-labels-en.ts';
import type { Period } from '../../../../shared/domain/indicator.ts';
import { formatPeriodIn } from '../../../../shared/domain/period.ts';
import type { EntityName } from '../../../../shared/domain/registry.ts';
import { labelGroup } from '../../../../shared/i18n/labels.ts';
import type { Locale } from '../../../../shared/i18n/locale.ts';
import { isIsoDate } from '../../../../shared/text/calendar-date.ts';
import { formatDateTimeVi, formatDateVi } from '../../../../shared/text/date-format.ts';
import { formatNumberEn, formatNumberVi } from '../../../../shared/text/number-format.ts';
import { actorKey } from '../../db/actor.ts';
import type { HistoryActor, HistoryEntry } from '../../db/local-db.ts';
import { fieldKind, isHiddenField, type EnumGroup } from '../../data/history-fields.ts';
import { recordKey, type HistoryNames } from '../../data/history-names.ts';
import type { Messages } from '../../i18n/vi.ts';
import type { HistoryEdit } from './history-groups.ts';

/** What formatting a history needs: the texts and language, the names read from this computer. */
export interface HistoryFormat {
  m: Messages;
  locale: Locale;
  names: HistoryNames;
  /** The period of the record whose history this is (an indicator's figures), for "Kết quả năm 2022". */
  period?: Period | null;
}

/** One changed field: "Kết quả năm 2022: 15 → 16"; `from` is null when the field had nothing before. */
export interface HistoryLine {
  field: string;
  label: string;
  from: string | null;
  to: string;
}

type Row = Record<string, unknown>;

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

function enumWords(fmt: HistoryFormat, group: EnumGroup): Readonly<Record<string, string>> {
  const { m } = fmt;
  const groups: Record<EnumGroup, Readonly<Record<string, string>>> = {
    taskStatus: m.taskStatus,
    taskPriority: m.taskPriority,
    indicatorStatus: m.indicatorStatus,
    direction: labelGroup(fmt.locale, 'direction.'),
    meetingKind: m.meetingKinds,
    agendaKind: m.agendaKinds,
    attendance: m.attendance,
    disposition: m.dispositions,
    signOffState: m.minutes.signOff.states,
    unitKind: m.history.unitKinds,
  };
  return groups[group];
}

const nameOf = (fmt: HistoryFormat, entity: EntityName, id: unknown) =>
  typeof id === 'string' ? (fmt.names.records.get(recordKey(entity, id)) ?? fmt.m.history.unknownRecord) : '';

function formatNumber(fmt: HistoryFormat, value: number): string {
  return fmt.locale === 'en' ? formatNumberEn(value) : formatNumberVi(value);
}

/** A value with no field-specific form: text as typed, numbers with the locale's marks, Có/Không. */
export function formatPlain(fmt: Pick<HistoryFormat, 'm' | 'locale'>, value: unknown): string {
  const words = fmt.m.history;
  if (isEmpty(value)) return words.empty;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value))
    return fmt.locale === 'en' ? formatNumberEn(value) : formatNumberVi(value);
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) return value.map((item) => formatPlain(fmt, item)).join(', ');
  return JSON.stringify(value);
}

function formatSource(fmt: HistoryFormat, value: Row): string {
  const kinds: Readonly<Record<string, string>> = fmt.m.taskSourceKind;
  const kind = typeof value.kind === 'string' ? value.kind : '';
  const label = kinds[kind] ?? kind;
  if (kind === 'plan') return fmt.m.history.source(label, nameOf(fmt, 'plan', value.planId));
  if (kind === 'conclusion')
    return fmt.m.history.source(label, nameOf(fmt, 'conclusion', value.conclusionId));
  if (kind === 'programme') return fmt.m.history.source(label, nameOf(fmt, 'programme', value.programmeId));
  return label;
}

function formatCommittee(fmt: HistoryFormat, members: readonly Row[]): string {
  const roles: Readonly<Record<string, string>> = fmt.m.committeeRoles;
  return members
    .map((member) => {
      const role = typeof member.role === 'string' ? (roles[member.role] ?? member.role) : '';
      return fmt.m.history.member(nameOf(fmt, 'person', member.personId), role);
    })
    .join(', ');
}

/** A field's value as the screens show it: dates, times, words for codes, names for ids. */
export function formatHistoryValue(
  fmt: HistoryFormat,
  entity: EntityName,
  field: string,
  value: unknown,
): string {
  if (isEmpty(value)) return fmt.m.history.empty;
  const kind = fieldKind(entity, field);
  switch (kind.kind) {
    case 'ref':
      return nameOf(fmt, kind.entity, value);
    case 'refs':
      return Array.isArray(value) ? value.map((id) => nameOf(fmt, kind.entity, id)).join(', ') : '';
    case 'enum':
      return typeof value === 'string'
        ? (enumWords(fmt, kind.group)[value] ?? value)
        : formatPlain(fmt, value);
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? formatDateVi(value) : formatPlain(fmt, value);
    case 'time':
      return typeof value === 'number' ? formatDateTimeVi(value) : formatPlain(fmt, value);
    case 'year':
      return String(value);
    case 'figure':
      return typeof value === 'number' ? formatNumber(fmt, value) : formatPlain(fmt, value);
    default:
      return formatStructured(fmt, kind.kind, value);
  }
}

function formatStructured(fmt: HistoryFormat, kind: string, value: unknown): string {
  if (kind === 'period' && value && typeof value === 'object')
    return formatPeriodIn(value as Period, fmt.locale);
  if (kind === 'source' && value && typeof value === 'object') return formatSource(fmt, value as Row);
  if (kind === 'committee' && Array.isArray(value)) return formatCommittee(fmt, value as Row[]);
  if (kind === 'override' && value && typeof value === 'object') {
    const { status, reason } = value as Row;
    const words: Readonly<Record<string, string>> = fmt.m.indicatorStatus;
    const label = typeof status === 'string' ? (words[status] ?? status) : '';
    return fmt.m.history.override(label, typeof reason === 'string' ? reason : '');
  }
  return formatPlain(fmt, value);
}

function labelOf(fmt: HistoryFormat, entity: EntityName, field: string): string {
  const labels = fmt.locale === 'en' ? fieldLabelsEn : fieldLabels;
  const label = labels[field] ?? field;
  if (entity === 'indicatorPeriod' && fmt.period && (field === 'planned' || field === 'result'))
    return fmt.m.history.fieldInPeriod(label, formatPeriodIn(fmt.period, fmt.locale));
  return label;
}

/** A history line as a person reads it, or null for what a history leaves out (internal, no change). */
export function historyLine(
  fmt: HistoryFormat,
  entry: Pick<HistoryEntry, 'entity' | 'field' | 'oldValue' | 'newValue'>,
): HistoryLine | null {
  const { entity, field, oldValue, newValue } = entry;
  if (isHiddenField(entity, field)) return null;
  if (field === '_deleted') {
    const words = fmt.m.history;
    return {
      field,
      label: words.deletedField,
      from: null,
      to: newValue === 1 ? words.deleted : words.restored,
    };
  }
  if (isEmpty(oldValue) && isEmpty(newValue)) return null;
  const from = isEmpty(oldValue) ? null : formatHistoryValue(fmt, entity, field, oldValue);
  const to = formatHistoryValue(fmt, entity, field, newValue);
  if (from === to) return null;
  return { field, label: labelOf(fmt, entity, field), from, to };
}

/** "Kết quả năm 2022: 15 → 16", or "Tên: Phường Bồ Đề" for a field that had nothing before. */
export function lineText(line: HistoryLine): string {
  return line.from === null ? `${line.label}: ${line.to}` : `${line.label}: ${line.from} → ${line.to}`;
}

/** Who made an edit: "Trần Thị Thu Trang" and their unit, "… (chưa xác thực)", or "Không rõ người sửa". */
export function actorText(
  fmt: HistoryFormat,
  actor: HistoryActor | null,
): { name: string; unit: string | null } {
  const named = actor ? fmt.names.actors.get(actorKey(actor)) : undefined;
  if (!named) return { name: fmt.m.history.unknownActor, unit: null };
  return {
    name: named.unverified ? `${named.name} ${fmt.m.history.unverified}` : named.name,
    unit: named.unit,
  };
}

/** An edit's header: "Trần Thị Thu Trang · Bồ Đề · 10:42, 10/03/2023". */
export function editHeader(fmt: HistoryFormat, edit: Pick<HistoryEdit, 'actor' | 'at'>): string {
  const { name, unit } = actorText(fmt, edit.actor);
  return [name, unit, formatDateTimeVi(edit.at)].filter((part) => part).join(' · ');
}

/** An edit's lines as a person reads them (none when all it changed is internal). */
export function editLines(fmt: HistoryFormat, edit: Pick<HistoryEdit, 'entries'>): HistoryLine[] {
  return edit.entries.map((entry) => historyLine(fmt, entry)).filter((line) => line !== null);
}
