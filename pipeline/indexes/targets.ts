// The catalogue of targets (what the indicator cards and table show), per document: pure.
import type { PolicyDocument, TargetEntryRow } from '../../src/shared/schema';
import { registryScope } from '../document/scope';

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
