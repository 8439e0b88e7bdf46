// One index of every name the place matcher knows — divisions (full and short names), aliases,
// landmarks, stop phrases — keyed by surface, built once per process.
import { countyShortName, isMunicipality, loadDivisions, prefectureShortNames } from './divisions';
import { loadPlaceDictionaries } from './dictionaries';

export type SenseKind = 'province' | 'prefecture' | 'prefectureShort' | 'county' | 'countyShort' | 'alias' | 'landmark';

/** One thing a written name can mean. */
export interface Sense {
  kind: SenseKind;
  /** The prefecture-level code the name resolves to; for a province, the province code. */
  code: string;
  /** Province code of that place. */
  province: string;
  /** What the name denotes: a province, a prefecture-level unit, or something below (county, landmark). */
  level: 'province' | 'prefecture' | 'county';
}

export interface NameEntry {
  surface: string;
  senses: Sense[];
  /** Stop phrase or common word: matched (so it hides the names inside it) but never a place. */
  stop: boolean;
  /** Generic word that names a district only in context (城区, 郊区). */
  generic: boolean;
}

export interface NameIndex {
  bySurface: Map<string, NameEntry>;
  /** Surface lengths per first character, longest first, so a lookup tries only lengths that exist. */
  lengths: Map<string, number[]>;
  prefectureNames: Map<string, string>;
  provinceNames: Map<string, { name: string; short: string }>;
}

let cached: NameIndex | null = null;

export function nameIndex(): NameIndex {
  if (cached) return cached;
  const divisions = loadDivisions();
  const dicts = loadPlaceDictionaries();
  const entries = new Map<string, NameEntry>();
  const entry = (surface: string) => {
    let e = entries.get(surface);
    if (!e) entries.set(surface, (e = { surface, senses: [], stop: false, generic: false }));
    return e;
  };
  const add = (surface: string, sense: Sense) => {
    const e = entry(surface);
    if (!e.senses.some((s) => s.kind === sense.kind && s.code === sense.code)) e.senses.push(sense);
  };

  const provinceNames = new Map<string, { name: string; short: string }>();
  for (const p of divisions.provinces) {
    provinceNames.set(p.code, { name: p.name, short: p.short });
    for (const n of [p.name, p.short]) add(n, { kind: 'province', code: p.code, province: p.code, level: 'province' });
  }
  const prefectureNames = new Map<string, string>();
  const provinceOf = new Map<string, string>();
  for (const f of divisions.prefectures) {
    prefectureNames.set(f.code, f.name);
    provinceOf.set(f.code, f.province);
    // A municipality's prefecture record repeats the province; its province sense already covers it.
    if (isMunicipality(f.code)) continue;
    add(f.name, { kind: 'prefecture', code: f.code, province: f.province, level: 'prefecture' });
    for (const s of prefectureShortNames(f.name)) add(s, { kind: 'prefectureShort', code: f.code, province: f.province, level: 'prefecture' });
  }
  for (const c of divisions.counties) {
    const province = provinceOf.get(c.prefecture);
    if (!province) throw new Error(`divisions.json: county ${c.code} points to unknown prefecture ${c.prefecture}`);
    add(c.name, { kind: 'county', code: c.prefecture, province, level: 'county' });
    const short = c.zone ? null : countyShortName(c.name);
    if (short) add(short, { kind: 'countyShort', code: c.prefecture, province, level: 'county' });
  }
  const provinceOfCode = (code: string, what: string) => {
    const p = provinceOf.get(code);
    if (!p) throw new Error(`${what}: ${code} is not a prefecture-level code in divisions.json`);
    return p;
  };
  for (const a of dicts.aliases.entries) {
    add(a.name, { kind: 'alias', code: a.code, province: provinceOfCode(a.code, `place-aliases.json ${a.name}`), level: a.level });
  }
  for (const l of dicts.landmarks.entries) {
    for (const code of l.codes) add(l.name, { kind: 'landmark', code, province: provinceOfCode(code, `place-landmarks.json ${l.name}`), level: 'county' });
  }
  for (const w of [...dicts.stoplist.phrases, ...dicts.stoplist.commonWords]) entry(w.text).stop = true;
  for (const w of dicts.stoplist.generic) entry(w.text).generic = true;

  const lengths = new Map<string, number[]>();
  for (const surface of entries.keys()) {
    const list = lengths.get(surface[0]) ?? [];
    if (!list.includes(surface.length)) list.push(surface.length);
    lengths.set(surface[0], list);
  }
  for (const list of lengths.values()) list.sort((a, b) => b - a);
  cached = { bySurface: entries, lengths, prefectureNames, provinceNames };
  return cached;
}

/** Entries whose surface starts at `at`, longest first. */
export function entriesAt(index: NameIndex, text: string, at: number): NameEntry[] {
  const found: NameEntry[] = [];
  for (const len of index.lengths.get(text[at]) ?? []) {
    if (at + len > text.length) continue;
    const e = index.bySurface.get(text.slice(at, at + len));
    if (e) found.push(e);
  }
  return found;
}
