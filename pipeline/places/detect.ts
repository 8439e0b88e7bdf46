// Which province a document belongs to, from its own words, in order of reliability:
//   1. a document number in the header (晋政办发〔2017〕55号 → 山西, 鄂政辦發〔2022〕 → 湖北);
//   2. an issuer line in the first lines (湖北省人民政府办公厅, 江蘇省司法廳發布);
//   3. "X省人民政府" anywhere;
//   4. the province whose name and cities are mentioned clearly most often.
// null when none of these is clear — the caller then asks for --province. Works on raw traditional
// text too (traditional spellings and 辦/發/廳 are part of the patterns).
import { provinceNames, type Province } from './provinces';
import { scanPlaces } from './scan';

const HEAD_CHARS = 3000;
const HEAD_LINES = 10;
/** Step 4 needs at least this many mentions, and this lead over the runner-up. */
const MIN_MENTIONS = 3;
const MIN_LEAD = 2;

// Raw sources may carry inline pinyin after a character: 鄂政辦發(fā)〔2022〕.
const INLINE_PINYIN = '(?:\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+\\))?';

const alternation = (names: Iterable<string>) =>
  [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

let patterns: { docNumber: RegExp; issuer: RegExp; government: RegExp } | null = null;

function compile() {
  if (patterns) return patterns;
  const { byAbbr, fullNames } = provinceNames();
  const full = alternation(fullNames.keys());
  patterns = {
    // 简称 + 政/府 (+ 办/厅) + 发/函/规/字, or 办发 / 发 (Party documents), then 〔year〕.
    docNumber: new RegExp(
      `(${alternation(byAbbr.keys())})(?:[政府](?:[办辦厅廳](?:[发發函字])?|[发發函规規字])?|[办辦][发發函]|[发發])${INLINE_PINYIN}\\s*[〔\\[(（【]\\s*(?:19|20)\\d{2}`,
    ),
    issuer: new RegExp(`(${full})(?:人民政府|政府|办公厅|辦公廳|委员会|委員會|[\\u4e00-\\u9fff]{0,8}?(?:厅|廳|委|局|办|辦))`),
    government: new RegExp(`(${full})人民政府`),
  };
  return patterns;
}

const prefix = (code: string) => `${code.slice(0, 2)}0000`;

function byCounts(text: string): Province | null {
  const { mentions, provinces } = scanPlaces(text, null);
  const counts = new Map<string, number>();
  for (const p of provinces) counts.set(p.province, (counts.get(p.province) ?? 0) + 1);
  // A municipality's own name is both a province token and a mention: count it once (its districts,
  // 青浦 or 嘉定, are mentions only and count normally).
  const provinceSpans = new Set(provinces.map((p) => p.start));
  for (const m of mentions) if (!provinceSpans.has(m.start)) counts.set(prefix(m.code), (counts.get(prefix(m.code)) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < MIN_MENTIONS || (second && top[1] < MIN_LEAD * second[1])) return null;
  const byCode = [...provinceNames().byName.values()].find((p) => p.provinceCode === top[0]);
  return byCode ?? null;
}

export type ProvinceEvidence = 'docNumber' | 'issuer' | 'government' | 'counts';

/** The province and which of the four steps decided it (for the quality report and for tests). */
export function explainProvince(text: string): (Province & { via: ProvinceEvidence }) | null {
  const { byAbbr, byName } = provinceNames();
  const p = compile();
  const head = text.slice(0, HEAD_CHARS);
  const found = (province: Province | null | undefined, via: ProvinceEvidence) => (province ? { ...province, via } : null);
  const number = p.docNumber.exec(head);
  if (number) return found(byAbbr.get(number[1]), 'docNumber');
  const issuer = p.issuer.exec(head.split('\n').slice(0, HEAD_LINES).join('\n'));
  if (issuer) return found(byName.get(issuer[1]), 'issuer');
  const government = p.government.exec(text);
  if (government) return found(byName.get(government[1]), 'government');
  return found(byCounts(text), 'counts');
}

export function detectProvince(text: string): Province | null {
  const found = explainProvince(text);
  return found ? { province: found.province, provinceCode: found.provinceCode } : null;
}
