// The overview's per-document summary (card fields + quality line) and the id lookup: pure
// functions of one built document, so the browser computes the same entry for an imported one.
import type { DocumentSummary, PolicyDocument } from '../../src/shared/schema';
import { registryScope } from '../document/scope';

export function documentSummary(doc: PolicyDocument): DocumentSummary {
  const { province, provinceCode } = registryScope(doc);
  const stage = (s: 'target' | 'achieved') => doc.indicators.filter((i) => i.stage === s).length;
  return {
    id: doc.id,
    title: doc.title,
    province,
    provinceCode,
    issuer: doc.issuer,
    docNumber: doc.docNumber,
    date: doc.date,
    year: doc.date ? Number(doc.date.slice(0, 4)) : null,
    genre: doc.genre,
    scope: doc.scope ?? null,
    reviewed: doc.reviewed ?? null,
    tasks: doc.tasks.length,
    units: new Set(doc.tasks.flatMap((t) => t.units.map((u) => u.departmentId))).size,
    targets: stage('target'),
    achieved: stage('achieved'),
    places: new Set(doc.tasks.flatMap((t) => t.places)).size,
    tasksWithUnits: doc.tasks.filter((t) => t.units.length > 0).length,
    damagedFound: doc.damage.length,
    damagedCorrected: doc.damage.filter((d) => d.replacement != null).length,
    warnings: [...doc.warnings],
  };
}

/** Where a document's file is, and its title: a view that fails to load the file still names it. */
export function lookupEntry(doc: PolicyDocument, path: string): { id: string; provinceCode: string; path: string; sha256: string; title: string } {
  return { id: doc.id, provinceCode: registryScope(doc).provinceCode, path, sha256: doc.sha256, title: doc.title };
}
