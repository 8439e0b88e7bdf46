// index/brief/<province>.json: what the province briefing shows beyond the document list and the
// map's place aggregates — the first targets in briefing order, a count of targets per year, the
// departments with their 牵头/配合 counts, the task total — so the briefing reads one small file,
// not every document of the province and the whole registry (issue 11). Collected one document at
// a time (the build never holds them all), written once every document is in.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BRIEF_TARGETS, byYearThenOrder, rankDepartments, tallyDepartments, type DepartmentTally } from '../../src/shared/brief-index';
import { briefIndexFile } from '../../src/shared/index-paths';
import { SCHEMA_VERSION, briefIndex, type BriefIndex, type Department, type PolicyDocument, type TargetEntryRow } from '../../src/shared/schema';
import { registryScope } from '../document/scope';
import { writeJsonAtomic } from '../io';
import { targetEntries } from './targets';

interface ProvincePart {
  tasks: number;
  years: Map<number | null, number>;
  /** The first BRIEF_TARGETS targets by (year, order), kept sorted as documents come in. */
  targets: Array<{ row: TargetEntryRow; year: number | null; order: number }>;
  /** Tallies named as the documents write them (the registry's names are set at the end). */
  departments: Map<string, DepartmentTally>;
}

export class BriefIndexBuilder {
  private provinces = new Map<string, ProvincePart>();
  private docs = 0;
  private targetsSeen = 0;

  /** Add one built document, in manifest order (its position is the catalogue's docOrder). */
  add(doc: PolicyDocument): void {
    const code = registryScope(doc).provinceCode;
    let p = this.provinces.get(code);
    if (!p) this.provinces.set(code, (p = { tasks: 0, years: new Map(), targets: [], departments: new Map() }));
    p.tasks += doc.tasks.length;
    for (const row of targetEntries(doc, this.docs)) {
      if (row.indicator.stage !== 'target') continue;
      const year = row.indicator.targetYear;
      p.years.set(year, (p.years.get(year) ?? 0) + 1);
      p.targets.push({ row, year, order: this.targetsSeen++ });
    }
    p.targets.sort(byYearThenOrder);
    p.targets.length = Math.min(p.targets.length, BRIEF_TARGETS);
    tallyDepartments(doc.tasks, () => undefined, p.departments);
    this.docs++;
  }

  /** The index of each province, with the registry's department names. */
  files(registry: readonly Department[]): BriefIndex[] {
    const nameOf = new Map(registry.map((d) => [d.id, d.name]));
    return [...this.provinces].map(([provinceCode, p]) => ({
      schemaVersion: SCHEMA_VERSION,
      provinceCode,
      tasks: p.tasks,
      targetYears: [...p.years].sort((a, b) => (a[0] ?? Infinity) - (b[0] ?? Infinity)),
      targets: p.targets.map((t) => t.row),
      departments: rankDepartments([...p.departments.values()].map((d) => ({ ...d, name: nameOf.get(d.id) ?? d.name }))),
    }));
  }

  /** Validate and write every province's file under `out`; a province left with no document loses its file. */
  write(out: string, registry: readonly Department[]): number {
    const files = this.files(registry);
    const written = new Set(files.map((f) => briefIndexFile(f.provinceCode)));
    for (const f of files) writeJsonAtomic(join(out, briefIndexFile(f.provinceCode)), briefIndex.parse(f));
    const dir = join(out, dirname(briefIndexFile('000000')));
    for (const name of existsSync(dir) ? readdirSync(dir) : []) if (!written.has(`${dirname(briefIndexFile('000000'))}/${name}`)) rmSync(join(dir, name));
    return files.length;
  }
}
