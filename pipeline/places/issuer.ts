// Who speaks in a document and for which level of government, read from its own words:
//   - a State Council document: 国发 / 国办发 / 国函 numbers, or an issuer 国务院(办公厅);
//   - an issuer that names its area: 监利市人民政府办公室 → 监利市 (county-level, 湖北), 包头市人民政府
//     → 包头市 (prefecture, 内蒙古), 洋县人民政府 → 洋县 (county, 陕西);
//   - else the addressees, which the genre writes one level down: 各省、自治区、直辖市人民政府 (national),
//     各市、县人民政府 (province), 各县(市、区)人民政府 (city), 各乡镇人民政府 / 各街道 (county).
import type { DocumentScope } from '../../src/shared/schema';
import { loadDivisions } from './divisions';
import { provinceNames, type Province } from './provinces';

const HEAD = 1500;

const NATIONAL_NUMBER = /国(?:发|办发|函|办函)\s*[〔[(（]\s*(?:19|20)\d{2}/;
/** A title or issuer line that opens with 国务院 (not 国务院 mentioned in a sentence: "经国务院同意"). */
const NATIONAL_ISSUER = /^\s*国务院(?:办公厅)?(?:关于|印发|\s*$)/m;

export interface IssuerPlace {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  province: Province;
}

let index: Map<string, Array<{ code: string; level: 'city' | 'county' }>> | null = null;

function places() {
  if (index) return index;
  const d = loadDivisions();
  index = new Map();
  const add = (name: string, code: string, level: 'city' | 'county') => {
    if (name.length < 2) return;
    index!.set(name, [...(index!.get(name) ?? []), { code, level }]);
  };
  for (const p of d.prefectures) if (!p.code.endsWith('0000')) add(p.name, p.code, 'city');
  for (const c of d.counties) add(c.name, c.code, 'county');
  return index;
}

function provinceOf(code: string): Province | null {
  const pc = `${code.slice(0, 2)}0000`;
  return [...provinceNames().byName.values()].find((p) => p.provinceCode === pc) ?? null;
}

/** The issuing body's own area when the head names it with its government or office. */
export function issuerPlace(text: string): IssuerPlace | null {
  const head = text.slice(0, HEAD);
  const full = [...provinceNames().fullNames.keys()].sort((a, b) => b.length - a.length);
  // Only where the issuer is written: at the start of a line (title line, issuer line, signature) or
  // after the page's 来源 / 发布机构. A city named inside an item or a cited document is not the issuer.
  const re = /(?:^|\n|(?:信息来源|来源|发布机构|发文机关)\s*[:：]\s*)[ \t]*([\u4e00-\u9fff]{1,10}?(?:市|县|区|旗|州|盟|省|自治区))(?:人民政府|政府|委员会|办公室|办公厅|党委)/gu;
  for (const m of head.matchAll(re)) {
    let name = m[1];
    // 湖北省监利市人民政府: the shortest trailing division name decides.
    for (const f of full) if (name.startsWith(f) && name.length > f.length) name = name.slice(f.length);
    const province = provinceNames().fullNames.get(name);
    if (province) return { code: province.provinceCode, name, level: 'province', province };
    for (let k = 0; k < name.length - 1; k++) {
      const hits = places().get(name.slice(k));
      if (!hits) continue;
      if (hits.length !== 1) break; // 朝阳区 (北京, 长春): the name alone does not tell
      const p = provinceOf(hits[0].code);
      if (p) return { code: hits[0].code, name: name.slice(k), level: hits[0].level, province: p };
    }
  }
  return null;
}

export function isNational(text: string): boolean {
  const head = text.slice(0, HEAD);
  return NATIONAL_NUMBER.test(head) || NATIONAL_ISSUER.test(head);
}

/** Level of government from the addressee line, the genre's one-level-down convention. */
export function scopeFromAddressees(text: string): DocumentScope | null {
  const head = text.slice(0, HEAD);
  if (/各省、自治区、直辖市人民政府/.test(head)) return 'national';
  if (/各(?:市|州|盟)[、(]?(?:州|县|市)?[^,。]{0,8}人民政府[,，]\s*省(?:人民)?政府/.test(head) || /省(?:人民)?政府各(?:部门|委、厅、局)/.test(head)) return 'province';
  if (/各(?:区|县)[(（]?(?:市|区|县)?[^,。]{0,6}人民政府[,，]?\s*市(?:人民)?政府|市(?:人民)?政府各(?:部门|委办局)|各旗、县、区人民政府/.test(head)) return 'city';
  if (/各(?:乡|镇)[、镇]?[^,。]{0,6}(?:人民政府|政府)|街道办事处|县(?:人民)?政府各(?:部门|工作部门)|区(?:人民)?政府各(?:部门|委办局)/.test(head)) return 'county';
  return null;
}
