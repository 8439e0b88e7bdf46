// A document kept from an earlier build, when the cache has no record of what was derived from it
// (output written before the cache existed, or the cache deleted): the cross-document data is read
// back off the document itself, and its quality line from the previous quality.json when it is there
// (label counts and the hidden-character record are only seen by the parse). Only the 〈…〉 alias
// annotations of its units are lost.
import { readFileSync } from 'node:fs';
import { policyDocument, type DocumentQuality } from '../../src/shared/schema';
import { registryScope } from '../document/scope';
import type { Mention } from '../units/registry';
import { deriveEntry, type Derived } from './job';

export function deriveFromDocument(path: string, previousQuality: DocumentQuality | null): Derived | null {
  let doc;
  try {
    doc = policyDocument.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return null;
  }
  const scope = registryScope(doc);
  const mentions: Mention[] = doc.tasks.flatMap((t) =>
    t.units.map((u) => ({ name: u.name, province: scope.province, provinceCode: scope.provinceCode, docId: doc.id, taskId: t.id, role: u.role })),
  );
  const quality: DocumentQuality = previousQuality?.docId === doc.id ? previousQuality : {
    docId: doc.id,
    tasks: doc.tasks.length,
    tasksWithUnits: doc.tasks.filter((t) => t.units.length > 0).length,
    unitMentions: mentions.length,
    distinctUnits: new Set(doc.tasks.flatMap((t) => t.units.map((u) => u.departmentId))).size,
    targets: doc.indicators.filter((i) => i.stage === 'target').length,
    achieved: doc.indicators.filter((i) => i.stage === 'achieved').length,
    places: new Set(doc.tasks.flatMap((t) => t.places)).size,
    damagedFound: doc.damage.length,
    damagedCorrected: doc.damage.filter((d) => d.replacement != null).length,
    damaged: doc.damage.map((d) => ({ line: d.line, column: d.column, original: d.original, corrected: d.replacement != null })),
    ...(doc.anomalies ? { anomalies: doc.anomalies } : {}),
    warnings: doc.warnings,
  };
  return { entry: deriveEntry(doc, quality), mentions, quality, indicators: doc.indicators };
}
