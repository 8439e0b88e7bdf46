// Normalising one unit name as written into the name the registry and the app use.
// Decisions (seeds README, issue 2d):
// - 〈…〉 is an annotation naming the office a department hosts (省煤炭厅〈省煤炭工业深化改革稳定运行
//   领导小组办公室〉): the name is the department, the annotation is kept as an alias.
// - 〔〕 inside a name is a bracket used where () would be ambiguous in typesetting:
//   中国〔太原〕煤炭交易中心 is the same body as 中国(太原)煤炭交易中心.
// - Trailing 等 / 等相关部门 / 等有关部门 / 等单位 close an open-ended list; they are not part of the name.
// - An ellipsis marks elided units; it is never part of a name.

export interface NormalisedName {
  name: string;
  aliases: string[];
}

const TRAILING_ETC = /等(?:相关|有关|其他|其它)?(?:部门|单位|机构)?$/;
const ELLIPSIS = /…+|\.{3,}|⋯+/g;

export function normaliseUnitName(raw: string): NormalisedName {
  const aliases: string[] = [];
  let name = raw.replace(ELLIPSIS, '');
  name = name.replace(/〈([^〉]*)〉/g, (_m, inner: string) => {
    const alias = inner.trim();
    if (alias) aliases.push(alias.replace(/〔/g, '(').replace(/〕/g, ')'));
    return '';
  });
  name = name.replace(/〔/g, '(').replace(/〕/g, ')').replace(/\s+/g, '');
  // Only strip 等 when a name remains (a unit called just "等…" would be a parsing error upstream).
  const stripped = name.replace(TRAILING_ETC, '');
  if (stripped.length >= 2) name = stripped;
  return { name, aliases };
}
