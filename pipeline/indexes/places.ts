// Place aggregates per region (src/shared/place-aggregates.ts: the app adds local documents with the same code),
// and the place page's lists: per region, every task naming it and every target stated for it with
// what the page shows (title, citation, the document) — so a cold place page reads one small page
// file and no document. Pure; the build collects and writes them (write.ts).
import type { PlaceItemDocument, PlaceItemsPage, PlaceTargetItem, PlaceTaskItem, PolicyDocument, UnitRole } from '../../src/shared/schema';
import { SCHEMA_VERSION } from '../../src/shared/schema';
import { toColumns } from '../../src/shared/columnar';
import { registryScope } from '../document/scope';

export { documentPlaces, emptyPlace, mergePlaces, responsiblePairs } from '../../src/shared/place-aggregates';

/** One document's items per region code: its tasks naming the region and its targets for it (achieved figures too), in document order. */
export interface DocumentPlaceItems {
  document: PlaceItemDocument;
  regions: Map<string, { tasks: Array<Omit<PlaceTaskItem, 'role'>>; targets: PlaceTargetItem[] }>;
}

export function documentPlaceItems(doc: PolicyDocument): DocumentPlaceItems {
  const { province, provinceCode } = registryScope(doc);
  const regions: DocumentPlaceItems['regions'] = new Map();
  const at = (code: string) => regions.get(code) ?? regions.set(code, { tasks: [], targets: [] }).get(code)!;
  for (const t of doc.tasks) for (const code of new Set(t.places)) at(code).tasks.push({ docId: doc.id, taskId: t.id, title: t.title, citation: t.citation });
  for (const i of doc.indicators) for (const code of new Set(i.places)) at(code).targets.push({ docId: doc.id, indicator: i });
  return { document: { id: doc.id, title: doc.title, province, provinceCode, docNumber: doc.docNumber, date: doc.date, sha256: doc.sha256 }, regions };
}

const STRENGTH: Record<UnitRole, number> = { lead: 2, support: 1, responsible: 0 };

/** The stronger of two roles (null: not named). */
export const strongerRole = (a: UnitRole | null, b: UnitRole): UnitRole => (a === null || STRENGTH[b] > STRENGTH[a] ? b : a);

/**
 * A region's list in pages: tasks in manifest then document order, targets likewise (an id order
 * within a document, as the map's panel lists them); `roleOf` is the region's own government's role on a task.
 */
export function placeItemPages(
  code: string,
  items: ReadonlyArray<{ document: PlaceItemDocument; tasks: ReadonlyArray<Omit<PlaceTaskItem, 'role'>>; targets: readonly PlaceTargetItem[] }>,
  written: PlaceItemsPage['written'],
  roleOf: (docId: string, taskId: string) => UnitRole | null,
  pageSize: number,
): Array<Omit<PlaceItemsPage, 'taskItems' | 'targetItems'> & { taskItems: PlaceTaskItem[]; targetItems: PlaceTargetItem[] }> {
  const tasks: PlaceTaskItem[] = items.flatMap((d) => d.tasks.map((x) => ({ ...x, role: roleOf(x.docId, x.taskId) })));
  const targets = items.flatMap((d) => [...d.targets].sort((a, b) => a.indicator.id.localeCompare(b.indicator.id)));
  const docs = new Map(items.map((d) => [d.document.id, d.document]));
  const pages = Math.max(1, Math.ceil(tasks.length / pageSize), Math.ceil(targets.length / pageSize));
  return Array.from({ length: pages }, (_, page) => {
    const taskItems = tasks.slice(page * pageSize, (page + 1) * pageSize);
    const targetItems = targets.slice(page * pageSize, (page + 1) * pageSize);
    const ids = new Set([...taskItems, ...targetItems].map((x) => x.docId));
    return {
      schemaVersion: SCHEMA_VERSION, code, page, pageSize, tasks: tasks.length, targets: targets.length, written,
      documents: [...docs.values()].filter((d) => ids.has(d.id)),
      taskItems, targetItems,
    };
  });
}

/** The page as written: items as columns (document ids and titles repeat). */
export function encodePlaceItemsPage(p: ReturnType<typeof placeItemPages>[number]): PlaceItemsPage {
  return { ...p, taskItems: toColumns(p.taskItems, ['docId', 'taskId', 'title', 'citation', 'role']), targetItems: toColumns(p.targetItems, ['docId', 'indicator']) };
}
