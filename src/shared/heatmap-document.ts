// A document → what the heatmap draws of it (schema.ts heatmapDocument). Pure; shared because the
// pipeline writes it for every built document and the app derives it for a document imported in
// this browser, so both heatmaps are drawn from the same shape.
import type { Department, HeatmapDocument, PolicyDocument } from './schema';
import { SCHEMA_VERSION } from './schema-version';

type RegistryLookup = (departmentId: string) => Pick<Department, 'id' | 'name' | 'aliases' | 'pinyin' | 'kind' | 'category' | 'placeCode'> | undefined;

/**
 * provinceCode: the province the document is filed under (the lookup shard's); registry: the entry
 * of a department id, when the registry has one (ids it lacks get no entry: their rows are named as written).
 */
export function heatmapDocument(doc: PolicyDocument, provinceCode: string | null, registry: RegistryLookup): HeatmapDocument {
  const tasks = doc.tasks.map((t) => ({
    id: t.id,
    path: t.path,
    partTitle: t.partTitle,
    sectionTitle: t.sectionTitle,
    title: t.title,
    unitsStated: t.unitsStated,
    units: t.units.map((u) => ({ departmentId: u.departmentId, name: u.name, role: u.role })),
  }));
  return {
    schemaVersion: SCHEMA_VERSION,
    id: doc.id,
    title: doc.title,
    province: doc.province,
    provinceCode,
    docNumber: doc.docNumber,
    date: doc.date,
    sha256: doc.sha256,
    tasks,
    departments: registryEntries(tasks, registry),
  };
}

/** The registry entries of the departments the tasks name, in order of first mention. */
export function registryEntries(tasks: HeatmapDocument['tasks'], registry: RegistryLookup): HeatmapDocument['departments'] {
  const ids = new Set(tasks.flatMap((t) => t.units.map((u) => u.departmentId)));
  return [...ids].flatMap((id) => {
    const d = registry(id);
    return d ? [{ id: d.id, name: d.name, aliases: d.aliases, pinyin: d.pinyin, kind: d.kind, category: d.category, placeCode: d.placeCode }] : [];
  });
}
