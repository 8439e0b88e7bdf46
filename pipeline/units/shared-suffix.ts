// Shared suffixes: 武汉市、黄石市、……潜江市人民政府 lists several city governments and writes
// 人民政府 once, after the last city (003). Each preceding place in the run gets the suffix.
// Only a run of place names directly before the suffixed piece is expanded, so in
// 省发改委、武汉市人民政府 nothing changes, and in 长江中游城市群相关城市、恩施州人民政府 both the
// collective (…相关城市人民政府) and 恩施州人民政府 come out whole.

const SUFFIXES = ['人民政府', '政府'];
/** A place name ends with an administrative level: 市, 州, 县, 区 (incl. 林区 神农架), 盟, 旗, 地区. */
const PLACE_END = /(?:市|州|县|区|盟|旗)$/;

export interface SuffixedPiece {
  text: string;
  /** The suffix appended, when the piece borrowed the last piece's suffix. */
  borrowed: string | null;
}

/**
 * Bodies whose kind word is written once after a run of names: 人民大垸、荒湖管理区 (two 管理区),
 * 高新区、经开区管委会. A preceding piece borrows it only when it is not a unit name on its own.
 */
const BODY_SUFFIXES = ['管理委员会', '管委会', '管理区', '开发区', '街道办事处', '办事处'];
/** A bare name that cannot be a unit by itself: no organisation ending at all. */
const UNIT_ENDING = /(?:厅|委|局|办|部|院|会|社|行|关|处|署|所|站|台|馆|校|队|团|联|司|室|组|中心|公司|集团|政府|单位|部门|机构|区|街道|乡|镇)$/;

/** A run's collective prefix, shared by a bare level after it: 相关市、县政府 → 相关市政府, 相关县政府. */
const SHARED_PREFIX = /^(相关|有关)/;
const BARE_LEVEL = /^(?:市|州|县|区|盟|旗)(?:人民政府|政府)$/;

export function expandSharedSuffix(pieces: string[], isPlace: (name: string) => boolean = () => false): SuffixedPiece[] {
  const out: SuffixedPiece[] = pieces.map((text) => ({ text, borrowed: null }));
  // Government suffixes: any piece may close a run (哈尔滨、黑河、绥芬河市政府 sits mid-list).
  for (let j = pieces.length - 1; j >= 1; j--) {
    const last = pieces[j];
    const suffix = SUFFIXES.find((s) => last.endsWith(s) && PLACE_END.test(last.slice(0, -s.length)));
    if (!suffix) continue;
    // 哈尔滨、黑河、绥芬河市政府: bare place names borrow the level too (哈尔滨市政府).
    const level = last.slice(0, -suffix.length).slice(-1);
    let i = j - 1;
    for (; i >= 0; i--) {
      const p = pieces[i];
      if (!PLACE_END.test(p) && isPlace(p + level) && !UNIT_ENDING.test(p)) {
        out[i] = { text: p + level + suffix, borrowed: level + suffix };
        continue;
      }
      if (!PLACE_END.test(p) || p.includes('政府') || p.startsWith('省') || out[i].borrowed) break;
      out[i] = { text: p + suffix, borrowed: suffix };
    }
    const runStart = i + 1;
    const prefix = runStart < j ? SHARED_PREFIX.exec(pieces[runStart])?.[1] : undefined;
    if (prefix && BARE_LEVEL.test(last)) out[j] = { text: prefix + last, borrowed: null };
    j = runStart;
  }
  const last = pieces[pieces.length - 1];
  if (!last || out.some((o) => o.borrowed)) return out;
  const body = BODY_SUFFIXES.find((s) => last.endsWith(s) && last.length > s.length);
  if (!body) return out;
  for (let i = pieces.length - 2; i >= 0; i--) {
    const p = pieces[i];
    if (UNIT_ENDING.test(p) || p.length < 2) break;
    out[i] = { text: p + body, borrowed: body };
  }
  return out;
}
