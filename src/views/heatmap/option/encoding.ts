// How a cell looks. Lead, support and responsible-without-role are distinct classes with their own
// colour and legend entry. "Listed first" exists only where the document gives no roles, and has its
// own label — it is a position in a 责任单位 list, not 牵头.
import { t } from '../strings';
import type { MatrixCell } from '../model/types';
import type { TaskStatusValue } from '../../../shared/schema';
import { LIGHT } from '../../../kernel/theme/tokens';

export type CellClass = 'lead' | 'support' | 'listedFirst' | 'responsible';

export const CELL_CLASSES: readonly CellClass[] = ['lead', 'support', 'listedFirst', 'responsible'];

/** Value a per-task cell carries for the piecewise visualMap (the order is irrelevant, codes are labels). */
export const CLASS_CODE: Record<CellClass, number> = { lead: 4, support: 3, listedFirst: 2, responsible: 1 };

// The colours are the theme's (kernel/theme/tokens.ts heatmap.roles: red/blue/teal, apart for the
// common colour-vision deficiencies); these are the light theme's, used by exports and tests.
export const CLASS_COLOUR: Record<CellClass, string> = LIGHT.heatmap.roles;

export function classOf(cell: MatrixCell): CellClass {
  if (cell.counts.lead > 0) return 'lead';
  if (cell.counts.support > 0) return 'support';
  return cell.counts.listedFirst > 0 ? 'listedFirst' : 'responsible';
}

export function classLabel(c: CellClass, documentHasRoles: boolean): string {
  if (c === 'listedFirst') return t.registry.responsibleListedFirst;
  // In a document without roles, plain "负责" would read as all departments being equal; say "not listed first".
  if (c === 'responsible' && !documentHasRoles) return t.heatmap.responsibleOther;
  return t.role[c];
}

/** Character-count truncation: department names are CJK, one glyph ≈ one em. */
export function truncateName(name: string, maxChars: number): string {
  const chars = [...name];
  return chars.length <= maxChars ? name : `${chars.slice(0, maxChars - 1).join('')}…`;
}

// Colouring by 督办 status (?colour=status): the Okabe–Ito colour-blind-safe set; the legend and each
// task's column label carry the status icon too, and the tooltip its words.
export type StatusClass = TaskStatusValue | 'none';
export const STATUS_CLASSES: readonly StatusClass[] = ['completed', 'on-schedule', 'at-risk', 'behind', 'none'];
export const STATUS_CODE: Record<StatusClass, number> = { completed: 5, 'on-schedule': 4, 'at-risk': 3, behind: 2, none: 1 };
export const STATUS_COLOUR: Record<StatusClass, string> = LIGHT.heatmap.status;
export function statusLabel(c: StatusClass): string {
  return `${t.taskStatus.icon[c]} ${t.taskStatus.label[c]}`;
}
