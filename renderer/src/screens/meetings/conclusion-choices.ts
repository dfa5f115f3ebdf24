import { useMemo } from 'react';
import type { Unit } from '../../../../shared/domain/directory.ts';
import type { Conclusion } from '../../../../shared/domain/meeting-record.ts';
import { compareVi } from '../../../../shared/text/collate.ts';
import type { UnitOption } from './AssignTaskDrawer.tsx';

/** The sections a conclusion usually falls under; offered before any the meeting has typed. */
const DEFAULT_SECTIONS = ['Các giải pháp cụ thể', 'Giao nhiệm vụ'];

/** The units a task can go to, in Vietnamese order. */
export function useUnitOptions(units: ReadonlyMap<string, Unit>): UnitOption[] {
  return useMemo(
    () =>
      [...units.values()]
        .map((unit) => ({ value: unit.id, label: unit.name }))
        .sort((a, b) => compareVi(a.label, b.label)),
    [units],
  );
}

/** The sections to offer for a conclusion: the usual ones, then those already used, each once. */
export function conclusionSections(conclusions: readonly Conclusion[]): string[] {
  return [...new Set([...DEFAULT_SECTIONS, ...conclusions.flatMap((c) => (c.section ? [c.section] : []))])];
}
