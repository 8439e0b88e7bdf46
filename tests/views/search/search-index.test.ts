import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { departments, policyDocument } from '../../../src/shared/schema';
import { buildSearchIndex, normalise, search } from '../../../src/views/search/search-index';

const D = resolve(import.meta.dirname, '../../fixtures/app/data/docs');
const docs = ['001_e3afc5ffeb36f5d0', '003_52b583d5c9b6873f'].map((id) => policyDocument.parse(JSON.parse(readFileSync(resolve(D, `${id}.json`), 'utf8'))));
const registry = departments.parse(JSON.parse(readFileSync(resolve(D, '../departments.json'), 'utf8'))).departments;
const index = buildSearchIndex(docs, registry);

describe('search', () => {
  it('finds the 泽州县 task by Chinese substring and links it to the reader with ?task=', () => {
    const r = search(index, '泽州县');
    expect(r.task[0].label).toContain('泽州县');
    expect(r.task[0].href).toBe(`/doc/001_e3afc5ffeb36f5d0?task=${encodeURIComponent('二.14')}`);
    // The place as the document writes it, leading to its code's page.
    expect(r.place.map((p) => [p.label, p.href])).toEqual([['泽州县', '/place/140500']]);
  });
  it('shows each place once, under the name that matches best', () => {
    const r = search(index, '武汉');
    expect(r.place.map((p) => [p.label, p.href])).toEqual([['武汉', '/place/420100']]);
    expect(search(index, '420100').place.map((p) => p.href)).toEqual(['/place/420100']);
  });
  it('labels units by their registry name and matches the name as written (省发改委 → 省发展改革委)', () => {
    const r = search(index, '发改委');
    expect(r.unit.map((u) => u.label)).toContain('省发展改革委');
    // Without the registry, the name in the task is the label.
    expect(search(buildSearchIndex(docs), '发改委').unit.map((u) => u.label)).toContain('省发改委');
  });
  it('a unit result names its province (省发展改革委 is in 山西 and 湖北); a place result says its count is the region\u2019s', () => {
    const units = search(index, '省').unit;
    expect(units.length).toBeGreaterThan(1);
    for (const u of units) {
      const d = registry.find((r) => `/department/${encodeURIComponent(r.id)}` === u.href)!;
      expect(u.detail.startsWith(`${d.province} · `), u.detail).toBe(true);
    }
    expect(new Set(units.map((u) => u.detail.split(' · ')[0])).size).toBe(2); // both provinces appear
    expect(search(index, '泽州县').place[0].detail).toMatch(/^所属地级区划 140500 · 该区划共 \d+ 项任务$/);
  });
  it('keys tasks by document too: task ids repeat across documents', () => {
    const twice = buildSearchIndex([docs[0], { ...docs[0], id: 'copy' }]);
    const keys = twice.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('finds targets by name', () => {
    expect(search(index, '城镇化率').target[0].label).toBe('常住人口城镇化率 达到67%');
  });
  it('an empty query finds nothing; full-width input is normalised', () => {
    expect(Object.values(search(index, '  ')).flat()).toEqual([]);
    expect(normalise('ＰＭ２．５')).toBe('pm2.5');
  });
});
