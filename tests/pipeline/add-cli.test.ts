import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDocuments } from '../../pipeline/add-cli';
import { buildAll } from '../../pipeline/build';
import { departments, documentMeta, manifest, quality } from '../../src/shared/schema';

const repo = join(import.meta.dirname, '../..');
const corpus = (f: string) => join(repo, 'tests/fixtures/corpus', f);

describe('npm run add', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-add-'));
  cpSync(join(repo, 'data'), join(root, 'data'), { recursive: true });
  const logs: string[] = [];
  const first = addDocuments(root, [corpus('national_2019_guofa3_zonghe_baoshuiqu.txt'), corpus('hubei_2021_jingzhou_jianli_zhongdian_renwu_fenjie.txt')], null, (l) => logs.push(l));

  it('copies each file byte-for-byte under a stable id and writes an unreviewed draft entry', () => {
    expect(first.added.map((a) => a.id)).toEqual([expect.stringMatching(/^005_47f4cb96fa8cd429$/), expect.stringMatching(/^006_[0-9a-f]{16}$/)]);
    expect(readFileSync(join(root, `data/raw/${first.added[0].id}.txt`))).toEqual(readFileSync(corpus('national_2019_guofa3_zonghe_baoshuiqu.txt')));
    const metas = JSON.parse(readFileSync(join(root, 'data/documents.json'), 'utf8')).documents.map((d: unknown) => documentMeta.parse(d));
    const draft = metas.find((m: { id: string }) => m.id === first.added[0].id);
    expect(draft).toMatchObject({ reviewed: false, scope: 'national', province: null, docNumber: '国发〔2019〕3号', date: '2019-01-12', issuer: '国务院' });
    expect(metas.find((m: { id: string }) => m.id === first.added[1].id)).toMatchObject({ province: '湖北', scope: 'county', issuerCode: '421088', reviewed: false });
  });

  it('adding the same bytes again is a no-op with a message', () => {
    const again = addDocuments(root, [corpus('national_2019_guofa3_zonghe_baoshuiqu.txt')], null, (l) => logs.push(l));
    expect(again.added).toEqual([]);
    expect(again.skipped).toEqual([{ file: corpus('national_2019_guofa3_zonghe_baoshuiqu.txt'), id: first.added[0].id }]);
    expect(logs.at(-1)).toMatch(/already in the build as 005_47f4cb96fa8cd429/);
  });

  it('a file that cannot be read is reported by name and nothing else changes', () => {
    const before = readFileSync(join(root, 'data/documents.json'), 'utf8');
    const bad = addDocuments(root, [join(root, 'no-such.txt')], null, () => {});
    expect(bad.failed[0].message).toMatch(/no-such\.txt: cannot read file: ENOENT/);
    expect(readFileSync(join(root, 'data/documents.json'), 'utf8')).toBe(before);
  });

  it('the build takes the drafts: national ministries in their own register, the county document under 湖北', async () => {
    const out = join(root, 'out');
    const result = await buildAll({ root, out, log: () => {}, jobs: 0 });
    expect(result.failures).toEqual([]);
    const m = manifest.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
    expect(m.documents.map((d) => [d.id.slice(0, 3), d.provinceCode])).toEqual(expect.arrayContaining([['005', '100000'], ['006', '420000']]));
    const deps = departments.parse(JSON.parse(readFileSync(join(out, 'departments.json'), 'utf8'))).departments;
    expect(deps.find((d) => d.id === '100000:海关总署')).toMatchObject({ province: '全国', kind: 'government' });
    const q = quality.parse(JSON.parse(readFileSync(join(out, 'quality.json'), 'utf8'))).documents.find((d) => d.docId === first.added[1].id);
    expect(q?.anomalies?.map((a) => a.kind)).toEqual(['truncated']);
  }, 60_000);
});
