// npm run data: every document in data/documents.json → public/data/*.json.
// A document that fails is reported (file, line, reason) and its previous output is kept; the
// others still build. Exit code 1 when anything failed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  SCHEMA_VERSION, departments as departmentsSchema, manifest as manifestSchema, progress as progressSchema,
  quality as qualitySchema, type DocumentQuality, type Indicator, type Manifest,
} from '../src/shared/schema';
import { LIKE_MEASURES_FILE, likeMeasures } from './comparison/like-measures';
import { buildDocument } from './document/build-document';
import { registryScope } from './document/scope';
import { prepareBoundaries } from './geo/prepare';
import { writeJsonAtomic } from './io';
import { loadDocumentMeta } from './meta';
import { resolvePrefectureName } from './places/find';
import { readProgress } from './progress/read';
import { docSearchPart, type DocSearchPart } from './search/build-index';
import { readSearchPart, writeSearchIndex } from './search/write-search';
import { loadCorrections } from './text/load-corrections';
import { buildRegistry, type Mention } from './units/registry';

export interface BuildOptions {
  root: string;
  out: string;
  log?: (line: string) => void;
}

export interface BuildResult {
  built: string[];
  failures: Array<{ file: string; message: string }>;
}

function previousManifest(path: string): Manifest | null {
  try {
    return manifestSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return null;
  }
}

export function buildAll({ root, out, log = console.log }: BuildOptions): BuildResult {
  const metas = loadDocumentMeta(join(root, 'data/documents.json'));
  const manifestPath = join(out, 'manifest.json');
  const previous = previousManifest(manifestPath);
  const failures: BuildResult['failures'] = [];
  const entries: Manifest['documents'] = [];
  const mentions: Mention[] = [];
  const qualities: DocumentQuality[] = [];
  const indicators: Array<Indicator & { docId: string }> = [];
  const searchParts: DocSearchPart[] = [];

  for (const meta of metas) {
    const file = `data/raw/${meta.id}.txt`;
    try {
      const bytes = readFileSync(join(root, file));
      const corrections = loadCorrections(join(root, 'data/corrections'), meta.id);
      const { doc, mentions: m, quality } = buildDocument(bytes, meta, { file, corrections });
      const path = `docs/${meta.id}.json`;
      writeJsonAtomic(join(out, path), doc);
      mentions.push(...m);
      qualities.push(quality);
      indicators.push(...doc.indicators.map((i) => ({ ...i, docId: doc.id })));
      searchParts.push(docSearchPart(doc));
      entries.push({
        id: doc.id, title: doc.title, ...registryScope(doc), issuer: doc.issuer,
        docNumber: doc.docNumber, date: doc.date, genre: doc.genre, scope: doc.scope ?? null,
        ...(doc.reviewed === false ? { reviewed: false } : {}), sha256: doc.sha256, path,
        counts: { tasks: doc.tasks.length, units: quality.distinctUnits, indicators: doc.indicators.length, places: quality.places },
      });
      log(`✓ ${file}: ${doc.tasks.length} tasks, ${quality.unitMentions} unit mentions (${quality.distinctUnits} distinct), ` +
        `${quality.targets} targets + ${quality.achieved} achieved, ${quality.places} places, ` +
        `damage ${quality.damagedCorrected}/${quality.damagedFound} corrected`);
    } catch (e) {
      const message = (e as Error).message;
      failures.push({ file, message });
      log(`✗ ${file}: ${message}`);
      // Nothing already built is lost: keep the last good entry (its JSON file is untouched).
      const kept = previous?.documents.find((d) => d.id === meta.id);
      if (kept && existsSync(join(out, kept.path))) {
        entries.push(kept);
        searchParts.push(readSearchPart(join(out, kept.path)));
      }
    }
  }

  const registry = buildRegistry(mentions, undefined, { warn: (m) => log(`  warning: ${m}`) }).map((d) =>
    d.kind === 'city' ? { ...d, placeCode: resolvePrefectureName(d.name, d.provinceCode) } : d,
  );
  writeJsonAtomic(join(out, 'departments.json'), departmentsSchema.parse({ schemaVersion: SCHEMA_VERSION, departments: registry }));
  const search = writeSearchIndex(out, searchParts, registry);
  log(`search index: ${search.shards} task/target shard(s), ${search.bytes} bytes`);
  writeJsonAtomic(join(out, 'quality.json'), qualitySchema.parse({ schemaVersion: SCHEMA_VERSION, documents: qualities, failures }));

  try {
    const rows = readProgress(join(root, 'data/progress'), indicators);
    writeJsonAtomic(join(out, 'progress.json'), progressSchema.parse({ schemaVersion: SCHEMA_VERSION, rows }));
  } catch (e) {
    failures.push({ file: 'data/progress', message: (e as Error).message });
    log(`✗ data/progress: ${(e as Error).message}`);
  }
  try {
    writeJsonAtomic(join(out, 'comparison.json'), likeMeasures(JSON.parse(readFileSync(join(root, LIKE_MEASURES_FILE), 'utf8'))));
  } catch (e) {
    failures.push({ file: LIKE_MEASURES_FILE, message: (e as Error).message });
    log(`✗ ${LIKE_MEASURES_FILE}: ${(e as Error).message}`);
  }
  writeJsonAtomic(manifestPath, manifestSchema.parse({ schemaVersion: SCHEMA_VERSION, generatedFrom: 'data/raw', documents: entries, failures }));
  return { built: entries.map((e) => e.id), failures };
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const root = process.cwd();
  const started = performance.now();
  // ATLAS_OUT redirects the whole output (benchmarks, tests); by default the app's public/ folder.
  const outRoot = process.env.ATLAS_OUT ?? join(root, 'public');
  const result = buildAll({ root, out: join(outRoot, 'data') });
  // Boundaries depend only on the echarts@4.9.0 package and the divisions file, not on the documents:
  // `--docs-only` (the pipeline benchmark) leaves them out.
  if (!process.argv.includes('--docs-only')) {
    const geo = prepareBoundaries(join(outRoot, 'geo'));
    console.log(`boundaries: ${geo.provinces.length} provinces → ${join(outRoot, 'geo')}`);
  }
  console.log(`built ${result.built.length} documents in ${Math.round(performance.now() - started)} ms`);
  if (result.failures.length) {
    console.error(`\n${result.failures.length} failure(s):`);
    for (const f of result.failures) console.error(`  ${f.file}: ${f.message}`);
    process.exitCode = 1;
  }
}
