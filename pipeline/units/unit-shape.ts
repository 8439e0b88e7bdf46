// Whether a piece of text looks like the name of a responsible unit. Used to decide whether an
// unlabelled parenthesis or sentence (省发展改革委牵头,省商务厅配合) is a unit list at all, so that
// (PPP), (山西段), (国函〔2016〕204号) or "坚持政府引导,市场运作" are never read as units.

/** Endings of organisation names: departments, Party organs, central agencies, governments, bodies. */
const UNIT_END =
  /(?:厅|委|局|办|部|院|会|社|行|关|处|署|所|站|台|馆|校|队|团|联|司|室|组|中心|公司|集团|政府|单位|部门|机构|小组|委员会|办公室|总队|支队|中央|指挥部)$/;
/** Prefixes that make a phrase a policy statement, not a name. */
const NOT_A_NAME = /^(?:坚持|加强|推进|推动|支持|鼓励|引导|建立|完善|实施|开展|发挥|各级|全面|积极|进一步)/;

/** Collectives named by area, not by organisation: 各地区, 有关地区 (国务院 division documents). */
const AREA_COLLECTIVE = /^(?:各|有关|相关)(?:地区|地方)$/;
/** 各级人民政府, 各级党委和政府: 各级 opens a collective of governments, not a policy phrase. */
const LEVELS_COLLECTIVE = /^各级.{0,6}(?:政府|党委|部门)$/;

export function looksLikeUnit(name: string): boolean {
  if (AREA_COLLECTIVE.test(name)) return true;
  if (name.length < 3 || name.length > 40) return false;
  if (/[0-9。:;,!?“”《》]/.test(name)) return false;
  if (LEVELS_COLLECTIVE.test(name)) return true;
  if (NOT_A_NAME.test(name)) return false;
  return UNIT_END.test(name);
}
