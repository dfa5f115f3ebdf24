import type { Period } from '../../../../shared/domain/indicator.ts';
import type { HistoryEntry } from '../../db/local-db.ts';
import type { HistoryNames } from '../../data/history-names.ts';
import type { Messages } from '../../i18n/vi.ts';
import type { Locale } from '../../../../shared/ipc/settings.ts';
import { editLines, lineText, type HistoryFormat } from '../shared/history-format.ts';
import { groupEdits, type HistoryEdit } from '../shared/history-groups.ts';

/** One edit of one record of the programme, as its history table shows it. */
export interface ProgrammeEdit {
  key: string;
  edit: HistoryEdit;
  recordId: string;
  /** "Kết quả năm 2022: 15 → 16", one per changed field. */
  lines: string[];
}

/**
 * The programme's history as edits: each record's lines grouped by edit (who, when) — a programme's edit
 * may touch several records, and the same field of two records must not merge — newest first, with the
 * values as the screens show them ("Kết quả năm 2022" for a period's figures).
 */
export function programmeEdits(
  entries: readonly HistoryEntry[],
  format: { m: Messages; locale: Locale; names: HistoryNames; periods: ReadonlyMap<string, Period> },
): ProgrammeEdit[] {
  const byRecord = new Map<string, HistoryEntry[]>();
  for (const entry of entries) byRecord.set(entry.recordId, [...(byRecord.get(entry.recordId) ?? []), entry]);
  const edits: ProgrammeEdit[] = [];
  for (const [recordId, lines] of byRecord) {
    const fmt: HistoryFormat = { ...format, period: format.periods.get(recordId) ?? null };
    for (const edit of groupEdits(lines)) {
      const text = editLines(fmt, edit).map(lineText);
      if (text.length > 0) edits.push({ key: `${recordId}:${edit.key}`, edit, recordId, lines: text });
    }
  }
  return edits.sort((a, b) => b.edit.at - a.edit.at);
}
