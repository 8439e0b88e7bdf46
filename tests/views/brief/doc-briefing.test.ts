// The document briefing reads the registry entries of its departments from the document's heatmap
// index (index/heatmap/<doc>.json), not the whole registry (issue 11): its departments and its map
// (city governments answering for tasks) are the same as with the whole registry.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { departments, heatmapDocument, manifest, policyDocument } from '../../../src/shared/schema';
import { buildMapState } from '../../../src/kernel/map/state/map-state';
import { buildBriefing, forMap } from '../../../src/views/brief/model/briefing';

const D = resolve(import.meta.dirname, '../../fixtures/app/data');
const read = (f: string) => JSON.parse(readFileSync(resolve(D, f), 'utf8'));
const m = manifest.parse(read('manifest.json'));
const registry = departments.parse(read('departments.json')).departments;

describe('document briefing from the heatmap index', () => {
  for (const e of m.documents) {
    const doc = policyDocument.parse(read(e.path));
    const entries = heatmapDocument.parse(read(`index/heatmap/${e.id}.json`)).departments;
    // Every region a task names or a city government of the registry stands for.
    const codes = [...new Set([...doc.tasks.flatMap((t) => t.places.map((p) => `${p.slice(0, 4)}00`)), ...registry.flatMap((d) => (d.placeCode ? [d.placeCode] : []))])].sort();
    const regions = codes.map((code) => ({ code, name: code }));

    it(`${e.id}: same departments and map as with the whole registry`, () => {
      const input = { docs: [doc], progress: [], local: [], statusIndex: new Map(), currentYear: 2026, maxTargets: Infinity };
      expect(buildBriefing({ ...input, registry: entries })).toEqual(buildBriefing({ ...input, registry }));
      const whole = buildMapState(e.provinceCode, regions, [doc], registry);
      expect(buildMapState(e.provinceCode, regions, [doc], forMap(entries))).toEqual(whole);
    });
  }

  it('a city government answering for a task is on the map (the fixture has one)', () => {
    const e = m.documents.find((d) => d.provinceCode === '420000')!;
    const doc = policyDocument.parse(read(e.path));
    const entries = heatmapDocument.parse(read(`index/heatmap/${e.id}.json`)).departments;
    const regions = registry.flatMap((d) => (d.placeCode ? [{ code: d.placeCode, name: d.name }] : []));
    const state = buildMapState(e.provinceCode, regions, [doc], forMap(entries));
    expect(state.regions.some((r) => r.responsible.length > 0)).toBe(true);
  });
});
