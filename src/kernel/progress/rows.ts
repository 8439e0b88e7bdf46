// The figures a target's status is computed from: the built rows (data/progress) and the ones
// entered in this browser, as rows (file 'local': they are in no file yet).
import type { ProgressRow } from '../../shared/schema';
import type { LocalProgress } from '../entries/types';

export const localProgressRow = (p: LocalProgress): ProgressRow => ({ indicatorId: p.indicatorId, date: p.date, value: p.value, unit: p.unit, sourceNote: p.sourceNote, file: 'local', row: 1 });

/** Every figure per indicator id, built ones first. */
export function progressByIndicator(built: readonly ProgressRow[], local: readonly LocalProgress[]): Map<string, ProgressRow[]> {
  const m = new Map<string, ProgressRow[]>();
  for (const r of [...built, ...local.map(localProgressRow)]) m.set(r.indicatorId, [...(m.get(r.indicatorId) ?? []), r]);
  return m;
}
