import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyDocument } from '../../../src/shared/schema';
import { buildSearchIndex, normalise, search } from '../../../src/views/search/search-index';

const D = resolve(import.meta.dirname, '../../fixtures/app/data/docs');
const docs = ['001_e3afc5ffeb36f5d0', '003_52b583d5c9b6873f'].map((id) => policyDocument.parse(JSON.parse(readFileSync(resolve(D, `${id}.json`), 'utf8'))));
const places = { '140500': ['晋城市', '泽州县'], '420100': ['武汉市'] };
const index = buildSearchIndex(docs, places);

describe('search', () => {
  it('finds the 泽州县 task by Chinese substring and links it to the reader with ?task=', () => {
    const r = search(index, '泽州县');
    expect(r.task[0].label).toContain('泽州县');
    expect(r.task[0].href).toBe('/doc/001_e3afc5ffeb36f5d0?task=001_e3afc5ffeb36f5d0-t-2-14');
    expect(r.place.map((p) => p.label)).toEqual(['晋城市']);
  });
  it('groups units and matches the name as written (省发改委 → 省发展改革委)', () => {
    const r = search(index, '发改委');
    expect(r.unit.map((u) => u.label)).toContain('省发展改革委');
  });
  it('finds targets by name', () => {
    expect(search(index, '城镇化率').target[0].label).toBe('常住人口城镇化率 达到67%');
  });
  it('an empty query finds nothing; full-width input is normalised', () => {
    expect(Object.values(search(index, '  ')).flat()).toEqual([]);
    expect(normalise('ＰＭ２．５')).toBe('pm2.5');
  });
});
