// The build cache's code key covers exactly the modules a document's parse imports (issue 11.3).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSpecifiers, parseCodeFiles } from '../../../pipeline/batch/parse-code';

const repo = join(import.meta.dirname, '../../..');

describe('importSpecifiers', () => {
  it('finds every kind of relative import, over several lines, and skips packages', () => {
    const text = [
      "import { a,\n  b } from './a';",
      "import type { T } from '../types';",
      "export { c } from './c.js';",
      "export * from \"./d\";",
      "import './side-effect';",
      "const m = await import('./lazy');",
      "import MiniSearch from 'minisearch';",
      "import { readFileSync } from 'node:fs';",
      "// a comment that says import nothing from here",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['./a', '../types', './c.js', './d', './side-effect', './lazy']);
  });
});

describe('parseCodeFiles', () => {
  const files = parseCodeFiles(repo);

  it('holds the parse: the worker, the stages it runs and the shared schema', () => {
    for (const f of ['pipeline/batch/worker-entry.mjs', 'pipeline/batch/worker.ts', 'pipeline/batch/job.ts', 'pipeline/batch/write-job.ts',
      'pipeline/structure/outline.ts', 'pipeline/targets/extract.ts', 'pipeline/units/parse-list.ts', 'pipeline/text/clean.ts', 'src/shared/schema.ts']) {
      expect(files).toContain(f);
    }
  });

  it('leaves out the cross-document steps, which run on every build from the cached documents', () => {
    for (const f of ['pipeline/build.ts', 'pipeline/indexes/write.ts', 'pipeline/search/write-search.ts', 'pipeline/search/build-index.ts', 'src/shared/search-text.ts',
      'pipeline/batch/cache.ts', 'pipeline/batch/pool.ts', 'pipeline/geo/prepare.ts']) {
      expect(files).not.toContain(f);
    }
  });

  it('from other roots: the search shard job holds the index code, not the parse', () => {
    const shard = parseCodeFiles(repo, ['pipeline/search/shard-job.ts']);
    expect(shard).toEqual(expect.arrayContaining(['pipeline/search/build-index.ts', 'src/shared/search-text.ts', 'src/shared/schema.ts']));
    expect(shard).not.toContain('pipeline/targets/extract.ts');
  });

  it('names the file of an import it cannot resolve', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-code-'));
    mkdirSync(join(root, 'pipeline/batch'), { recursive: true });
    writeFileSync(join(root, 'pipeline/batch/job.ts'), "import { x } from './gone';\n");
    expect(() => parseCodeFiles(root)).toThrow("pipeline/batch/job.ts: cannot resolve the import './gone'");
  });
});
