// The search stage (pipeline/search) and the engine that reads its output (src/views/search/engine),
// over the two fixture documents (山西 001, 湖北 003) and their department registry.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchFiles, docSearchPart, searchSummary, shardParts } from '../../../pipeline/search/build-index';
import { pinyinTerms } from '../../../pipeline/search/pinyin-terms';
import { runShardJob, type ShardJob } from '../../../pipeline/search/shard-job';
import { writeSearchIndex, type SearchDoc } from '../../../pipeline/search/write-search';
import { departments, policyDocument, searchCore, searchShard } from '../../../src/shared/schema';
import { indexTerms, queryTerms } from '../../../src/shared/search-text';
import { provinceLabel } from '../../../src/kernel/lib/province-label';
import { namedProvinces, openCore, openShard, openShardAsync, pickShards, runSearch, shardOrder } from '../../../src/views/search/engine';

const D = resolve(import.meta.dirname, '../../fixtures/app/data');
const docs = ['001_e3afc5ffeb36f5d0', '003_52b583d5c9b6873f'].map((id) => policyDocument.parse(JSON.parse(readFileSync(resolve(D, `docs/${id}.json`), 'utf8'))));
const registry = departments.parse(JSON.parse(readFileSync(resolve(D, 'departments.json'), 'utf8'))).departments;
const parts = docs.map(docSearchPart);
const files = buildSearchFiles(parts, registry);
// Through JSON, as the browser gets it.
const core = openCore(searchCore.parse(JSON.parse(JSON.stringify(files.core))));
const shards = files.shards.map((s) => openShard(searchShard.parse(JSON.parse(JSON.stringify(s.shard)))));
const facts = new Map(docs.map((d) => [d.id, { title: d.title, province: provinceLabel(d) }]));
const find = (q: string) => runSearch(q, core, shards, facts);
const inline = async (jobs: ShardJob[]) => jobs.map(runShardJob);

/** The fixture documents written into out/docs, as the build hands them to the search stage. */
function searchDocsIn(out: string): SearchDoc[] {
  mkdirSync(join(out, 'docs'), { recursive: true });
  return docs.map((d, i) => {
    const path = join(out, `docs/${d.id}.json`);
    writeFileSync(path, JSON.stringify(d));
    return { summary: searchSummary(parts[i]), path, sha256: `sha-of-${d.id}` };
  });
}

describe('tokenizer', () => {
  it('indexes Han runs as bigrams plus the last character, Latin as words; queries as bigrams', () => {
    expect(indexTerms('省发改委 PM2.5')).toEqual(['省发', '发改', '改委', '委', 'pm2.5']);
    expect(queryTerms('发改委')).toEqual(['发改', '改委']);
    expect(queryTerms('省')).toEqual(['省']);
    expect(queryTerms('ＦＧＷ')).toEqual(['fgw']);
  });
  it('pinyin terms run from each syllable, in full and as initials', () => {
    const terms = pinyinTerms('省发改委');
    expect(terms).toEqual(expect.arrayContaining(['shengfagaiwei', 'fagaiwei', 'sfgw', 'fgw']));
    expect(pinyinTerms('长治市')).toContain('changzhishi'); // read in context, not zhang
  });
});

describe('ranking', () => {
  it('发改委: the department comes first, before the tasks that mention it', () => {
    const r = find('发改委');
    expect(r.order[0]).toBe('unit');
    expect(r.groups.task.length).toBeGreaterThan(0);
    // Labelled by its registry name, found by the alias the documents write (省发改委), its province named.
    expect(r.groups.unit.map((u) => [u.label, u.detail])).toEqual([['省发展改革委', expect.stringMatching(/^湖北 · \d+ 项任务$/)]]);
    expect(r.groups.unit[0].href).toBe(`/department/${encodeURIComponent('420000:省发展改革委')}`);
  });
  it('a common word inside a department name does not put departments first: targets, then tasks', () => {
    const r = find('发展');
    expect(r.groups.unit.length).toBeGreaterThan(0);
    expect(r.order).toEqual(['target', 'task', 'unit', 'place']);
  });
  it('武汉: the place (its whole name) leads; targets before tasks', () => {
    const r = find('武汉');
    expect(r.order.slice(0, 3)).toEqual(['place', 'target', 'task']);
    expect(r.groups.place.map((p) => [p.label, p.href])).toEqual([['武汉', '/place/420100']]);
  });
  it('finds a task by a place in its title and opens it in the reader with ?task=', () => {
    const r = find('泽州县');
    expect(r.groups.task[0].label).toContain('泽州县');
    expect(r.groups.task[0].href).toBe(`/doc/001_e3afc5ffeb36f5d0?task=${encodeURIComponent('二.14')}`);
    expect(r.groups.place.map((p) => [p.label, p.detail])).toEqual([['泽州县', expect.stringMatching(/^所属地级区划 140500 · 该区划共 \d+ 项任务$/)]]);
  });
  it('finds targets by name, formatted as the cards write them', () => {
    expect(find('城镇化率').groups.target[0].label).toBe('常住人口城镇化率 达到67%');
  });
  it('an empty query finds nothing', () => {
    expect(Object.values(find('  ').groups).flat()).toEqual([]);
  });
});

describe('pinyin and initials', () => {
  it.each(['fagaiwei', 'fgw', 'FGW', 'fa gai wei'])('%s finds 省发展改革委 first', (q) => {
    const r = find(q);
    expect(r.order[0]).toBe('unit');
    expect(r.groups.unit[0].label).toBe('省发展改革委');
  });
  it('wuhan finds the place 武汉 first; wh (initials) finds it too', () => {
    const r = find('wuhan');
    expect(r.order[0]).toBe('place');
    expect(r.groups.place[0].href).toBe('/place/420100');
    expect(find('wh').groups.place.map((p) => p.href)).toContain('/place/420100');
  });
  it('no pinyin reaches the task shards (only departments and places carry it)', () => {
    expect(find('fagaiwei').groups.task).toEqual([]);
    expect(JSON.stringify(files.shards.map((s) => s.shard))).not.toContain('fagaiwei');
  });
});

describe('departments grouped by name (issue 11: core.json the size of the vocabulary, not of provinces × names)', () => {
  // The 湖北 departments again under 山西's code, as a corpus covering both provinces has them.
  const hubei = registry.filter((d) => d.provinceCode === '420000');
  const copies = hubei.map((d) => ({ ...d, id: d.id.replace(/^420000:/, '140000:'), province: '山西', provinceCode: '140000' }));
  const both = buildSearchFiles(parts, [...registry, ...copies]);
  const core2 = openCore(searchCore.parse(JSON.parse(JSON.stringify(both.core))));

  it('one core entry per set of names, listing the department of each province', () => {
    const plain = files.core.index.documentCount;
    expect(both.core.index.documentCount).toBeLessThanOrEqual(plain);
    const stored = both.core.index.storedFields as Record<string, { label: string; at: [string, string, number][] }>;
    const dev = Object.values(stored).filter((e) => e.label === '省发展改革委');
    expect(dev).toHaveLength(1);
    // Each department by its province code (its id is "<code>:<label>"): no name repeated per province.
    expect(dev[0].at.map(([ref, province]) => [ref, province])).toEqual(expect.arrayContaining([['420000', '湖北'], ['140000', '山西']]));
  });
  it('a department whose id is not "<code>:<label>" keeps its whole id, and its hit links to it', () => {
    const odd = { ...registry.find((d) => d.id === '420000:省发展改革委')!, id: '420000:省发展和改革委员会' };
    const core3 = openCore(searchCore.parse(JSON.parse(JSON.stringify(buildSearchFiles(parts, [odd]).core))));
    const stored = Object.values(core3.toJSON().storedFields) as { at: [string, string, number][] }[];
    expect(stored.flatMap((e) => e.at.map(([ref]) => ref))).toContain('420000:省发展和改革委员会');
    expect(runSearch('发改委', core3, [], facts).groups.unit.map((u) => u.href)).toEqual([`/department/${encodeURIComponent('420000:省发展和改革委员会')}`]);
  });
  it('a query finds every province’s department, each with its own province, count and page', () => {
    const r = runSearch('发改委', core2, shards, facts);
    expect(r.order[0]).toBe('unit');
    const units = r.groups.unit.filter((u) => u.label === '省发展改革委');
    expect(units.map((u) => u.href).sort()).toEqual([`/department/${encodeURIComponent('140000:省发展改革委')}`, `/department/${encodeURIComponent('420000:省发展改革委')}`]);
    expect(units.map((u) => u.detail.split(' · ')[0]).sort()).toEqual(['山西', '湖北']);
    expect(new Set(units.map((u) => u.key)).size).toBe(units.length);
    // pinyin still reaches both
    expect(runSearch('fgw', core2, [], facts).groups.unit.filter((u) => u.label === '省发展改革委')).toHaveLength(2);
  });
});

describe('document facts in the shards (results name their documents without the manifest)', () => {
  it('each shard carries title, province, 文号, date and SHA-256 of its documents, in order', () => {
    for (const { shard } of files.shards) {
      expect(shard.facts.map((f) => f.id)).toEqual(shard.documents);
      for (const f of shard.facts) {
        const d = docs.find((x) => x.id === f.id)!;
        expect(f).toEqual({ id: d.id, title: d.title, province: d.province, docNumber: d.docNumber, date: d.date, sha256: d.sha256 });
      }
    }
  });
  it('the schema refuses a shard whose facts do not list its documents', () => {
    const s = JSON.parse(JSON.stringify(files.shards[0].shard));
    expect(searchShard.safeParse(s).success).toBe(true);
    expect(searchShard.safeParse({ ...s, facts: [{ ...s.facts[0], id: 'other' }] }).success).toBe(false);
    expect(searchShard.safeParse({ ...s, facts: undefined }).success).toBe(false);
  });
});

describe('sharding', () => {
  it('one shard per province at seed size; the core lists each with its document count and exact bytes', () => {
    expect(files.shards.map((s) => [s.file, s.shard.documents])).toEqual([
      ['search/tasks-140000-0.json', ['001_e3afc5ffeb36f5d0']],
      ['search/tasks-420000-0.json', ['003_52b583d5c9b6873f']],
    ]);
    expect(files.core.shards.map((s) => [s.file, s.docs])).toEqual([['search/tasks-140000-0.json', 1], ['search/tasks-420000-0.json', 1]]);
    for (const [i, s] of files.shards.entries()) expect(files.core.shards[i].bytes).toBe(Buffer.byteLength(`${JSON.stringify(s.shard)}\n`));
    // No document id in the core (listed there, they made it grow with the corpus): the shards name their documents.
    for (const d of docs) expect(JSON.stringify(files.core)).not.toContain(d.id);
    // The core holds departments and places only: no task text.
    expect(JSON.stringify(files.core)).not.toContain(docs[0].tasks[0].text.slice(0, 20));
  });
  it('splits a province into shards of N documents, newest first', () => {
    const copies = [1, 2, 3].map((n) => ({ ...parts[0], docId: `d${n}`, date: `201${n}-01-01` }));
    const s = shardParts([...copies, parts[1]], 2);
    expect(s.map((x) => [x.id, x.parts.map((p) => p.docId)])).toEqual([
      ['140000-0', ['d3', 'd2']],
      ['140000-1', ['d1']],
      ['420000-0', ['003_52b583d5c9b6873f']],
    ]);
  });
  it('searches the shards of the provinces a query names first', () => {
    const order = shardOrder(files.core.shards, namedProvinces(runSearch('武汉', core, [], facts)));
    expect(order[0].provinceCode).toBe('420000');
    // Only the 湖北 shard loaded: 山西's tasks are not searched.
    const hubei = runSearch('发改委', core, [shards[1]], facts);
    expect(hubei.groups.task.every((h) => h.href.startsWith('/doc/003_'))).toBe(true);
    expect(runSearch('发改委', core, [shards[0]], facts).groups.unit.length).toBe(1); // departments come from the core, always
  });
  it('reads shards within a byte budget, always at least one', () => {
    const metas = files.core.shards;
    expect(pickShards(metas, ['420000'], Infinity).map((s) => s.provinceCode)).toEqual(['420000', '140000']);
    expect(pickShards(metas, ['420000'], metas[1].bytes).map((s) => s.provinceCode)).toEqual(['420000']);
    expect(pickShards(metas, [], 1)).toHaveLength(1);
  });
  it('writes shards then core.json, and removes shards no longer listed', async () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-search-'));
    const searchDocs = searchDocsIn(out);
    await writeSearchIndex(out, searchDocs, registry, { run: inline });
    writeFileSync(join(out, 'search/tasks-990000-0.json'), '{}');
    await writeSearchIndex(out, searchDocs.slice(1), registry, { run: inline });
    expect(readdirSync(join(out, 'search')).sort()).toEqual(['core.json', 'tasks-420000-0.json']);
    expect(existsSync(join(out, 'search/tasks-140000-0.json'))).toBe(false);
  });

  it('writes what buildSearchFiles builds, shard by shard from the documents on disk', async () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-search-'));
    await writeSearchIndex(out, searchDocsIn(out), registry, { run: inline });
    expect(JSON.parse(readFileSync(join(out, 'search/core.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(files.core)));
    for (const { file, shard } of files.shards) expect(JSON.parse(readFileSync(join(out, file), 'utf8'))).toEqual(JSON.parse(JSON.stringify(shard)));
  });

  it('rebuilds only the shards whose documents changed, and a shard edited on disk', async () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-search-'));
    const cacheFile = join(out, 'cache/search-shards.json');
    const built: string[][] = [];
    const run = async (jobs: ShardJob[]) => {
      built.push(jobs.map((j) => j.id));
      return jobs.map(runShardJob);
    };
    const searchDocs = searchDocsIn(out);
    expect(await writeSearchIndex(out, searchDocs, registry, { run, cacheFile, code: 'v1' })).toMatchObject({ built: 2, kept: 0 });
    expect(await writeSearchIndex(out, searchDocs, registry, { run, cacheFile, code: 'v1' })).toMatchObject({ built: 0, kept: 2 });
    // 湖北's document changed: its shard only.
    const changed = searchDocs.map((d, i) => (i === 1 ? { ...d, sha256: 'changed' } : d));
    expect(await writeSearchIndex(out, changed, registry, { run, cacheFile, code: 'v1' })).toMatchObject({ built: 1, kept: 1 });
    writeFileSync(join(out, 'search/tasks-140000-0.json'), '{}');
    await writeSearchIndex(out, changed, registry, { run, cacheFile, code: 'v1' });
    // The search code changed: every shard.
    await writeSearchIndex(out, changed, registry, { run, cacheFile, code: 'v2' });
    expect(built).toEqual([['140000-0', '420000-0'], [], ['420000-0'], ['140000-0'], ['140000-0', '420000-0']]);
    expect(JSON.parse(readFileSync(join(out, 'search/tasks-140000-0.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(files.shards[0].shard)));
  });

  it('writes no core.json when a shard fails, and names the shard', async () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-search-'));
    const searchDocs = searchDocsIn(out).map((d, i) => (i === 1 ? { ...d, path: join(out, 'missing.json') } : d));
    await expect(writeSearchIndex(out, searchDocs, registry, { run: inline })).rejects.toThrow(/the search index was not written: search shard 420000-0: ENOENT/);
    expect(existsSync(join(out, 'search/core.json'))).toBe(false);
  });
});

describe('opening a shard in batches (openShardAsync)', () => {
  it('answers every query as the shard opened at once', async () => {
    const batched = await Promise.all(files.shards.map((s) => openShardAsync(searchShard.parse(JSON.parse(JSON.stringify(s.shard))))));
    for (const q of ['发改委', '城镇化率', '省', '5g', '武汉']) {
      const a = runSearch(q, core, batched, facts);
      const b = find(q);
      expect(a).toEqual(b);
      expect(a.groups.task.length + a.groups.target.length).toBe(b.groups.task.length + b.groups.target.length);
    }
    expect(batched.reduce((n, x) => n + x.documentCount, 0)).toBe(shards.reduce((n, x) => n + x.documentCount, 0));
    expect(batched[0]!.documentCount).toBeGreaterThan(0);
  });
});
