// Place names as the documents write them (task.placeMentions), per division code. The pipeline
// resolved each mention (泽州县 → 140500), so these are the words to show and search by; the
// official name of a code comes from the boundary files (official-name.ts).
import type { PolicyDocument, Task } from '../../shared/schema';

/** code → distinct names as written, most frequent first (ties: first seen first). */
export function namesAsWritten(docs: readonly PolicyDocument[]): Map<string, string[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const doc of docs)
    for (const task of doc.tasks)
      for (const m of task.placeMentions) {
        const names = counts.get(m.code) ?? new Map<string, number>();
        names.set(m.name, (names.get(m.name) ?? 0) + 1);
        counts.set(m.code, names);
      }
  const out = new Map<string, string[]>();
  for (const [code, names] of counts) out.set(code, [...names].sort((a, b) => b[1] - a[1]).map(([n]) => n));
  return out;
}

/** How one task writes a code (泽州县 for 140500 in 001 二.14); null when it has no mention of it. */
export function taskPlaceName(task: Task, code: string): string | null {
  return task.placeMentions.find((m) => m.code === code)?.name ?? null;
}
