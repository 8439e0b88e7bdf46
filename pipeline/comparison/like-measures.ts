// The reviewed like-measure rules → comparison.json. Pure: the reviewed file's parsed JSON in, the
// checked file out (the shared schema, patterns compiled); build.ts reads and writes. A bad entry
// throws naming the file and the field, and the previous comparison.json stays as it was.
import { comparison, SCHEMA_VERSION, type Comparison } from '../../src/shared/schema';

export const LIKE_MEASURES_FILE = 'data/comparison/like-measures.json';

export function likeMeasures(raw: unknown, file = LIKE_MEASURES_FILE): Comparison {
  // The reviewed file carries no schemaVersion (nor, once checked, its _comment).
  const parsed = comparison.safeParse(raw && typeof raw === 'object' ? { ...raw, schemaVersion: SCHEMA_VERSION } : raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}
