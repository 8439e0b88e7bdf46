// Restoring an elided 省: task-division documents write
// (省发展改革委牵头,省商务厅、财政厅……按职责分工负责) — after the first provincial unit the 省 is
// often left off. A bare name is restored to 省X only when
// - the clause's first unit is provincial (starts with 省), and
// - the bare name has the shape of a provincial department (ends 厅/委/局/办, short), and
// - it does not start with a place name or a national prefix: 太原海关, 山西证监局, 湖北银保监局,
//   山西能监办, 国家税务总局… are central bodies in the province, never 省….
import { loadDivisions } from '../places/divisions';

const { provinces, prefectures } = loadDivisions();

/** Strip the level so 山西省 → 山西, 太原市 → 太原, 恩施土家族苗族自治州 → 恩施. */
function shortPlace(name: string): string {
  return name
    .replace(/(?:维吾尔|壮族|回族)?自治区$/, '')
    .replace(/(?:[\u4e00-\u9fff]{1,6}族)+自治州$/, '')
    .replace(/(?:省|市|地区|盟|林区)$/, '');
}

const PLACE_PREFIXES: string[] = [...provinces, ...prefectures]
  .map((p) => shortPlace(p.name))
  .filter((n) => n.length >= 2 && n !== '市辖');

const NATIONAL = /^(?:国家|中国|中央|全国|人行|人民银行)/;
const DEPARTMENT_SHAPE = /^[\u4e00-\u9fff]{2,10}(?:厅|委|局|办)$/;

export function startsWithPlace(name: string): boolean {
  return PLACE_PREFIXES.some((p) => name.startsWith(p));
}

/** Whether `bare` should become 省+bare, given the clause's first unit name. */
export function shouldRestoreProvince(bare: string, firstUnit: string | undefined): boolean {
  if (!firstUnit || !firstUnit.startsWith('省')) return false;
  if (/^[省市县区州各]/.test(bare)) return false;
  if (!DEPARTMENT_SHAPE.test(bare)) return false;
  return !NATIONAL.test(bare) && !startsWithPlace(bare);
}

/** Prefixes of a unit list's first unit that later units of the same level may leave off. */
const LEVEL_PREFIX = /^(自治区|省|市|县|区)/;
/** Department shapes per level: 厅 is provincial only; city and county bodies are 局/委/办. */
const SHAPE_BY_PREFIX: Record<string, RegExp> = {
  自治区: DEPARTMENT_SHAPE,
  省: DEPARTMENT_SHAPE,
  市: /^[\u4e00-\u9fff]{2,10}(?:局|委|办)$/,
  县: /^[\u4e00-\u9fff]{2,10}(?:局|委|办)$/,
  区: /^[\u4e00-\u9fff]{2,10}(?:局|委|办)$/,
};

/**
 * The prefix to restore on a bare name, from the list's first unit (自治区农牧厅、财政厅 → 自治区财政厅;
 * 市发改委、财政局 → 市财政局), or null. Never invented where the first unit has none (城建局、农海局).
 */
export function elidedPrefix(bare: string, firstUnit: string | undefined): string | null {
  // 市场监管总局 and 区域… start with 市/区 but carry no level prefix.
  const prefix = firstUnit && !/^(?:市场|市政府?$|区域|县域)/.test(firstUnit) ? LEVEL_PREFIX.exec(firstUnit)?.[1] : undefined;
  if (!prefix) return null;
  // 区 as a prefix only when the list's own first unit reads 区X局 (区政务服务局), not 区域… or 区县….
  if (prefix === '区' && !/^区[^域县级]/.test(firstUnit as string)) return null;
  if (/^(?:自治区|[省市县区州各])/.test(bare)) return null;
  if (!SHAPE_BY_PREFIX[prefix].test(bare)) return null;
  return NATIONAL.test(bare) || startsWithPlace(bare) ? null : prefix;
}
