import { useState } from 'react';
import { useAccess } from '../../data/use-access.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ScreenTitle } from '../../shell/ScreenTitle.tsx';
import { ProgrammeErrorBoundary } from './ProgrammeErrorBoundary.tsx';
import { ProgrammeFormDrawer } from './ProgrammeFormDrawer.tsx';
import { ProgrammeListToolbar } from './ProgrammeListToolbar.tsx';
import { ProgrammeTable, termOf } from './ProgrammeTable.tsx';
import { TermSummaryPrint } from './SummaryPrint.tsx';
import { useProgrammeList } from './use-programme-list.ts';

/** Chương trình công tác: every programme with its indicator roll-up, searchable without diacritics. */
export function ProgrammesScreen() {
  return (
    <ProgrammeErrorBoundary>
      <ProgrammeList />
    </ProgrammeErrorBoundary>
  );
}

function ProgrammeList() {
  const m = useMessages();
  const list = useProgrammeList();
  const { asOf, rows, printTerm } = list;
  const [creating, setCreating] = useState(false);
  // A new programme opens a space of its own: who holds "lập chương trình" (or an administrator) adds one
  // and then manages it.
  const canCreate = useAccess().canCreateSpace('programme');

  return (
    <section aria-labelledby="programmes-title">
      <ScreenTitle id="programmes-title">{m.nav.programmes}</ScreenTitle>
      <ProgrammeListToolbar
        onQuery={list.setQuery}
        term={list.term}
        terms={list.terms}
        onTerm={list.setTerm}
        asOf={asOf}
        onAsOf={list.setAssessmentDate}
        canCreate={canCreate}
        onCreate={() => setCreating(true)}
        canPrint={printTerm !== null}
      />
      {canCreate && (
        <ProgrammeFormDrawer open={creating} programme={null} onClose={() => setCreating(false)} />
      )}
      {printTerm !== null && (
        <TermSummaryPrint
          term={printTerm}
          asOf={asOf}
          rows={(rows ?? []).filter((r) => termOf(r) === printTerm)}
        />
      )}
      <ProgrammeTable rows={rows} shown={list.shown} />
    </section>
  );
}
