import { useMemo, useState } from 'react';
import { matchesSearch } from '../../../../shared/text/search.ts';
import { useProgrammeRows } from '../../data/use-programmes.ts';
import { useToday } from '../../state/use-now.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { termOf } from './ProgrammeTable.tsx';

/**
 * The programmes as of the assessment date (today unless one is chosen), filtered by a search without
 * diacritics (code, title, chair) and by term; the term to print is the one chosen, else the latest.
 */
export function useProgrammeList() {
  const assessmentDate = useUiStore((state) => state.assessmentDate);
  const setAssessmentDate = useUiStore((state) => state.setAssessmentDate);
  const today = useToday();
  const asOf = assessmentDate ?? today;
  const rows = useProgrammeRows(asOf);
  const [query, setQuery] = useState('');
  const [term, setTerm] = useState<string | null>(null);
  const terms = useMemo(() => [...new Set((rows ?? []).map(termOf))].sort(), [rows]);
  const shown = useMemo(
    () =>
      (rows ?? []).filter(
        (row) =>
          (term === null || termOf(row) === term) &&
          (!query ||
            matchesSearch(query, `${row.programme.code} ${row.programme.title} ${row.chairName ?? ''}`)),
      ),
    [rows, query, term],
  );
  const printTerm = term ?? terms.at(-1) ?? null;
  return { asOf, setAssessmentDate, rows, setQuery, term, setTerm, terms, shown, printTerm };
}
