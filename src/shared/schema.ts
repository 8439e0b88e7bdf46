// The one schema for the JSON the pipeline writes and the app reads.
// The pipeline validates with these before writing; the app validates after loading.
// Nothing else is imported across the pipeline/app boundary.
import { z } from 'zod';
import { DEPARTMENT_KINDS } from './department-kinds';
import { SCHEMA_VERSION } from './schema-version';

export { SCHEMA_VERSION };

/** 6-digit administrative division code, e.g. "140500" (晋城市). */
export const placeCode = z.string().regex(/^\d{6}$/, 'a 6-digit division code');

/** Where a fact was read: offsets into the document's cleaned text, and the raw line (1-based). */
export const citation = z.object({
  docId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  /**
   * The cleaned sentence (or clause) the fact comes from. For an indicator or target it is exactly
   * text[start, end). For a task, start/end span the whole item (numeral, title, body, unit clause:
   * the reader highlights all of it) and the quote is its title sentence, found inside that span.
   */
  quote: z.string(),
});
export type Citation = z.infer<typeof citation>;

/** 牵头 → lead; 配合/协同/参与 → support; listed without a role → responsible (source order kept). */
export const unitRole = z.enum(['lead', 'support', 'responsible']);
export type UnitRole = z.infer<typeof unitRole>;

export const taskUnit = z.object({
  /** Simplified, normalised name: shared suffixes expanded, elided 省 restored, 〈〉 annotations dropped. */
  name: z.string().min(1),
  role: unitRole,
  /** Registry id in departments.json. */
  departmentId: z.string(),
  /** As written in the source, when it differs from name. */
  asWritten: z.string().nullable(),
});
export type TaskUnit = z.infer<typeof taskUnit>;

/** What kind of numbered item a task is, from the part it sits in. */
export const taskKind = z.enum(['task', 'indicator', 'project', 'reform', 'matter', 'research', 'keywork', 'goal']);
export type TaskKind = z.infer<typeof taskKind>;

export const task = z.object({
  id: z.string(),
  /** Numbering labels as written: part numeral, section numeral if any, item number (or paragraph ordinal). */
  path: z.array(z.string()).min(1),
  kind: taskKind,
  /** Title of the part (一、…) and section ((一)…) the task sits in, for context. */
  partTitle: z.string(),
  sectionTitle: z.string().nullable(),
  title: z.string().min(1),
  text: z.string().min(1),
  units: z.array(taskUnit),
  /** True when the document names units for this task at all (false: the source is silent). */
  unitsStated: z.boolean(),
  /** The responsibility clause ("(责任单位:…)") the units were read from, when stated. */
  unitsCitation: citation.nullable(),
  places: z.array(placeCode),
  /** Where each place is written (cleaned-text offsets), so the reader can mark it: 泽州县 → 140500. */
  placeMentions: z.array(z.object({ name: z.string(), code: placeCode, start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })),
  /** People named as responsible (责任领导:张三, 分管省领导:…): kept apart from units, never departments. */
  leaders: z.array(z.string()).optional(),
  /** The source stops inside this item (a page excerpt cut mid-item): its text or unit list may be incomplete. */
  truncated: z.boolean().optional(),
  citation,
});
export type Task = z.infer<typeof task>;

/** >= 以上/不低于, <= 以内/以下/控制在, ~ 左右, > 超过/突破, = 达到 (or a plain figure). */
export const comparator = z.enum(['>=', '<=', '~', '>', '=']);
export type Comparator = z.infer<typeof comparator>;

export const indicatorKind = z.enum(['level', 'growth', 'share', 'count']);
export type IndicatorKind = z.infer<typeof indicatorKind>;

/**
 * How a year is known. stated: the text writes it (the sentence, its paragraph's 到2025年, the
 * section heading 2023年重点工作, the plan period of the title). inferred: the document fixes it
 * without writing it (a work report opening a five-year term: 今后五年 → the term's last year; its
 * 过去五年 review → the year before the term) — yearCitation is then the sentence that implies it.
 * Optional for files written before the field existed; the pipeline always writes it (null: no year).
 */
export const yearBasis = z.enum(['stated', 'inferred']);
export type YearBasis = z.infer<typeof yearBasis>;

export const baseline = z.object({
  value: z.number(),
  unit: z.string(),
  year: z.number().int().nullable(),
  yearBasis: yearBasis.nullable().optional(),
  yearCitation: citation.nullable().optional(),
  citation,
});
export type Baseline = z.infer<typeof baseline>;

export const indicator = z.object({
  id: z.string(),
  name: z.string().min(1),
  /** target: a goal; achieved: a figure reported as reached (five-year reviews). */
  stage: z.enum(['target', 'achieved']),
  value: z.number(),
  /** Upper end of a range as written (10-11%, 2-3家), else null. */
  valueMax: z.number().nullable(),
  /** Unit as written: %, 公里, 万元, 万亿元, 万亩, 个 … ('' when the figure has none). */
  unit: z.string(),
  comparator,
  /**
   * Which way is better, when the words say so: up for 以上/不低于/超过/提高到, down for
   * 控制在/以内/不超过/缩小到/降至 (控制在5.5%左右 is '~' and down). null when they do not (达到, a
   * plain figure): then only a stated starting figure can tell.
   */
  direction: z.enum(['up', 'down']).nullable(),
  kind: indicatorKind,
  /** Year the target is for; for achieved figures the year it was reached. null when the text is silent. */
  targetYear: z.number().int().nullable(),
  yearBasis: yearBasis.nullable().optional(),
  /** The sentence an inferred year is read from (null when the year is stated or unknown). */
  yearCitation: citation.nullable().optional(),
  baseline: baseline.nullable(),
  taskId: z.string().nullable(),
  places: z.array(placeCode),
  /** Reviewed category (economy, industry, energy …) or null when unclassified. */
  category: z.string().nullable(),
  citation,
});
export type Indicator = z.infer<typeof indicator>;

export const outlineNode = z.object({
  /** Labels as written from the part down, e.g. ["二","一"]. */
  path: z.array(z.string()),
  level: z.enum(['part', 'section', 'heading']),
  title: z.string(),
  /** Whether the node carries tasks (false for 总体要求, 工作措施, 组织保障 …: kept as context). */
  taskBearing: z.boolean(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type OutlineNode = z.infer<typeof outlineNode>;

export const damageSpan = z.object({
  line: z.number().int().positive(),
  column: z.number().int().nonnegative(),
  original: z.string(),
  replacement: z.string().nullable(),
  reason: z.string().nullable(),
  /** Offsets in the cleaned text where the (corrected or still damaged) span sits, when located. */
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
});
export type DamageSpan = z.infer<typeof damageSpan>;

export const lineMapEntry = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rawLine: z.number().int().positive(),
});

export const genre = z.enum(['task-division', 'action-plan', 'implementation-plan', 'work-report']);

/** Level of government the document speaks for: 国务院 (national), a province, a prefecture city, a county/district. */
export const documentScope = z.enum(['national', 'province', 'city', 'county']);
export type DocumentScope = z.infer<typeof documentScope>;

/**
 * A numbering label that does not fit the document's sequence. Reconciliation is evidence, not a
 * gate: the label stays in the output (as a task or as context) and the anomaly says what is odd.
 */
export const numberingAnomaly = z.object({
  kind: z.enum(['gap', 'duplicate', 'restart', 'out-of-order', 'truncated']),
  /** The label as written with its parents, e.g. ["二","一","5"]. */
  path: z.array(z.string()),
  /** 1-based raw line. */
  line: z.number().int().positive(),
  message: z.string(),
});
export type NumberingAnomaly = z.infer<typeof numberingAnomaly>;

export const documentMeta = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]+$/),
  title: z.string().min(1),
  /** null when the text does not tell (a city document naming no province): a warning, not a refusal. */
  province: z.string().min(1).nullable(),
  provinceCode: placeCode.nullable(),
  /** Level of government, when known (null for reviewed entries that predate the field). */
  scope: documentScope.nullable().optional(),
  /** Division code of the issuer's own area (监利市 → 421088), when the text names one. */
  issuerCode: placeCode.nullable().optional(),
  issuer: z.string().nullable(),
  docNumber: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) as stated in the text, else null. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  genre,
  /** Script of the source as received. */
  script: z.enum(['simplified', 'traditional']),
  /** Plan period / reference year stated in the text, used for target years when a sentence gives none. */
  planEndYear: z.number().int().nullable(),
  note: z.string().nullable(),
  /** false: metadata inferred by `npm run add` and not yet checked by a person (the UI says 未审核). */
  reviewed: z.boolean().optional(),
});
export type DocumentMeta = z.infer<typeof documentMeta>;

export const policyDocument = documentMeta.extend({
  schemaVersion: z.literal(SCHEMA_VERSION),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sourceFile: z.string(),
  /** Cleaned, simplified text; every citation offset points into it. */
  text: z.string(),
  lines: z.array(lineMapEntry),
  rawLines: z.array(z.string()),
  outline: z.array(outlineNode),
  tasks: z.array(task),
  indicators: z.array(indicator),
  damage: z.array(damageSpan),
  /** Numbering that does not reconcile (gaps, duplicates, restarts, a last item cut off). */
  anomalies: z.array(numberingAnomaly).optional(),
  warnings: z.array(z.string()),
});
export type PolicyDocument = z.infer<typeof policyDocument>;

export const manifest = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedFrom: z.string(),
  /** When the pipeline built this data (ISO date-time); absent in data built before it was recorded. */
  builtAt: z.string().nullable().optional(),
  documents: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      province: z.string(),
      provinceCode: placeCode,
      issuer: z.string().nullable(),
      docNumber: z.string().nullable(),
      date: z.string().nullable(),
      genre,
      /** Level of government and whether a person has checked the metadata (false: a `npm run add` draft). */
      scope: documentScope.nullable().optional(),
      reviewed: z.boolean().optional(),
      sha256: z.string(),
      path: z.string(),
      counts: z.object({
        tasks: z.number().int(),
        units: z.number().int(),
        indicators: z.number().int(),
        places: z.number().int(),
      }),
      /** true: imported in this browser (kept in IndexedDB, never uploaded); set by the app, not the build. */
      local: z.boolean().optional(),
    }),
  ),
  /** Documents that failed to build this run, with the reason (the previous output is kept). */
  failures: z.array(z.object({ file: z.string(), message: z.string() })),
});
export type Manifest = z.infer<typeof manifest>;

export const departmentKind = z.enum(DEPARTMENT_KINDS);
export type DepartmentKind = z.infer<typeof departmentKind>;

export const department = z.object({
  id: z.string(),
  province: z.string(),
  provinceCode: placeCode,
  name: z.string(),
  aliases: z.array(z.string()),
  /** Pinyin reading with tone numbers (长治市人民政府 → "chang2 zhi4 shi4 …"), for name order in the browser. */
  pinyin: z.string(),
  kind: departmentKind,
  /** Canonical functional category (e.g. 发展改革, 生态环境) from the reviewed dictionary, or null. */
  category: z.string().nullable(),
  categoryReason: z.string().nullable(),
  /** For city governments: the city's division code. */
  placeCode: placeCode.nullable(),
  mentions: z.number().int().nonnegative(),
  documents: z.array(z.string()),
});
export type Department = z.infer<typeof department>;

export const departments = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  departments: z.array(department),
});
export type Departments = z.infer<typeof departments>;

export const documentQuality = z.object({
  docId: z.string(),
  tasks: z.number().int(),
  tasksWithUnits: z.number().int(),
  unitMentions: z.number().int(),
  distinctUnits: z.number().int(),
  targets: z.number().int(),
  achieved: z.number().int(),
  places: z.number().int(),
  damagedFound: z.number().int(),
  damagedCorrected: z.number().int(),
  /** Every damaged span found, where it is in the raw file, and whether a reviewed correction fixed it. */
  damaged: z.array(z.object({ line: z.number().int().positive(), column: z.number().int().nonnegative(), original: z.string(), corrected: z.boolean() })),
  /** Every numbering label found in the text, and where it went: a task, context (总体要求…), or a heading. */
  labels: z.object({ found: z.number().int(), tasks: z.number().int(), context: z.number().int() }).optional(),
  anomalies: z.array(numberingAnomaly).optional(),
  warnings: z.array(z.string()),
  /**
   * Hidden characters the clean stage removed (bidi overrides and isolates, zero-width and other
   * invisible characters, C0/C1 controls): counts, and each run where it was in the raw file (line,
   * 0-based UTF-16 column, code point). Absent when there were none.
   */
  removedCharacters: z.object({
    total: z.number().int().positive(),
    bidi: z.number().int().nonnegative(),
    zeroWidth: z.number().int().nonnegative(),
    control: z.number().int().nonnegative(),
    runs: z.array(z.object({
      line: z.number().int().positive(),
      column: z.number().int().nonnegative(),
      codePoint: z.string().regex(/^U\+[0-9A-F]{4,6}$/),
      kind: z.enum(['bidi', 'zero-width', 'control']),
      count: z.number().int().positive(),
    })),
    runsOmitted: z.number().int().nonnegative(),
  }).optional(),
});
export type DocumentQuality = z.infer<typeof documentQuality>;

export const quality = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documents: z.array(documentQuality),
  failures: z.array(z.object({ file: z.string(), message: z.string() })),
});
export type Quality = z.infer<typeof quality>;

/** One user-supplied progress observation (data/progress/*.csv), merged by the pipeline. */
export const progressRow = z.object({
  indicatorId: z.string(),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  value: z.number(),
  unit: z.string(),
  sourceNote: z.string().min(1),
  file: z.string(),
  row: z.number().int().positive(),
});
export type ProgressRow = z.infer<typeof progressRow>;

export const progress = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  rows: z.array(progressRow),
});
export type Progress = z.infer<typeof progress>;

/**
 * 督办 status of a task as a person reported it (data/status/*.csv, entered in the browser):
 * completed 已完成, on-schedule 按期推进, at-risk 存在风险, behind 滞后.
 */
export const taskStatusValue = z.enum(['completed', 'on-schedule', 'at-risk', 'behind']);
export type TaskStatusValue = z.infer<typeof taskStatusValue>;

export const taskStatusRow = z.object({
  docId: z.string(),
  taskId: z.string(),
  status: taskStatusValue,
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  note: z.string(),
  source: z.string().min(1),
  file: z.string(),
  row: z.number().int().positive(),
});
export type TaskStatusRow = z.infer<typeof taskStatusRow>;

export const taskStatus = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  rows: z.array(taskStatusRow),
});
export type TaskStatus = z.infer<typeof taskStatus>;

// ---- Boundaries (public/geo/*.json, written by pipeline/geo/prepare.ts, drawn by src/kernel/map for the map view and the briefing) ----

/** Where the boundaries come from; shown on every map and export. */
export const geoSource = z.object({
  package: z.string(),
  version: z.string(),
  license: z.string(),
  file: z.string(),
});

export const geoRegion = z.object({
  /** 6-digit division code as in task.places; null when neither the package nor the divisions edition has one. */
  code: placeCode.nullable(),
  name: z.string().min(1),
  /** [lon, lat] inside the region where its name goes (pole of inaccessibility of its largest part). */
  labelPoint: z.tuple([z.number(), z.number()]),
  /** Polygons → rings, each ring in ECharts' compressed string form (see src/kernel/map/geo/decode.ts). */
  polygons: z.array(z.array(z.string())),
  /** Start point of each ring, in quantised units, parallel to polygons. */
  offsets: z.array(z.array(z.tuple([z.number().int(), z.number().int()]))),
});
export type GeoRegion = z.infer<typeof geoRegion>;

export const geoProvince = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  provinceCode: placeCode,
  provinceName: z.string(),
  source: geoSource,
  divisionsEdition: z.string(),
  /** Quantisation: units per degree. */
  scale: z.number().positive(),
  regions: z.array(geoRegion).min(1),
  /** Repairs and mismatches found while preparing this file. */
  warnings: z.array(z.string()),
});
export type GeoProvince = z.infer<typeof geoProvince>;

export const geoIndex = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  divisionsEdition: z.string(),
  provinces: z.array(
    z.object({
      code: placeCode,
      name: z.string(),
      short: z.string(),
      path: z.string(),
      regions: z.number().int().positive(),
      source: geoSource,
    }),
  ),
});
export type GeoIndex = z.infer<typeof geoIndex>;

// --- comparison.json: the reviewed like-measure rules (data/comparison/like-measures.json), checked
// by the pipeline and written for the indicators view. A pattern that does not compile is refused
// here, so a broken entry fails the build (naming the field), not the view at runtime.
const pattern = z.string().refine(
  (p) => {
    try {
      new RegExp(p);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

export const comparisonMeasureRule = z.object({
  id: z.string(),
  label: z.string(),
  /** Tested against indicator.name (simplified script). */
  namePattern: pattern,
  unit: z.string(),
  reason: z.string().min(1),
});

export const comparisonScope = z.object({
  docId: z.string(),
  /** Only for targets whose name matches; otherwise the whole document. */
  namePattern: pattern.optional(),
  scope: z.string(),
  quote: z.string().min(1),
  reason: z.string().min(1),
});
export type ComparisonScope = z.infer<typeof comparisonScope>;

export const comparison = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  topics: z.array(z.object({ id: z.string(), label: z.string(), reason: z.string().min(1), measures: z.array(comparisonMeasureRule).min(1) })),
  scopes: z.array(comparisonScope),
});
export type Comparison = z.infer<typeof comparison>;

// ---- Search index (public/data/search/*.json, written by pipeline/search, loaded by src/views/search) ----

/**
 * A MiniSearch index as its toJSON() writes it (serialisation version 2). Only the frame is checked
 * here: MiniSearch.loadJS rejects a malformed inside, and walking every posting list with zod would
 * cost more than the search it serves.
 */
export const searchIndexJs = z.looseObject({
  serializationVersion: z.literal(2),
  documentCount: z.number().int().nonnegative(),
  nextId: z.number().int().nonnegative(),
  documentIds: z.record(z.string(), z.unknown()),
  fieldIds: z.record(z.string(), z.number().int()),
  fieldLength: z.record(z.string(), z.array(z.number())),
  averageFieldLength: z.array(z.number()),
  storedFields: z.record(z.string(), z.unknown()),
  index: z.array(z.tuple([z.string(), z.record(z.string(), z.unknown())])),
});

/** search/core.json: departments and places (always loaded) and the list of task/target shards. */
/**
 * One task/target shard as core.json lists it: what picking shards within a byte budget and the
 * "N of M documents searched" line need. Its document ids are in the shard itself (documents, facts),
 * not here: listed here they made core.json grow with the corpus (issue 11).
 */
export const searchShardMeta = z.object({
  file: z.string().regex(/^search\/[\w.-]+\.json$/),
  id: z.string(),
  /** 000000 for documents without a province (national ones). */
  provinceCode: placeCode,
  /** Date of its newest document (ISO), null when none states one: searches without a province start here. */
  newest: z.string().nullable(),
  /** How many documents the shard holds. */
  docs: z.number().int().positive(),
  entries: z.number().int().nonnegative(),
  bytes: z.number().int().positive(),
});
export type SearchShardMeta = z.infer<typeof searchShardMeta>;

export const searchCore = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  shards: z.array(searchShardMeta),
  index: searchIndexJs,
});
export type SearchCore = z.infer<typeof searchCore>;

// ---- search: document facts carried in the shards (h-search, issue 11) ----
/** What a search hit's line and the results export cite of its document (the shard carries them: no manifest). */
export const searchDocFacts = z.object({
  id: z.string(),
  title: z.string(),
  /** The province as the manifest names it (全国 for a national document, pipeline/document/scope.ts). */
  province: z.string(),
  docNumber: z.string().nullable(),
  date: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type SearchDocFacts = z.infer<typeof searchDocFacts>;

/** A department name group or a place of the core index (src/shared/search-text.ts, CoreEntry). */
export const searchCoreEntry = z.object({
  id: z.string(),
  kind: z.enum(['unit', 'place']),
  label: z.string(),
  names: z.array(z.string()),
  py: z.array(z.string()),
  at: z.array(z.tuple([z.string(), z.string(), z.number().int().nonnegative()])).min(1),
});
// ---- end search: document facts ----

/** search/tasks-<province>-<n>.json: the tasks and targets of a few documents of one province. */
export const searchShard = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string(),
  documents: z.array(z.string()).min(1),
  /** One per document, in the order of `documents`. */
  facts: z.array(searchDocFacts).min(1),
  index: searchIndexJs,
}).refine((s) => s.facts.length === s.documents.length && s.facts.every((f, i) => f.id === s.documents[i]), { message: 'facts must list the shard documents in order', path: ['facts'] });
export type SearchShard = z.infer<typeof searchShard>;

// ---- Build-time view indexes (public/data/index/…, written by pipeline/indexes, issue 11) ----
// One file per question a view asks, so a view fetches its index and the documents the user opens,
// never every document. Large ones travel as columns (src/shared/columnar.ts): the file schema
// checks the columnar frame, the row schema checks each decoded row.

// The frame's shape only, in constant time per column: its values are checked by the row schema
// (each column with its field's schema, kernel/data/check-core.ts) and its lengths and codes by
// checkShape (columnar.ts) — checking every value here as well took longer than all the rows (a
// province's 2,350 targets at 3,000 documents: ~70,000 codes).
const anyArray = <T,>() => z.custom<T[]>((v) => Array.isArray(v), 'Invalid input: expected array');
const columnarColumn = z.union([anyArray<unknown>(), z.object({ dict: anyArray<unknown>(), codes: anyArray<number>() })]);
export const columnarFrame = z.object({ n: z.number().int().nonnegative(), fields: z.array(z.string()), columns: z.array(columnarColumn) });

/** What the overview's card shows for one document, and its quality line (small, per document). */
export const documentSummary = z.object({
  id: z.string(),
  title: z.string(),
  province: z.string(),
  provinceCode: placeCode,
  issuer: z.string().nullable(),
  docNumber: z.string().nullable(),
  date: z.string().nullable(),
  /** Year of the stated date, null when the text gives none. */
  year: z.number().int().nullable(),
  genre,
  scope: documentScope.nullable(),
  reviewed: z.boolean().nullable(),
  tasks: z.number().int().nonnegative(),
  units: z.number().int().nonnegative(),
  targets: z.number().int().nonnegative(),
  achieved: z.number().int().nonnegative(),
  places: z.number().int().nonnegative(),
  tasksWithUnits: z.number().int().nonnegative(),
  damagedFound: z.number().int().nonnegative(),
  damagedCorrected: z.number().int().nonnegative(),
  warnings: z.array(z.string()),
});
export type DocumentSummary = z.infer<typeof documentSummary>;

/** One shard of summaries: the documents of one province and year, in manifest order. */
export const documentSummaryShard = z.object({ schemaVersion: z.literal(SCHEMA_VERSION), provinceCode: placeCode, year: z.string(), documents: columnarFrame });

/** The overview's index: how many documents each (province, year) shard holds, by genre and scope. */
export const overviewIndex = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  total: z.number().int().nonnegative(),
  /** Tasks of every document (the overview's status summary counts the unreported ones). */
  tasks: z.number().int().nonnegative(),
  /** The first document in the manifest (the default map and heatmap), null when there is none. */
  first: z.object({ id: z.string(), provinceCode: placeCode }).nullable(),
  /** Provinces in order of first appearance in the manifest. */
  provinces: z.array(z.object({ code: placeCode, name: z.string(), count: z.number().int().nonnegative() })),
  /** Shards in display order (province order, then the order of each shard's first document). */
  shards: z.array(z.object({
    provinceCode: placeCode,
    year: z.string(),
    count: z.number().int().positive(),
    /** [genre, scope ('' when unknown), number of documents] for every combination present. */
    combos: z.array(z.tuple([genre, z.string(), z.number().int().positive()])),
  })),
  failures: z.array(z.object({ file: z.string(), message: z.string() })),
  /** When the indexes were written (ISO time): the exports' 数据生成时间 without the manifest. */
  builtAt: z.string().nullable().optional(),
});
export type OverviewIndex = z.infer<typeof overviewIndex>;

/** Id → province and file, sharded by a hash of the id (src/shared/index-paths.ts). */
export const lookupShard = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documents: z.array(z.object({ id: z.string(), provinceCode: placeCode, path: z.string(), sha256: z.string().optional(), title: z.string().optional() })),
});
export type LookupShard = z.infer<typeof lookupShard>;

/** One target with what the indicator cards and table show, and where it comes from. */
export const targetEntry = z.object({
  indicator,
  docId: z.string(),
  docTitle: z.string(),
  /** The document's number, date and source hash, for the exports' source list. */
  docNumber: z.string().nullable(),
  docDate: z.string().nullable(),
  sha256: z.string(),
  province: z.string(),
  provinceCode: placeCode,
  /** Units named for the task carrying the target; null when the document names none. */
  units: z.array(taskUnit).nullable(),
  /** The document's position in the manifest: shards are per province, the catalogue lists in document order. */
  docOrder: z.number().int().nonnegative(),
});
export type TargetEntryRow = z.infer<typeof targetEntry>;

export const targetShard = z.object({ schemaVersion: z.literal(SCHEMA_VERSION), provinceCode: placeCode, targets: columnarFrame });

/** Which province shards exist, with their counts by target year and category (facets without the rows). */
export const targetsIndex = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  shards: z.array(z.object({
    provinceCode: placeCode,
    province: z.string(),
    count: z.number().int().nonnegative(),
    years: z.array(z.tuple([z.string(), z.number().int().positive()])),
    categories: z.array(z.tuple([z.string(), z.number().int().positive()])),
    stages: z.array(z.tuple([z.enum(['target', 'achieved']), z.number().int().positive()])),
  })),
});
export type TargetsIndex = z.infer<typeof targetsIndex>;

/** Per region of a province: how many tasks and targets name it, and which (document, task) they are. */
export const placeAggregate = z.object({
  code: placeCode,
  tasks: z.number().int().nonnegative(),
  targets: z.number().int().nonnegative(),
  /** Tasks whose responsible units include the region's own government (a city department). */
  responsible: z.number().int().nonnegative(),
  /** [docId, taskId] of every task naming the region. */
  taskIds: z.array(z.tuple([z.string(), z.string()])),
  /** [docId, indicatorId] of the targets stated for the region (stage 'target'). */
  targetIds: z.array(z.tuple([z.string(), z.string()])),
  /** [docId, indicatorId] of a review's achieved figures for the region (not targets). */
  achievedIds: z.array(z.tuple([z.string(), z.string()])),
  /** [docId, taskId, departmentId]: the region's own government (kind 'city', this code) named on a task. */
  responsibleIds: z.array(z.tuple([z.string(), z.string(), z.string()])),
  /** How the documents write the region (task.placeMentions), with how often: most frequent first. */
  written: z.array(z.tuple([z.string(), z.number().int().positive()])),
});
export type PlaceAggregate = z.infer<typeof placeAggregate>;

export const placeShard = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  provinceCode: placeCode,
  /** Documents of the province (their ids), the map's document list. */
  documents: z.array(z.string()),
  /** Whether any document of the province names responsible units on a task (unitsStated). */
  departmentsNamed: z.boolean(),
  regions: z.array(placeAggregate),
});
export type PlaceShard = z.infer<typeof placeShard>;

/** A document a region's list cites: what the place page and its exports show of it (title, 文号, date, hash). */
export const placeItemDocument = z.object({
  id: z.string(),
  title: z.string(),
  province: z.string(),
  provinceCode: placeCode,
  docNumber: z.string().nullable(),
  date: z.string().nullable(),
  sha256: z.string(),
});
export type PlaceItemDocument = z.infer<typeof placeItemDocument>;

/** A task naming the region, as the place page lists it: title, the sentence it comes from, and the region's own government's role on it. */
export const placeTaskItem = z.object({
  docId: z.string(),
  taskId: z.string(),
  title: z.string(),
  citation,
  /** The strongest role of the region's own government (a city department with this code) on the task; null when it is not named. */
  role: unitRole.nullable(),
});
export type PlaceTaskItem = z.infer<typeof placeTaskItem>;

/** A target (or a review's achieved figure) stated for the region, with its citation inside the indicator. */
export const placeTargetItem = z.object({ docId: z.string(), indicator });
export type PlaceTargetItem = z.infer<typeof placeTargetItem>;

/**
 * One page of a region's place list (index/place-items/<code>-<page>.json): the tasks naming it and
 * its targets, PLACE_PAGE of each per page (page n holds items n·size … n·size+size−1 of both lists),
 * with the totals, the names as written and the documents they cite — the place page reads this
 * alone, no document and no province shard.
 */
export const placeItemsPage = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  code: placeCode,
  page: z.number().int().nonnegative(),
  pageSize: z.number().int().positive(),
  /** Tasks naming the region, in every page (the list's total). */
  tasks: z.number().int().nonnegative(),
  /** Targets and achieved figures, in every page. */
  targets: z.number().int().nonnegative(),
  /** How the documents write the region, most frequent first (as placeAggregate.written). */
  written: z.array(z.tuple([z.string(), z.number().int().positive()])),
  /** The documents this page's items come from, in manifest order. */
  documents: z.array(placeItemDocument),
  /** placeTaskItem rows as columns. */
  taskItems: columnarFrame,
  /** placeTargetItem rows as columns. */
  targetItems: columnarFrame,
});
export type PlaceItemsPage = z.infer<typeof placeItemsPage>;

/**
 * What the heatmap draws of one built document (index/heatmap/<doc>.json), so the view never loads
 * the document itself (its text and line maps are ~10× this): the citation facts, each task's
 * numbering, titles and units, and the registry entries of the departments it names (name, kind,
 * category, pinyin order, aliases, a city's place code) without the registry of every document.
 */
export const heatmapTask = task.pick({ id: true, path: true, partTitle: true, sectionTitle: true, title: true, unitsStated: true }).extend({
  units: z.array(taskUnit.pick({ departmentId: true, name: true, role: true })),
});
export type HeatmapTask = z.infer<typeof heatmapTask>;
/** placeCode: a city government's region, for the document briefing's map (src/views/brief: no registry there either). */
export const heatmapRegistryEntry = department.pick({ id: true, name: true, aliases: true, pinyin: true, kind: true, category: true, placeCode: true });
export const heatmapDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string(),
  title: z.string().min(1),
  province: z.string().nullable(),
  /** The province whose registry and document list the document belongs to (as the lookup shard says). */
  provinceCode: placeCode.nullable(),
  docNumber: z.string().nullable(),
  date: z.string().nullable(),
  sha256: z.string(),
  tasks: z.array(heatmapTask),
  departments: z.array(heatmapRegistryEntry),
});
export type HeatmapDocument = z.infer<typeof heatmapDocument>;

/** A province's built documents (id, title, 文号, date), in manifest order: the heatmap's document switcher and the map export's sources. */
export const provinceDocuments = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  provinceCode: placeCode,
  province: z.string(),
  /** With 文号 and date: the map export's source list, without the manifest (which grows with the corpus). */
  documents: z.array(z.object({ id: z.string(), title: z.string(), docNumber: z.string().nullable(), date: z.string().nullable() })),
});
export type ProvinceDocuments = z.infer<typeof provinceDocuments>;

/** One task a department is named for. */
export const departmentTask = z.object({ departmentId: z.string(), docId: z.string(), taskId: z.string(), role: unitRole, listedFirst: z.boolean() });
export type DepartmentTask = z.infer<typeof departmentTask>;

/** A department's tasks on one document by its role: 牵头, 配合, and — where the document gives no roles — listed first in the 责任单位 list (not lead) or not. */
export const departmentRoleCounts = z.object({
  lead: z.number().int().nonnegative(),
  support: z.number().int().nonnegative(),
  first: z.number().int().nonnegative(),
  none: z.number().int().nonnegative(),
});
export type DepartmentRoleCounts = z.infer<typeof departmentRoleCounts>;

/** A document a department's tasks come from: what the page and its exports cite, the department's counts, and the task page holding its rows. */
export const departmentIndexDocument = z.object({
  id: z.string(),
  title: z.string(),
  docNumber: z.string().nullable(),
  date: z.string().nullable(),
  sha256: z.string(),
  counts: departmentRoleCounts,
  /** A document's rows are never split: all of them are on this page (index/department-tasks/<key>-<page>.json). */
  page: z.number().int().nonnegative(),
});
export type DepartmentIndexDocument = z.infer<typeof departmentIndexDocument>;

/** One task on a department's list, as the page and its exports show it, with the department's role on it. */
export const departmentTaskRow = z.object({
  docId: z.string(),
  taskId: z.string(),
  path: z.array(z.string()).min(1),
  title: z.string(),
  /** The section's title, else the part's. */
  section: z.string(),
  citation,
  /** The strongest role where the task names the department twice (alias and full name). */
  role: unitRole,
  /** First in a 责任单位 list of a task without roles — shown as such, never as lead. */
  listedFirst: z.boolean(),
  /** Distinct departments the task names (sole owner or one of nine). */
  departmentCount: z.number().int().nonnegative(),
});
export type DepartmentTaskRow = z.infer<typeof departmentTaskRow>;

/** A target the department answers for (its task names the department), with that task's title and the department's role on it. */
export const departmentTarget = z.object({
  indicator,
  docId: z.string(),
  taskTitle: z.string(),
  role: unitRole,
  listedFirst: z.boolean(),
});
export type DepartmentTarget = z.infer<typeof departmentTarget>;

/**
 * One department (index/department/<key>.json, key = shared/department-key.ts): its registry entry,
 * per document its counts by role (the page's tallies and filter facets), the documents' citation
 * facts, and the targets it answers for; its task rows are in pages beside it, loaded as the list grows.
 */
export const departmentIndex = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  key: z.string(),
  department,
  /** The documents naming it on some task, in manifest order. */
  documents: z.array(departmentIndexDocument),
  /** How many task pages there are (0 … pages−1). */
  pages: z.number().int().nonnegative(),
  /** departmentTarget rows as columns, in document order. */
  targets: columnarFrame,
});
export type DepartmentIndex = z.infer<typeof departmentIndex>;

/** One page of a department's task list (index/department-tasks/<key>-<page>.json): whole documents' rows, in document then task order. */
export const departmentTasksPage = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  departmentId: z.string(),
  page: z.number().int().nonnegative(),
  /** departmentTaskRow rows as columns. */
  rows: columnarFrame,
});
export type DepartmentTasksPage = z.infer<typeof departmentTasksPage>;

// ---- Presenter sequence (a small JSON file a presenter exports and imports: the views of a talk, in order) ----
export const presenterSequence = z.object({
  kind: z.literal('policy-atlas-sequence'),
  version: z.literal(1),
  /** App paths with their query ("/map/140000?region=140100"): links inside the app only. */
  steps: z.array(z.object({ href: z.string().min(1).max(2000) })).max(200),
});
export type PresenterSequence = z.infer<typeof presenterSequence>;

// ---- index/brief/<province>.json: the province briefing (h-search, issue 11; pipeline/indexes/brief.ts, src/shared/brief-index.ts) ----
const roleTally = z.object({ lead: z.number().int().nonnegative(), support: z.number().int().nonnegative(), responsible: z.number().int().nonnegative(), total: z.number().int().nonnegative() });
export const briefIndex = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  provinceCode: placeCode,
  /** Tasks of the province's documents. */
  tasks: z.number().int().nonnegative(),
  /** Its targets (stage 'target') by stated year (null: none stated), each year once: the status counts. */
  targetYears: z.array(z.tuple([z.number().int().nullable(), z.number().int().positive()])),
  /** Its first BRIEF_TARGETS targets by (year, document order), as the target catalogue has them (brief-index.ts says why these). */
  targets: z.array(targetEntry),
  /** Every department its tasks name, with 牵头 / 配合 / 负责 counts, most tasks led first. */
  departments: z.array(z.object({ id: z.string(), name: z.string(), counts: roleTally })),
});
export type BriefIndex = z.infer<typeof briefIndex>;
// ---- end index/brief ----
