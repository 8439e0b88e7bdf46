// The words that give a unit its role. 牵头 → lead; 配合/协同/参与/协助 → support; a list with no role
// word → responsible (source order kept). 责任单位 next to 牵头单位 in the same clause, and
// "…按职责分工负责" after a 牵头 unit, are the co-responsible units: support, not a second lead.

/** A role still waiting for the clause: 'responsible' unless the clause names a lead. */
export type PendingRole = 'lead' | 'support' | 'responsible-or-support' | 'leader';

/** Labels written before a colon: 牵头单位:… */
export const LABELS: Array<{ label: string; role: PendingRole }> = [
  { label: '牵头责任单位', role: 'lead' },
  { label: '牵头责任部门', role: 'lead' },
  { label: '牵头单位', role: 'lead' },
  { label: '牵头部门', role: 'lead' },
  { label: '主责单位', role: 'lead' },
  { label: '主责部门', role: 'lead' },
  { label: '协同责任单位', role: 'support' },
  { label: '配合责任单位', role: 'support' },
  { label: '配合单位', role: 'support' },
  { label: '配合部门', role: 'support' },
  { label: '参与单位', role: 'support' },
  { label: '参与部门', role: 'support' },
  { label: '协同单位', role: 'support' },
  { label: '协同部门', role: 'support' },
  { label: '协助单位', role: 'support' },
  { label: '协办单位', role: 'support' },
  { label: '主办单位', role: 'lead' },
  { label: '主办部门', role: 'lead' },
  { label: '主办', role: 'lead' },
  { label: '协办单位', role: 'support' },
  { label: '协办部门', role: 'support' },
  { label: '协办', role: 'support' },
  { label: '协同部门', role: 'support' },
  { label: '协助部门', role: 'support' },
  { label: '责任单位', role: 'responsible-or-support' },
  { label: '责任部门', role: 'responsible-or-support' },
  { label: '承办单位', role: 'responsible-or-support' },
  { label: '实施单位', role: 'responsible-or-support' },
  { label: '责任主体', role: 'responsible-or-support' },
  { label: '部门分工', role: 'responsible-or-support' },
  // Short forms: (牵头:省发改委;配合:省财政厅).
  { label: '牵头', role: 'lead' },
  { label: '主责', role: 'lead' },
  { label: '配合', role: 'support' },
  { label: '协同', role: 'support' },
  { label: '参与', role: 'support' },
  { label: '责任', role: 'responsible-or-support' },
  // People, not units: kept as the task's leaders.
  { label: '责任领导', role: 'leader' },
  { label: '牵头领导', role: 'leader' },
  { label: '联系领导', role: 'leader' },
  { label: '分管领导', role: 'leader' },
  { label: '分管省领导', role: 'leader' },
  { label: '分管市领导', role: 'leader' },
  { label: '分管县领导', role: 'leader' },
  { label: '分管区领导', role: 'leader' },
  { label: '牵头省领导', role: 'leader' },
  { label: '牵头市领导', role: 'leader' },
  { label: '责任人', role: 'leader' },
];
// Longest first, so 协办单位 wins over 协办 and 分管省领导 over nothing shorter.
LABELS.sort((a, b) => b.label.length - a.label.length);

export const LABEL_ALTERNATION = LABELS.map((l) => l.label).join('|');

/** Role words written after the units: 省发展改革委牵头, 省商务厅配合, …按职责分工负责. Longest first. */
export const VERBS: Array<{ verb: string; role: PendingRole }> = (
  [
    { verb: '按职责分工负责', role: 'responsible-or-support' },
    { verb: '按职责分工落实', role: 'responsible-or-support' },
    { verb: '按照职责分工负责', role: 'responsible-or-support' },
    { verb: '按职责负责', role: 'responsible-or-support' },
    { verb: '分工负责', role: 'responsible-or-support' },
    { verb: '分别负责', role: 'responsible-or-support' },
    { verb: '共同负责', role: 'responsible-or-support' },
    { verb: '负责落实', role: 'responsible-or-support' },
    { verb: '负责', role: 'responsible-or-support' },
    { verb: '牵头负责', role: 'lead' },
    { verb: '分别牵头', role: 'lead' },
    { verb: '牵头落实', role: 'lead' },
    { verb: '牵头实施', role: 'lead' },
    { verb: '牵头推进', role: 'lead' },
    { verb: '牵头组织', role: 'lead' },
    { verb: '主办', role: 'lead' },
    { verb: '协办', role: 'support' },
    { verb: '配合实施', role: 'support' },
    { verb: '积极配合', role: 'support' },
    { verb: '等配合', role: 'support' },
    { verb: '具体负责', role: 'responsible-or-support' },
    { verb: '组织实施', role: 'responsible-or-support' },
    { verb: '抓好落实', role: 'responsible-or-support' },
    { verb: '分别落实', role: 'responsible-or-support' },
    { verb: '负责牵头', role: 'lead' },
    { verb: '牵头', role: 'lead' },
    { verb: '配合落实', role: 'support' },
    { verb: '共同参与', role: 'support' },
    { verb: '配合', role: 'support' },
    { verb: '协同', role: 'support' },
    { verb: '参与', role: 'support' },
    { verb: '协助', role: 'support' },
  ] as Array<{ verb: string; role: PendingRole }>
).sort((a, b) => b.verb.length - a.verb.length);

export function labelRole(label: string): PendingRole {
  const found = LABELS.find((l) => l.label === label);
  if (!found) throw new Error(`unknown unit label: ${label}`);
  return found.role;
}

/** The role verb a segment ends with, and the segment without it. */
export function splitVerb(segment: string): { units: string; role: PendingRole } | null {
  for (const v of VERBS) {
    if (segment.endsWith(v.verb)) return { units: segment.slice(0, -v.verb.length), role: v.role };
  }
  return null;
}
