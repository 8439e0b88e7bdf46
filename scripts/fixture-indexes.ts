// Writes the view indexes (pipeline/indexes) for the hand-checked app fixture
// (tests/fixtures/app/data), so ATLAS_FIXTURE=1 browser runs find them. Run after changing the fixture.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { departments, manifest, policyDocument } from '../src/shared/schema';
import { IndexBuilder } from '../pipeline/indexes/write';
import { BriefIndexBuilder } from '../pipeline/indexes/brief';

const dir = resolve(import.meta.dirname, '../tests/fixtures/app/data');
const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
const m = manifest.parse(read('manifest.json'));
const b = new IndexBuilder(dir);
const briefs = new BriefIndexBuilder();
for (const e of m.documents) {
  const doc = policyDocument.parse(read(e.path));
  b.add(doc, e.path);
  briefs.add(doc);
}
const registry = departments.parse(read('departments.json')).departments;
b.finish(registry, m.failures, console.log);
briefs.write(dir, registry);
