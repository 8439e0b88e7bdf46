// Text measures for label layout without a DOM. Noto Sans CJK (the font we ship to projectors)
// sets every Han character on a full em; Latin digits and letters are narrower — 0.62 em covers
// the widest of them, so estimates err on the side of more space, never overlap.
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? fontSize : fontSize * 0.62;
  return w;
}

/**
 * The name as a presenter says it: 长治市 → 长治, 恩施土家族苗族自治州 → 恩施州, 神农架林区 → 神农架,
 * 大兴安岭地区 → 大兴安岭. Districts (…区) and leagues (…盟) keep their full names; single-character
 * stems keep the suffix (a one-character label reads as a typo).
 */
// The 55 minority nationalities as named in GB/T 3304 (without 族), longest first so 土家 wins over 土.
const NATIONALITIES = '维吾尔|柯尔克孜|乌孜别克|哈萨克|达斡尔|鄂温克|鄂伦春|俄罗斯|塔吉克|塔塔尔|蒙古|布依|朝鲜|土家|哈尼|傈僳|拉祜|东乡|纳西|景颇|仫佬|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|德昂|保安|裕固|独龙|赫哲|门巴|珞巴|基诺|高山|回|藏|苗|彝|壮|满|侗|瑶|白|傣|黎|佤|畲|水|土|羌|怒|京';
const AUTONOMOUS = new RegExp(`^(.+?)(?:(?:${NATIONALITIES})族)+自治(州|县)$`);

export function shortName(name: string): string {
  const auto = AUTONOMOUS.exec(name);
  if (auto) return `${auto[1]}${auto[2]}`;
  for (const suffix of ['林区', '地区', '市']) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length);
  }
  return name;
}
