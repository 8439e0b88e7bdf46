// Collects the per-document index parts while the build runs (one document in memory at a time),
// then writes every index next to the documents, each validated by the shared schema and written
// atomically. The only I/O here is writeJsonAtomic; the parts come from the pure modules beside it.
import { join } from 'node:path';
import type { z } from 'zod';
import { fromColumns, toColumns } from '../../src/shared/columnar';
import { DEPARTMENT_PAGE, indexFiles, LOOKUP_SHARDS, lookupShard, PLACE_PAGE, yearKey } from '../../src/shared/index-paths';
import { departmentFileKey } from '../../src/shared/department-key';
import {
  SCHEMA_VERSION, departmentIndex, departmentTarget, departmentTaskRow, departmentTasksPage, documentSummary as summarySchema, documentSummaryShard,
  heatmapDocument as heatmapSchema, lookupShard as lookupSchema, overviewIndex, placeItemsPage, provinceDocuments, placeShard, placeTargetItem, placeTaskItem, targetEntry, targetShard, targetsIndex,
  type Department, type DepartmentTask, type DocumentSummary, type HeatmapDocument, type Indicator, type OverviewIndex, type PlaceAggregate, type PolicyDocument, type TargetEntryRow, type UnitRole,
} from '../../src/shared/schema';
import { writeJsonAtomic } from '../io';
import { departmentDocument, departmentFiles, departmentTaskInfo, documentTargets, type DepartmentDocumentFacts, type DepartmentTaskInfo } from './departments';
import { departmentTasks } from './heatmap';
import { heatmapDocument, registryEntries } from '../../src/shared/heatmap-document';
import { registryScope } from '../document/scope';
import { documentPlaceItems, documentPlaces, emptyPlace, encodePlaceItemsPage, mergePlaces, placeItemPages, strongerRole, type DocumentPlaceItems } from './places';
import { documentSummary, lookupEntry } from './summary';
import { TARGET_COLUMNS, targetEntries } from './targets';

const provinceOfRegion = (code: string) => `${code.slice(0, 2)}0000`;

function checkRows<S extends z.ZodType>(file: string, frame: ReturnType<typeof toColumns>, row: S): void {
  fromColumns(frame).forEach((r, i) => {
    const ok = row.safeParse(r);
    if (!ok.success) throw new Error(`${file}: row ${i}: ${ok.error.issues[0]?.path.join('.')}: ${ok.error.issues[0]?.message}`);
  });
}

export class IndexBuilder {
  private summaries: DocumentSummary[] = [];
  private lookup: Array<ReturnType<typeof lookupEntry>> = [];
  private targets = new Map<string, TargetEntryRow[]>();
  private places: Array<{ docId: string; regions: PlaceAggregate[] }> = [];
  private placeItems: DocumentPlaceItems[] = [];
  private pairs: DepartmentTask[] = [];
  private taskInfo = new Map<string, DepartmentTaskInfo>();
  private docFacts = new Map<string, DepartmentDocumentFacts>();
  /** Each document's targets tied to a task (the same objects the target shards hold). */
  private docTargets = new Map<string, Indicator[]>();
  private heatmaps = new Map<string, HeatmapDocument>();
  /** Documents that name responsible units on some task (the map's 'no-departments' reason). */
  private unitsStated = new Set<string>();
  private bytes = { rows: 0, columns: 0 };

  constructor(private readonly out: string) {}

  /** Add one built document (new or kept from a previous build); writes its heatmap matrix now. */
  add(doc: PolicyDocument, path: string): void {
    this.summaries.push(documentSummary(doc));
    this.lookup.push(lookupEntry(doc, path));
    for (const t of targetEntries(doc, this.summaries.length - 1)) {
      const list = this.targets.get(t.provinceCode) ?? [];
      list.push(t);
      this.targets.set(t.provinceCode, list);
    }
    this.places.push({ docId: doc.id, regions: documentPlaces(doc) });
    this.placeItems.push(documentPlaceItems(doc));
    if (doc.tasks.some((t) => t.unitsStated)) this.unitsStated.add(doc.id);
    this.pairs.push(...departmentTasks(doc));
    for (const t of departmentTaskInfo(doc)) this.taskInfo.set(`${t.docId}\u0000${t.taskId}`, t);
    this.docFacts.set(doc.id, departmentDocument(doc));
    this.docTargets.set(doc.id, documentTargets(doc));
    // Without the registry entries, which exist once every document is in (finish adds them).
    this.heatmaps.set(doc.id, heatmapDocument(doc, registryScope(doc).provinceCode, () => undefined));
  }

  private write<S extends z.ZodType>(file: string, schema: S, value: z.infer<S>, opts: { stamp?: string } = {}): void {
    writeJsonAtomic(join(this.out, file), schema.parse(value), opts);
  }

  private columns<T extends object>(file: string, rows: T[], row: z.ZodType, fields?: readonly string[]) {
    const frame = toColumns(rows, fields);
    checkRows(file, frame, row);
    this.bytes.rows += JSON.stringify(rows).length;
    this.bytes.columns += JSON.stringify(frame).length;
    return frame;
  }

  /** Every region's place list in pages (index/place-items/<code>-<n>.json), each item with its citation. */
  private writePlaceItems(regions: ReadonlyMap<string, ReadonlyMap<string, PlaceAggregate>>, cityOf: ReadonlyMap<string, string>): void {
    // The region's own government's role on each task: the strongest of its city departments named there.
    const roles = new Map<string, Map<string, UnitRole>>();
    for (const pr of this.pairs) {
      const code = cityOf.get(pr.departmentId);
      if (!code) continue;
      const m = roles.get(code) ?? roles.set(code, new Map()).get(code)!;
      const k = `${pr.docId}\u0000${pr.taskId}`;
      m.set(k, strongerRole(m.get(k) ?? null, pr.role));
    }
    const byRegion = new Map<string, Parameters<typeof placeItemPages>[1][number][]>();
    for (const d of this.placeItems) {
      for (const [code, x] of d.regions) (byRegion.get(code) ?? byRegion.set(code, []).get(code)!).push({ document: d.document, tasks: x.tasks, targets: x.targets });
    }
    for (const m of regions.values()) {
      for (const a of m.values()) {
        const items = byRegion.get(a.code) ?? [];
        const role = roles.get(a.code);
        for (const p of placeItemPages(a.code, items, a.written, (docId, taskId) => role?.get(`${docId}\u0000${taskId}`) ?? null, PLACE_PAGE)) {
          const file = indexFiles.placeItems(a.code, p.page);
          const page = encodePlaceItemsPage(p);
          checkRows(file, page.taskItems, placeTaskItem);
          checkRows(file, page.targetItems, placeTargetItem);
          this.write(file, placeItemsPage, page);
        }
      }
    }
  }

  /**
   * Per department its index (registry entry, counts per document and role, the documents' facts, its
   * targets) and its task pages — one small file per department, found by the hash of its id.
   */
  private writeDepartments(registry: readonly Department[]): void {
    const pairsOf = new Map<string, DepartmentTask[]>();
    for (const pr of this.pairs) (pairsOf.get(pr.departmentId) ?? pairsOf.set(pr.departmentId, []).get(pr.departmentId)!).push(pr);
    const src = {
      info: (docId: string, taskId: string) => this.taskInfo.get(`${docId}\u0000${taskId}`),
      document: (docId: string) => this.docFacts.get(docId),
      targets: (docId: string) => this.docTargets.get(docId) ?? [],
    };
    const keys = new Map<string, string>();
    for (const d of registry) {
      const key = departmentFileKey(d.id);
      const had = keys.get(key);
      if (had !== undefined && had !== d.id) throw new Error(`department index: ids ${JSON.stringify(had)} and ${JSON.stringify(d.id)} hash to the same file key ${key}`);
      keys.set(key, d.id);
      const { index, pages } = departmentFiles(key, d, pairsOf.get(d.id) ?? [], src, DEPARTMENT_PAGE);
      const file = indexFiles.department(key);
      this.write(file, departmentIndex, { ...index, targets: this.columns(file, index.targets, departmentTarget) });
      for (const p of pages) {
        const pageFile = indexFiles.departmentTasks(key, p.page);
        this.write(pageFile, departmentTasksPage, { schemaVersion: SCHEMA_VERSION, departmentId: d.id, page: p.page, rows: this.columns(pageFile, p.rows, departmentTaskRow) });
      }
    }
  }

  /** Write every index; `registry` is the department registry of this build. */
  finish(registry: readonly Department[], failures: OverviewIndex['failures'], log: (line: string) => void = () => {}): void {
    const s = this.summaries;
    // Overview: province order of first appearance; shards (province, year) in order of their first document.
    const provinces: OverviewIndex['provinces'] = [];
    const shardDocs = new Map<string, DocumentSummary[]>();
    for (const d of s) {
      const p = provinces.find((x) => x.code === d.provinceCode);
      if (p) p.count++;
      else provinces.push({ code: d.provinceCode, name: d.province, count: 1 });
      const key = `${d.provinceCode}-${yearKey(d.year)}`;
      shardDocs.set(key, [...(shardDocs.get(key) ?? []), d]);
    }
    const order = new Map(provinces.map((p, i) => [p.code, i]));
    const shards = [...shardDocs.values()].sort((a, b) => order.get(a[0].provinceCode)! - order.get(b[0].provinceCode)!);
    for (const docs of shards) {
      const { provinceCode, year } = docs[0];
      const file = indexFiles.documents(provinceCode, yearKey(year));
      this.write(file, documentSummaryShard, { schemaVersion: SCHEMA_VERSION, provinceCode, year: yearKey(year), documents: this.columns(file, docs, summarySchema) });
    }
    this.write(indexFiles.overview, overviewIndex, {
      schemaVersion: SCHEMA_VERSION,
      total: s.length,
      tasks: s.reduce((n, d) => n + d.tasks, 0),
      first: s[0] ? { id: s[0].id, provinceCode: s[0].provinceCode } : null,
      provinces,
      shards: shards.map((docs) => {
        const combos = new Map<string, number>();
        for (const d of docs) combos.set(`${d.genre}|${d.scope ?? ''}`, (combos.get(`${d.genre}|${d.scope ?? ''}`) ?? 0) + 1);
        return {
          provinceCode: docs[0].provinceCode,
          year: yearKey(docs[0].year),
          count: docs.length,
          combos: [...combos].map(([k, n]) => [...(k.split('|') as [DocumentSummary['genre'], string]), n] as [DocumentSummary['genre'], string, number]),
        };
      }),
      failures,
      builtAt: new Date().toISOString(),
    }, { stamp: 'builtAt' });

    // Lookup: every shard written, empty ones too, so a missing id reads as unknown, not as a missing file.
    const byShard = new Map<string, typeof this.lookup>();
    for (const e of this.lookup) byShard.set(lookupShard(e.id), [...(byShard.get(lookupShard(e.id)) ?? []), e]);
    for (let i = 0; i < LOOKUP_SHARDS; i++) {
      const key = String(i).padStart(2, '0');
      writeJsonAtomic(join(this.out, `index/lookup/${key}.json`), lookupSchema.parse({ schemaVersion: SCHEMA_VERSION, documents: byShard.get(key) ?? [] }));
    }

    // Targets by province, with facet counts in the index.
    const tally = (values: string[]) => [...values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>())];
    const targetShards: z.infer<typeof targetsIndex>['shards'] = [];
    for (const p of provinces) {
      const rows = this.targets.get(p.code) ?? [];
      const file = indexFiles.targets(p.code);
      this.write(file, targetShard, { schemaVersion: SCHEMA_VERSION, provinceCode: p.code, targets: this.columns(file, rows, targetEntry, TARGET_COLUMNS) });
      targetShards.push({
        provinceCode: p.code,
        province: p.name,
        count: rows.length,
        years: tally(rows.map((r) => yearKey(r.indicator.targetYear))),
        categories: tally(rows.map((r) => r.indicator.category ?? 'none')),
        stages: tally(rows.map((r) => r.indicator.stage)) as Array<['target' | 'achieved', number]>,
      });
    }
    this.write(indexFiles.targetsIndex, targetsIndex, { schemaVersion: SCHEMA_VERSION, shards: targetShards });

    // Places by the province the region lies in; a region's own government (a city department with
    // its place code) on a task's units needs the registry, so it is counted here.
    const cityOf = new Map(registry.flatMap((d) => (d.kind === 'city' && d.placeCode ? [[d.id, d.placeCode] as const] : [])));
    const regions = new Map<string, Map<string, PlaceAggregate>>();
    const at = (code: string) => {
      const p = provinceOfRegion(code);
      if (!regions.has(p)) regions.set(p, new Map());
      return regions.get(p)!;
    };
    for (const { regions: r } of this.places) for (const a of r) mergePlaces(at(a.code), [a]);
    for (const pr of this.pairs) {
      const code = cityOf.get(pr.departmentId);
      if (!code) continue;
      const m = at(code);
      const a = m.get(code) ?? emptyPlace(code);
      a.responsibleIds.push([pr.docId, pr.taskId, pr.departmentId]);
      m.set(code, a);
    }
    for (const m of regions.values()) for (const a of m.values()) a.responsible = new Set(a.responsibleIds.map(([d, t]) => `${d}\u0000${t}`)).size;
    const docsOf = new Map<string, string[]>();
    for (const d of s) docsOf.set(d.provinceCode, [...(docsOf.get(d.provinceCode) ?? []), d.id]);
    for (const p of new Set([...regions.keys(), ...docsOf.keys()])) {
      const list = [...(regions.get(p)?.values() ?? [])].sort((a, b) => a.code.localeCompare(b.code));
      const docs = docsOf.get(p) ?? [];
      this.write(indexFiles.places(p), placeShard, { schemaVersion: SCHEMA_VERSION, provinceCode: p, documents: docs, departmentsNamed: docs.some((id) => this.unitsStated.has(id)), regions: list });
    }

    this.writePlaceItems(regions, cityOf);

    // The heatmap: per document, its tasks and the registry entries of the departments it names; per province, its documents (the switcher).
    const byId = new Map(registry.map((d) => [d.id, d]));
    for (const d of s) {
      const h = this.heatmaps.get(d.id)!;
      this.write(indexFiles.heatmap(d.id), heatmapSchema, { ...h, departments: registryEntries(h.tasks, (id) => byId.get(id)) });
    }
    this.heatmaps.clear();
    for (const p of provinces) {
      const docs = s.filter((d) => d.provinceCode === p.code).map((d) => ({ id: d.id, title: d.title, docNumber: d.docNumber, date: d.date }));
      this.write(indexFiles.provinceDocuments(p.code), provinceDocuments, { schemaVersion: SCHEMA_VERSION, provinceCode: p.code, province: p.name, documents: docs });
    }

    this.writeDepartments(registry);
    const kb = (n: number) => `${Math.round(n / 1024)} KB`;
    log(`indexes: ${s.length} documents, ${shards.length} overview shards; columnar ${kb(this.bytes.columns)} (as rows ${kb(this.bytes.rows)})`);
  }
}
