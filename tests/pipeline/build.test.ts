// npm run data on bad input: the failing document is named (file:line: reason), its previous output is
// kept, the other documents still build, and nothing half-written is left behind.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildAll } from '../../pipeline/build';
import { comparison, manifest, policyDocument, type PolicyDocument } from '../../src/shared/schema';

const repo = join(import.meta.dirname, '../..');
const ids = ['000_63401f67e2388d77', '003_52b583d5c9b6873f'];
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'atlas-build-'));
  mkdirSync(join(root, 'data/raw'), { recursive: true });
  const metas = JSON.parse(readFileSync(join(repo, 'data/documents.json'), 'utf8')).documents.filter((d: { id: string }) => ids.includes(d.id));
  writeFileSync(join(root, 'data/documents.json'), JSON.stringify({ documents: metas }));
  for (const id of ids) cpSync(join(repo, `data/raw/${id}.txt`), join(root, `data/raw/${id}.txt`));
  cpSync(join(repo, 'data/corrections'), join(root, 'data/corrections'), { recursive: true });
  cpSync(join(repo, 'data/comparison'), join(root, 'data/comparison'), { recursive: true });
  mkdirSync(join(root, 'data/progress'));
}, 60_000);

async function build() {
  const lines: string[] = [];
  const result = await buildAll({ root, out: join(root, 'out'), log: (l) => lines.push(l), jobs: 0 });
  return { result, lines };
}

describe('buildAll', { timeout: 60_000 }, () => {
  it('builds every document and a valid manifest', async () => {
    const { result } = await build();
    expect(result.failures).toEqual([]);
    const m = manifest.parse(JSON.parse(readFileSync(join(root, 'out/manifest.json'), 'utf8')));
    expect(m.documents.map((d) => d.id)).toEqual(ids);
    for (const d of m.documents) policyDocument.parse(JSON.parse(readFileSync(join(root, 'out', d.path), 'utf8')));
  });

  it.each([
    ['an empty file', new Uint8Array(0), /000_63401f67e2388d77\.txt.*empty/],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]), /000_63401f67e2388d77\.txt.*binary/i],
    ['GBK bytes', new Uint8Array([0xc9, 0xbd, 0xce, 0xf7, 0xca, 0xa1, 0x0a, 0xd2, 0xbb, 0xa1, 0xa2]), /000_63401f67e2388d77\.txt: line \d+: .*(GBK|UTF-8)/],
    ['text with no structure', new TextEncoder().encode('这是一段没有任何编号结构的文字,只是一句话。\n又一句话。\n'), /000_63401f67e2388d77\.txt.*no recognisable structure/],
  ])('reports %s by file and line, keeps the previous output and builds the others', async (_, bytes, message) => {
    await build();
    const before = readFileSync(join(root, 'out/docs/000_63401f67e2388d77.json'), 'utf8');
    writeFileSync(join(root, 'data/raw/000_63401f67e2388d77.txt'), bytes);
    const { result } = await build();
    expect(result.failures).toHaveLength(1);
    expect(`${result.failures[0].file}: ${result.failures[0].message}`).toMatch(message);
    expect(result.built).toEqual(ids); // the failed one is kept from the previous run
    expect(readFileSync(join(root, 'out/docs/000_63401f67e2388d77.json'), 'utf8')).toBe(before);
    const m = manifest.parse(JSON.parse(readFileSync(join(root, 'out/manifest.json'), 'utf8')));
    expect(m.failures[0].file).toBe('data/raw/000_63401f67e2388d77.txt');
    expect(readdirSync(join(root, 'out/docs')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a rebuild with nothing changed rewrites no file (inode and mtime kept, builtAt too); a changed document rewrites its own', async () => {
    await build();
    const files = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : [join(d, e.name)]));
    const ids = () => new Map(files(join(root, 'out')).map((f) => [f.slice(root.length), `${statSync(f, { bigint: true }).ino}:${statSync(f, { bigint: true }).mtimeNs}`]));
    const first = ids();
    expect(first.size).toBeGreaterThan(20);
    const builtAt = JSON.parse(readFileSync(join(root, 'out/manifest.json'), 'utf8')).builtAt;
    await new Promise((r) => setTimeout(r, 20)); // a new clock reading for builtAt
    await build();
    const second = ids();
    expect([...second].filter(([f, v]) => first.get(f) !== v).map(([f]) => f)).toEqual([]);
    expect(JSON.parse(readFileSync(join(root, 'out/manifest.json'), 'utf8')).builtAt).toBe(builtAt);
    // One document's metadata changes: its file and the cross-document ones are written, the other document's is not.
    const metaFile = join(root, 'data/documents.json');
    const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
    meta.documents[0].title = `${meta.documents[0].title}（修订）`;
    writeFileSync(metaFile, JSON.stringify(meta));
    await build();
    const third = ids();
    const changed = [...third].filter(([f, v]) => second.get(f) !== v).map(([f]) => f);
    expect(changed).toContain(`/out/docs/${meta.documents[0].id}.json`);
    expect(changed).toContain('/out/manifest.json');
    expect(changed).not.toContain(`/out/docs/${meta.documents[1].id}.json`);
    expect(JSON.parse(readFileSync(join(root, 'out/manifest.json'), 'utf8')).builtAt).not.toBe(builtAt);
  });

  it('writes comparison.json from the reviewed rules; a broken rule is named and the previous file kept', async () => {
    await build();
    const good = readFileSync(join(root, 'out/comparison.json'), 'utf8');
    expect(comparison.parse(JSON.parse(good)).topics.length).toBeGreaterThan(0);
    const rules = JSON.parse(readFileSync(join(root, 'data/comparison/like-measures.json'), 'utf8'));
    rules.topics[1].measures[0].namePattern = '(';
    writeFileSync(join(root, 'data/comparison/like-measures.json'), JSON.stringify(rules));
    const { result } = await build();
    expect(result.failures).toEqual([{ file: 'data/comparison/like-measures.json', line: null, message: expect.stringMatching(/^topics\.1\.measures\.0\.namePattern: not a valid regular expression/) }]);
    expect(result.built).toEqual(ids);
    expect(readFileSync(join(root, 'out/comparison.json'), 'utf8')).toBe(good);
  });

  // Reconciliation is evidence, not a gate (issue 9): odd numbering and a cut-off list still build,
  // and the document says what is odd, with the raw line.
  it.each([
    ['a unit list that never closes', '一、重点任务\n(一)交通。\n1.建设铁路。(责任单位:省发展改革委、省交通运输厅\n2.建设公路。(责任单位:省交通运输厅)\n',
      (d: PolicyDocument) => expect(d.warnings.join('\n')).toMatch(/task 一\.一\.1: unit list opened at offset \d+ never closes/)],
    ['numbering with a gap', '一、重点任务\n(一)交通。\n1.建设铁路。(责任单位:省发展改革委)\n3.建设公路。(责任单位:省交通运输厅)\n',
      (d: PolicyDocument) => expect(d.anomalies).toEqual([expect.objectContaining({ kind: 'gap', path: ['一', '一', '3'], line: 4 })])],
  ])('builds a document with %s, keeping every item and reporting it', async (_, text, check) => {
    writeFileSync(join(root, 'data/raw/000_63401f67e2388d77.txt'), new TextEncoder().encode(text));
    const { result } = await build();
    expect(result.failures).toEqual([]);
    const doc = policyDocument.parse(JSON.parse(readFileSync(join(root, 'out/docs/000_63401f67e2388d77.json'), 'utf8')));
    expect(doc.tasks.map((t) => t.id)).toEqual(['一.一.1', doc.anomalies?.length ? '一.一.3' : '一.一.2']);
    check(doc);
  });

  it('fails a document whose correction no longer matches, naming the corrections file', async () => {
    writeFileSync(join(root, 'data/corrections/003_52b583d5c9b6873f.json'),
      JSON.stringify([{ original: '这段文字不在文件里', replacement: 'x', reason: 'test' }]));
    const { result } = await build();
    expect(result.failures.map((f) => `${f.file}: ${f.message}`).join('\n')).toMatch(/data\/corrections\/003_52b583d5c9b6873f\.json/);
    expect(existsSync(join(root, 'out/docs/000_63401f67e2388d77.json'))).toBe(true);
  });
});

describe('buildAll: user-entered files', { timeout: 60_000 }, () => {
  it('progress.json and status.json name their sources by repo-relative path only', async () => {
    writeFileSync(join(root, 'data/progress/p.csv'), 'indicator,date,value,unit,source_note\n003_52b583d5c9b6873f/I001,2023,1,%,统计公报\n');
    const doc = JSON.parse(readFileSync(join(repo, 'tests/golden/003_52b583d5c9b6873f.json'), 'utf8'));
    const unit = doc.indicators[0].unit;
    writeFileSync(join(root, 'data/progress/p.csv'), `indicator,date,value,unit,source_note\n003_52b583d5c9b6873f/I001,2023,1,${unit},统计公报\n`);
    mkdirSync(join(root, 'data/status'));
    writeFileSync(join(root, 'data/status/s.csv'), `document,task,status,date,note,source\n003_52b583d5c9b6873f,${doc.tasks[0].id},behind,2023,,督查通报\n`);
    const { result } = await build();
    expect(result.failures).toEqual([]);
    for (const f of ['progress.json', 'status.json']) {
      const text = readFileSync(join(root, 'out', f), 'utf8');
      expect(text).not.toContain(root);
      expect(JSON.parse(text).rows).toHaveLength(1);
    }
    expect(JSON.parse(readFileSync(join(root, 'out/progress.json'), 'utf8')).rows[0].file).toBe('data/progress/p.csv');
    expect(JSON.parse(readFileSync(join(root, 'out/status.json'), 'utf8')).rows[0].file).toBe('data/status/s.csv');
  });

  it('a bad status row is a named failure; the documents still build', async () => {
    mkdirSync(join(root, 'data/status'));
    writeFileSync(join(root, 'data/status/s.csv'), 'document,task,status,date,note,source\n003_52b583d5c9b6873f,no-such-task,behind,2023,,督查通报\n');
    const { result } = await build();
    expect(result.failures).toEqual([{ file: 'data/status/s.csv', line: 2, message: 'line 2: unknown task "no-such-task" in document 003_52b583d5c9b6873f' }]);
    expect(result.built).toEqual(ids);
  });
});
