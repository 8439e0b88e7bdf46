// A task's 督办 status: the latest dated entry, built (data/status) or entered here. Never guessed:
// a task nobody reported on has no status (null), shown as 未报送.
import type { TaskStatusRow, TaskStatusValue } from '../../shared/schema';
import type { LocalStatus } from './types';

export interface StatusEntry {
  status: TaskStatusValue;
  date: string;
  note: string;
  source: string;
  /** Entered in this browser (本地录入), not yet in the build's files. */
  local: boolean;
  id: string | null;
}

export const taskKey = (docId: string, taskId: string) => `${docId}\u0000${taskId}`;

/** Every entry per task, oldest first; local entries after built ones of the same date. */
export function statusIndex(built: TaskStatusRow[], local: LocalStatus[]): Map<string, StatusEntry[]> {
  const m = new Map<string, StatusEntry[]>();
  const add = (docId: string, taskId: string, e: StatusEntry) => {
    const k = taskKey(docId, taskId);
    m.set(k, [...(m.get(k) ?? []), e]);
  };
  for (const r of built) add(r.docId, r.taskId, { status: r.status, date: r.date, note: r.note, source: r.source, local: false, id: null });
  for (const r of local) add(r.docId, r.taskId, { status: r.status, date: r.date, note: r.note, source: r.source, local: true, id: r.id });
  for (const list of m.values()) list.sort((a, b) => a.date.localeCompare(b.date) || Number(a.local) - Number(b.local));
  return m;
}

export function latestStatus(index: Map<string, StatusEntry[]>, docId: string, taskId: string): StatusEntry | null {
  return index.get(taskKey(docId, taskId))?.at(-1) ?? null;
}
