// The catalogue of targets (what the indicator cards and table show), per document: pure.
import { citation, indicator, targetEntry, type PolicyDocument, type TargetEntryRow } from '../../src/shared/schema';
import { registryScope } from '../document/scope';

/**
 * The shard's columns: the indicator's fields and its citation's each a column of their own
 * (src/shared/columnar.ts, dotted fields), so no row repeats their keys and a unit, kind or
 * comparator repeated over a province's thousands of targets is one dictionary. At 3,000 documents
 * a province's shard went from 1.36 MB (one column of whole indicator objects) to about a fifth,
 * and the app checks each column once instead of every nested row.
 */
export const TARGET_COLUMNS: readonly string[] = [
  ...Object.keys(targetEntry.shape).filter((k) => k !== 'indicator'),
  ...Object.keys(indicator.shape).filter((k) => k !== 'citation').map((k) => `indicator.${k}`),
  ...Object.keys(citation.shape).map((k) => `indicator.citation.${k}`),
];

/** docOrder: the document's position in the manifest (0 for a document on its own). */
export function targetEntries(doc: PolicyDocument, docOrder = 0): TargetEntryRow[] {
  const { province, provinceCode } = registryScope(doc);
  const tasks = new Map(doc.tasks.map((t) => [t.id, t]));
  return doc.indicators.map((indicator) => {
    const task = indicator.taskId ? tasks.get(indicator.taskId) : undefined;
    return {
      indicator,
      docId: doc.id,
      docTitle: doc.title,
      docNumber: doc.docNumber,
      docDate: doc.date,
      sha256: doc.sha256,
      province,
      provinceCode,
      units: task && task.unitsStated && task.units.length > 0 ? task.units : null,
      docOrder,
    };
  });
}
