// Leftmost-longest scan of a text for place names. Produces place mentions (with prefecture-level
// codes), the province names seen (for detectProvince and for context), and warnings.
import { chooseSense, type Preceding } from './choose-sense';
import { loadPlaceDictionaries } from './dictionaries';
import { isMunicipality } from './divisions';
import { entriesAt, nameIndex, type NameEntry, type Sense } from './name-index';
import { standsAlone, standsAsName } from './word-boundary';

export interface PlaceMention {
  name: string;
  code: string;
  start: number;
  end: number;
  via: 'prefecture' | 'county' | 'alias' | 'short' | 'landmark';
}
export interface ProvinceToken { province: string; start: number; end: number }
export interface ScanResult { mentions: PlaceMention[]; provinces: ProvinceToken[]; warnings: string[] }

const VIA: Record<Sense['kind'], PlaceMention['via']> = {
  province: 'short', prefecture: 'prefecture', prefectureShort: 'short', county: 'county', countyShort: 'county', alias: 'alias', landmark: 'landmark',
};

/** Senses of an entry that may stand here; county short names and 2-character county names must look like names. */
function acceptable(e: NameEntry, text: string, start: number, previousEnd: number | null): Sense[] {
  const needsBoundary = (s: Sense) => s.kind === 'countyShort' || (s.kind === 'county' && e.surface.length <= 2);
  if (!e.senses.some(needsBoundary)) return e.senses;
  const end = start + e.surface.length;
  const nameFollows = entriesAt(nameIndex(), text, end).some((n) => !n.stop && n.senses.length > 0);
  const ok = standsAsName({ text, start, end, previousEnd, nameFollows });
  return ok ? e.senses : e.senses.filter((s) => !needsBoundary(s));
}

export function scanPlaces(text: string, documentProvince: string | null): ScanResult {
  const index = nameIndex();
  const unitSuffixes = loadPlaceDictionaries().stoplist.unitSuffixes.map((w) => w.text);
  const mentions: PlaceMention[] = [];
  const provinces: ProvinceToken[] = [];
  // One warning per name and reason, with where it first occurs and how often (a de-duplicated channel).
  const warned = new Map<string, { at: number; count: number }>();
  const warn = (message: string, at: number) => {
    const w = warned.get(message);
    if (w) w.count += 1;
    else warned.set(message, { at, count: 1 });
  };
  let previous: { end: number; preceding: NonNullable<Preceding> } | null = null;
  const label = (code: string) => `${index.prefectureNames.get(code) ?? index.provinceNames.get(code)?.name ?? '?'} ${code}`;

  let i = 0;
  while (i < text.length) {
    let consumed = 0;
    for (const e of entriesAt(index, text, i)) {
      const end = i + e.surface.length;
      if (e.stop) { consumed = e.surface.length; break; }
      const preceding = previous && previous.end === i ? previous.preceding : null;
      // Organisations named after a place (太原铁路局, 武汉海关) are not that place: see place-stoplist.json.
      const isUnitName = unitSuffixes.some((s) => text.startsWith(s, end));
      const province = e.senses.find((s) => s.kind === 'province');
      if (province) {
        provinces.push({ province: province.code, start: i, end });
        if (isMunicipality(province.code) && !isUnitName) {
          const via = e.surface === index.provinceNames.get(province.code)?.name ? 'prefecture' : 'short';
          mentions.push({ name: e.surface, code: province.code, start: i, end, via });
        }
        previous = { end, preceding: { kind: 'province', province: province.code } };
        consumed = e.surface.length;
        break;
      }
      const listed = e.senses.filter((s) => s.kind === 'alias' || s.kind === 'landmark');
      if (listed.length > 0) {
        if (!isUnitName) for (const s of listed) mentions.push({ name: e.surface, code: s.code, start: i, end, via: VIA[s.kind] });
        previous = { end, preceding: { kind: 'place', code: listed[0].code } };
        consumed = e.surface.length;
        break;
      }
      const senses = acceptable(e, text, i, previous?.end ?? null);
      if (senses.length === 0) continue; // try a shorter name at the same place
      if (e.generic && !preceding) {
        // 城区/郊区 without a city before them: a word, or a district we cannot place — never guessed.
        if (standsAlone(text, i, end)) warn(`place "${e.surface}" is ambiguous without a city before it (${[...new Set(senses.map((s) => label(s.code)))].join(', ')}) — left out`, i);
        consumed = e.surface.length;
        break;
      }
      const choice = chooseSense(senses, documentProvince, preceding);
      if (choice.kind === 'place' && !isUnitName) {
        mentions.push({ name: e.surface, code: choice.sense.code, start: i, end, via: VIA[choice.sense.kind] });
        previous = { end, preceding: { kind: 'place', code: choice.sense.code } };
      } else if (choice.kind === 'ambiguous') {
        warn(`place "${e.surface}" is ambiguous (${choice.codes.map(label).join(', ')}) — left out`, i);
      }
      consumed = e.surface.length;
      break;
    }
    i += Math.max(consumed, 1);
  }
  const warnings = [...warned].map(([m, w]) => `${m} (at offset ${w.at}${w.count > 1 ? `, ${w.count} times` : ''})`);
  return { mentions, provinces, warnings };
}
