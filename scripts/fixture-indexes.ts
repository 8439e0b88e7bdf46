// Writes the view indexes (pipeline/indexes) for the hand-checked app fixture
// (tests/fixtures/app/data), so ATLAS_FIXTURE=1 browser runs find them. Run after changing the fixture.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { departments, manifest, policyDocument } from '../src/shared/schema';
import { IndexBuilder } from '../pipeline/indexes/write';

const dir = resolve(import.meta.dirname, '../tests/fixtures/app/data');
const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
const m = manifest.parse(read('manifest.json'));
const b = new IndexBuilder(dir);
for (const e of m.documents) b.add(policyDocument.parse(read(e.path)), e.path);
b.finish(departments.parse(read('departments.json')).departments, m.failures, console.log);
