// What the browser tests navigate to, read from the same data the served app uses (real pipeline
// output or the fixture), so no test hard-codes an id.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { manifest, policyDocument, type Manifest, type PolicyDocument } from '../../src/shared/schema';
import { baseURL, dataSource, fixtureIndexDir } from './harness';

const FIXTURE_DATA = resolve(import.meta.dirname, '../fixtures/app/data');

export async function readData(rel: string): Promise<unknown> {
  if (dataSource() === 'fixture') return JSON.parse(readFileSync(resolve(rel.startsWith('index/') ? fixtureIndexDir() : FIXTURE_DATA, rel), 'utf8'));
  const res = await fetch(`${baseURL()}/data/${rel}`);
  return res.json();
}

export async function testManifest(): Promise<Manifest> {
  return manifest.parse(await readData('manifest.json'));
}

export async function testDocument(m: Manifest, id: string): Promise<PolicyDocument> {
  const entry = m.documents.find((d) => d.id === id)!;
  return policyDocument.parse(await readData(entry.path.replace(/^\/?(data\/)?/, '')));
}
