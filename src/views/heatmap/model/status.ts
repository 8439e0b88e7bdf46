// 督办 status per column of a task matrix, for colouring by status (?colour=status). The status index
// holds every entry of every document under docId\0taskId; the view turns it into one document's
// taskId → latest status once (when the index or the document changes), so a toggle, filter or sort
// reads a Map per column instead of building a key string per task. A task nobody reported on has no
// entry and reads null (未报送): never guessed.
import type { TaskStatusValue } from '../../../shared/schema';
import { taskKey } from '../../../kernel/entries/task-status';
import type { Matrix } from './types';

/** The status index's shape (kernel/entries/task-status.ts): entries oldest first, per docId\0taskId. */
export type StatusIndex = ReadonlyMap<string, readonly { status: TaskStatusValue }[]>;

/** taskId → latest status, for one document. */
export function statusByTask(index: StatusIndex, docId: string): Map<string, TaskStatusValue> {
  const prefix = taskKey(docId, '');
  const out = new Map<string, TaskStatusValue>();
  for (const [key, entries] of index) {
    const last = entries.at(-1);
    if (last && key.startsWith(prefix)) out.set(key.slice(prefix.length), last.status);
  }
  return out;
}

/** Per column of a task matrix, its status (null: none reported). Undefined for a section matrix. */
export function columnStatusOf(matrix: Matrix, byTask: ReadonlyMap<string, TaskStatusValue>): (TaskStatusValue | null)[] | undefined {
  if (matrix.kind !== 'tasks') return undefined;
  return matrix.columns.map((c) => byTask.get(c.id) ?? null);
}
