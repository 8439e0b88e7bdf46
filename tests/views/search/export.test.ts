// The search results' export table: every hit in the page's group order, Chinese headers, links
// back into the atlas, the documents behind task and target hits as sources.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchFiles, docSearchPart } from '../../../pipeline/search/build-index';
import { tableToCsv } from '../../../src/kernel/lib/export-table';
import { departments, manifest, policyDocument } from '../../../src/shared/schema';
import { openCore, openShard, runSearch } from '../../../src/views/search/engine';
import { resultsTable } from '../../../src/views/search/export';

const D = resolve(import.meta.dirname, '../../fixtures/app/data');
const m = manifest.parse(JSON.parse(readFileSync(resolve(D, 'manifest.json'), 'utf8')));
const docs = m.documents.map((d) => policyDocument.parse(JSON.parse(readFileSync(resolve(D, d.path.replace(/^\/?(data\/)?/, '')), 'utf8'))));
const registry = departments.parse(JSON.parse(readFileSync(resolve(D, 'departments.json'), 'utf8'))).departments;
const files = buildSearchFiles(docs.map(docSearchPart), registry);
const core = openCore(files.core);
const shards = files.shards.map((s) => openShard(s.shard));
const facts = new Map(m.documents.map((d) => [d.id, { title: d.title, province: d.province }]));

describe('resultsTable', () => {
  const r = runSearch('发改委', core, shards, facts);
  const searched = files.shards.flatMap((s) => s.shard.facts);
  const table = resultsTable('发改委', r, searched, 'https://atlas.example');
  it('lists every hit in the order shown, department first, with a link into the atlas', () => {
    expect(table.columns.map((c) => c.header)).toEqual(['类别', '名称', '说明', '链接']);
    expect(table.rows.length).toBe(r.order.reduce((n, k) => n + r.groups[k].length, 0));
    expect(table.rows[0].slice(0, 2)).toEqual(['责任单位', '省发展改革委']);
    expect(table.rows[0][3]).toBe(`https://atlas.example/department/${encodeURIComponent('420000:省发展改革委')}`);
    expect(table.rows.slice(1).every((row) => row[0] === '任务' || row[0] === '目标' || row[0] === '地区')).toBe(true);
  });
  it('names the documents behind task hits, with their SHA-256', () => {
    const shas = table.sources.map((s) => s.sha256);
    expect(shas.length).toBeGreaterThan(0);
    for (const sha of shas) expect(m.documents.map((d) => d.sha256)).toContain(sha);
  });
  it('neutralises a formula in a hit label in the CSV', () => {
    const evil = { ...r, groups: { ...r.groups, task: [{ ...r.groups.task[0], label: '=HYPERLINK("x")' }] } };
    expect(tableToCsv(resultsTable('q', evil, searched, ''))).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
