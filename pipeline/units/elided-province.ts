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
