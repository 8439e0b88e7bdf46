// Names the measure of each figure in a clause from the words around it:
// - subject + verb + figure (常住人口城镇化率达到67%): the subject is the name;
// - verb + figure + object (完成660公里雨污合流管网改造): the object joins the name;
// - rates of change keep their verb (全社会研发经费投入年均增长), so a growth target never
//   shares a name with a level of the same thing (and is never linked to it as a baseline);
// - a clause with no subject (同比增长26.1%) takes the subject of the figure before it;
// - figures in a list (3个国家级、4个省级区域医疗中心建设; 分别增长11.6%、11.7%) share the words
//   around the list, each with its own modifier or its own part of the 、-joined subject.
// Fillers (到2025年, 力争, 确保, 预计, 推进 …) and comparator words are stripped.

export interface Figure {
  /** Offsets within the clause: start of the number, end after unit and comparator suffix. */
  start: number;
  end: number;
}

export interface NamedFigure {
  name: string;
  /** The name without its change verb, handed on to a following clause that has no subject. */
  subject: string;
  /** The verb of change (增长, 年均增长, 下降 …) when the figure is a change, else null. */
  change: string | null;
}

const LEADING_FILLER =
  /^(?:[、,:和及与\s]|\d+[.﹒](?!\d)|\(\d+\)|[一二三四五六七八九十]+、|到\d{4}年(?:底|末)?|\d{4}(?:\s*[-—]\s*\d{4})?年(?:底前|底|末|前)?的?|“?十[三四五]五”?(?:期间|时期|末)|今年|全年|实现|力争|确保|努力|争取|预计|其中|同比|集中精力|集中|全力|加快推进|加快|推动|推进|进一步|持续|再)/;
const TRAILING_FILLER = /(?:预计|力争|确保|将|要|稳定|基本|全面|分别|均|的|了)$/;
const CHANGE_AT_END = /(年均|累计|每年|平均|同比)?(?:分别)?(增长|下降|降低|减少|提高|提升|增加|上涨|扩大)(?:了)?(?:约|近)?$/;
const LEVEL_AT_END =
  /(?:达到|达|突破|超过|超|逾|(?:提高|提升|增加|增长|下降|降低|减少|缩小|扩大)(?:到|至)|增至|降至|控制在|保持在|稳定在|迈上|占到?(?:全[省国市])?的?|为|不低于|不少于|不小于|至少有?|不高于|不超过|低于|高于|约|近|接近)$/;
const BARE_PREPOSITION = /^(?:对|向|把|为)$/;
const RIGHT_NOISE = /^(?:新台阶|台阶|大关|关口|的?水平|目标)$/;
// B-type names (verb + figure + object) keep only the last action verb before the figure:
// 围绕全省企业、社会发展需求支持建设100个高职省级重点专业 → 建设高职省级重点专业.
const ACTION_VERB =
  /开工建设|开工改造|新改建|建设改造|推出实施|续建|新建|建成|建设|建立|设立|打造|培育|组建|重组|完成|实施|推出|转让|改造|拆除|培训|引进|认定|确定|办好/g;
const MEASURE_NOUN = /(?:增加值|收入|规模|面积|产量|投资|比重|占比|总额|数量)$/;

function stripLeading(s: string): string {
  let prev;
  do {
    prev = s;
    s = s.replace(LEADING_FILLER, '');
  } while (s !== prev);
  return s;
}

function stripTrailing(s: string): string {
  let prev;
  do {
    prev = s;
    s = s.replace(TRAILING_FILLER, '').replace(LEVEL_AT_END, '');
  } while (s !== prev && s.length > 0);
  return s;
}

/** Splits the words before a figure into subject and change verb. */
function readLeft(left: string): { subject: string; change: string | null } {
  let s = stripLeading(left.trim());
  let change: string | null = null;
  const m = CHANGE_AT_END.exec(s);
  if (m) {
    change = (m[1] && m[1] !== '同比' ? m[1] : '') + m[2];
    s = s.slice(0, m.index);
  }
  const subject = stripTrailing(stripLeading(stripTrailing(s)));
  // a lone preposition before the figure (对17项民生政策进行提标扩面) opens the object, it is no subject
  return { subject: BARE_PREPOSITION.test(subject) ? '' : subject, change };
}

/** The object written right after the figure (660公里雨污合流管网改造); a 、 ends it, since what
 * follows a 、 is the next item (产量达到13亿吨、位居全国第一). */
function cleanRight(right: string): string {
  const r = right.split('、')[0].trim();
  return RIGHT_NOISE.test(r) ? '' : r;
}

const GROUP_LINK = /^([^,。;、和及与]{0,20})(?:、|和|及|与)$/;

export function nameFigures(clause: string, figures: Figure[], inherited: string | null): NamedFigure[] {
  const out: NamedFigure[] = [];
  let i = 0;
  let carried = inherited;
  while (i < figures.length) {
    // a group: figures joined only by a short modifier and 、/和 (no verb between them)
    let j = i;
    const own: string[] = [];
    while (j + 1 < figures.length) {
      const between = clause.slice(figures[j].end, figures[j + 1].start);
      const g = GROUP_LINK.exec(between);
      if (!g) break;
      own.push(g[1].replace(/\([^)]*\)/g, ''));
      j++;
    }
    const leftStart = i === 0 ? 0 : figures[i - 1].end;
    const { subject, change } = readLeft(clause.slice(leftStart, figures[i].start));
    const lastRightEnd = j + 1 < figures.length ? figures[j + 1].start : clause.length;
    const lastRight = cleanRight(clause.slice(figures[j].end, lastRightEnd));
    const names = groupNames(subject, own, lastRight, j - i + 1);
    for (const n of names) {
      // a [k/n] marker (分别 lists whose subject does not split) goes after the change verb
      const marker = /\[\d+\/\d+\]$/.exec(n)?.[0] ?? '';
      const base = n.slice(0, n.length - marker.length) || carried || '';
      out.push({ name: base + (change ?? '') + marker, subject: base, change });
    }
    if (names[names.length - 1]) carried = names[names.length - 1];
    i = j + 1;
  }
  return out;
}

// A subject that names two populations in one word, read in the fixed order the statistics use:
// 城乡居民人均可支配收入分别增长10460元、5700元 (004) is 城镇居民… then 农村居民… — the same
// report names them so in its 2023 targets (城镇居民人均可支配收入增速…农村居民人均可支配收入增速).
const PAIRED_PREFIXES: [RegExp, [string, string]][] = [[/^城乡(?=居民)/, ['城镇', '农村']]];

function pairedParts(subject: string, size: number): string[] | null {
  if (size !== 2 || subject.includes('、')) return null;
  for (const [re, pair] of PAIRED_PREFIXES) {
    if (re.test(subject)) return pair.map((p) => subject.replace(re, p));
  }
  return null;
}

/** Names (without change verb) for a run of `size` figures sharing `subject` and `lastRight`. */
function groupNames(subject: string, own: string[], lastRight: string, size: number): string[] {
  const withRight = (s: string, r: string) => {
    if (!r) return stripTrailing(s);
    const verbs = [...s.matchAll(ACTION_VERB)];
    const from = verbs.length ? verbs[verbs.length - 1].index! : 0;
    return stripTrailing(s.slice(from) + r);
  };
  if (size === 1) return [withRight(subject, lastRight)];
  if (own.every((o) => o === '')) {
    // 分别 lists: the subject's 、-parts pair with the figures when the counts agree
    const parts = pairedParts(subject, size) ?? subject.split('、');
    if (parts.length === size) {
      const noun = MEASURE_NOUN.exec(parts[size - 1])?.[0] ?? '';
      return parts.map((p) => (noun && !MEASURE_NOUN.test(p) ? p + noun : p) + lastRight);
    }
    return Array.from({ length: size }, (_, k) => `${withRight(subject, lastRight)}[${k + 1}/${size}]`);
  }
  // 3个国家级、4个省级区域医疗中心建设: the last figure's words after its own modifier are shared
  return [...own, lastRight].map((o, k) => {
    if (k === size - 1) return withRight(subject, lastRight);
    const cut = o ? lastRight.indexOf(o[o.length - 1]) : -1;
    const tail = cut >= 0 && cut < 6 ? lastRight.slice(cut + 1) : '';
    return withRight(subject, o + tail);
  });
}
