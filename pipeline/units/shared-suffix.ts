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

export function expandSharedSuffix(pieces: string[]): SuffixedPiece[] {
  const out: SuffixedPiece[] = pieces.map((text) => ({ text, borrowed: null }));
  const last = pieces[pieces.length - 1];
  if (!last) return out;
  const suffix = SUFFIXES.find((s) => last.endsWith(s) && PLACE_END.test(last.slice(0, -s.length)));
  if (!suffix) return out;
  for (let i = pieces.length - 2; i >= 0; i--) {
    const p = pieces[i];
    if (!PLACE_END.test(p) || p.includes('政府') || p.startsWith('省')) break;
    out[i] = { text: p + suffix, borrowed: suffix };
  }
  return out;
}
