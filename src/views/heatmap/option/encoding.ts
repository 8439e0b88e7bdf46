// How a cell looks. Lead, support and responsible-without-role are distinct classes with their own
// colour and legend entry. "Listed first" exists only where the document gives no roles, and has its
// own label — it is a position in a 责任单位 list, not 牵头.
import { t } from '../strings';
import type { MatrixCell } from '../model/types';

export type CellClass = 'lead' | 'support' | 'listedFirst' | 'responsible';

export const CELL_CLASSES: readonly CellClass[] = ['lead', 'support', 'listedFirst', 'responsible'];

/** Value a per-task cell carries for the piecewise visualMap (the order is irrelevant, codes are labels). */
export const CLASS_CODE: Record<CellClass, number> = { lead: 4, support: 3, listedFirst: 2, responsible: 1 };

// Red/blue/teal stay apart for the common colour-vision deficiencies and on a washed-out projector;
// listed-first is the dark shade of the responsible hue, so it reads as "same role, emphasised".
export const CLASS_COLOUR: Record<CellClass, string> = {
  lead: '#b03a48',
  support: '#1f5fa8',
  listedFirst: '#1d5c4d',
  responsible: '#8cc4b4',
};

export function classOf(cell: MatrixCell): CellClass {
  if (cell.counts.lead > 0) return 'lead';
  if (cell.counts.support > 0) return 'support';
  return cell.counts.listedFirst > 0 ? 'listedFirst' : 'responsible';
}

export function classLabel(c: CellClass, documentHasRoles: boolean): string {
  if (c === 'listedFirst') return `${t.role.responsible}（${t.registry.listedFirst}）`;
  // In a document without roles, plain "负责" would read as all departments being equal; say "not listed first".
  if (c === 'responsible' && !documentHasRoles) return t.heatmap.responsibleOther;
  return t.role[c];
}

/** Character-count truncation: department names are CJK, one glyph ≈ one em. */
export function truncateName(name: string, maxChars: number): string {
  const chars = [...name];
  return chars.length <= maxChars ? name : `${chars.slice(0, maxChars - 1).join('')}…`;
}
