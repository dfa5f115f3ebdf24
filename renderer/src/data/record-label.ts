import type { Period } from '../../../shared/domain/indicator.ts';
import { formatPeriodVi } from '../../../shared/domain/period.ts';
import { isEntityName } from '../../../shared/domain/registry.ts';
import type { LocalDb } from '../db/local-db.ts';

type Row = Record<string, unknown>;
const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/**
 * What a person calls a record, for lists that name records out of their screen (the refused list):
 * "Chỉ tiêu 1. Tỷ lệ “Gia đình văn hóa” — năm 2022", a task's or meeting's title, a unit's name. Null when
 * the record is not on this machine (a discarded draft) or has nothing to be called by.
 */
export async function recordLabel(db: LocalDb, entity: string, recordId: string): Promise<string | null> {
  if (!isEntityName(entity)) return null;
  const row = (await db.table(entity).get(recordId)) as Row | undefined;
  if (!row) return null;
  if (entity === 'indicatorPeriod') {
    const indicator = (await db.indicator.get(String(row.indicatorId))) as Row | undefined;
    const name = indicator ? indicatorName(indicator) : null;
    const period = formatPeriodVi(row.period as Period);
    return name ? `${name} — ${period}` : period;
  }
  if (entity === 'indicator') return indicatorName(row);
  if (entity === 'attachment') return `${text(row.name) ?? ''} (phiên bản ${String(row.version)})`;
  if (entity === 'programme') return [text(row.code), text(row.title)].filter(Boolean).join(' — ') || null;
  return text(row.title) ?? text(row.name) ?? text(row.text)?.slice(0, 80) ?? null;
}

function indicatorName(row: Row): string | null {
  const name = text(row.name);
  return name ? `${typeof row.number === 'number' ? `${row.number}. ` : ''}${name}` : null;
}
