// The four disjoint roles a department has on a task, as its page counts and filters them. Shared:
// the pipeline counts them into the department index, the page filters by them. Pure.
import type { UnitRole } from './schema';

/**
 * 'first' and 'none' are the two halves of "the document gives no 牵头/配合": listed first in the
 * 责任单位 list (which does not mean lead), or not.
 */
export type RoleKey = 'lead' | 'support' | 'first' | 'none';
export const ROLE_KEYS: readonly RoleKey[] = ['lead', 'support', 'first', 'none'];

/** `listedFirst` is the row's: first in a list of a task without roles (never set where roles are given). */
export const roleKey = (r: { role: UnitRole; listedFirst: boolean }): RoleKey =>
  r.role === 'lead' ? 'lead' : r.role === 'support' ? 'support' : r.listedFirst ? 'first' : 'none';
