// Parsing the body of one unit clause (what sits between "(" and ")", or after a label) into units
// with roles. Layouts covered: 责任单位:A、B,C (groups by ",", units by "、"); 牵头单位:X;责任单位:Y;
// X牵头,Y、Z配合; 省发展改革委牵头,省商务厅、财政厅按职责分工负责.
import type { ParsedUnit } from './types';
import { LABEL_ALTERNATION, labelRole, splitVerb, type PendingRole } from './roles';
import { collectiveRanges, expandCollectiveRun, splitTopLevel, trimPiece } from './split';
import { expandSharedSuffix } from './shared-suffix';
import { normaliseUnitName } from './name';
import { elidedPrefix } from './elided-province';
import { looksLikeUnit } from './unit-shape';
import { loadDivisions } from '../places/divisions';

let divisionNames: Set<string> | null = null;
/** Whether a name is a prefecture or county as written (哈尔滨市, 绥芬河市), for shared suffixes. */
function isDivisionName(name: string): boolean {
  if (!divisionNames) {
    const d = loadDivisions();
    divisionNames = new Set([...d.prefectures, ...d.counties].map((x) => x.name));
  }
  return divisionNames.has(name);
}

export interface ParsedList {
  units: ParsedUnit[];
  /** Pieces that do not look like unit names (used to reject non-clauses, reported for labelled ones). */
  oddPieces: string[];
  /** Whether any segment carried a role word or label (牵头, 配合, 责任单位: …). */
  hasRoleWord: boolean;
  /** People named under 责任领导: / 分管省领导: — never units. */
  leaders: string[];
}

/**
 * 和 / 及 / 与 join two units ("…扶贫办等和各省级人民政府负责", "省财政厅及各市政府") but are also part
 * of names (工业和信息化部, 文化和旅游部, 县发展和改革局). Split only where both sides look like a unit
 * on their own (or the left ends with 等, closing an open-ended list).
 */
function splitConjunctions(piece: string): string[] {
  for (let i = 1; i < piece.length - 1; i++) {
    if (!'和及与'.includes(piece[i])) continue;
    const left = piece.slice(0, i);
    const right = piece.slice(i + 1);
    const leftOk = /等$/.test(left) ? left.length > 1 : looksLikeUnit(left);
    if (leftOk && (looksLikeUnit(right) || splitConjunctions(right).length > 1)) return [left, ...splitConjunctions(right)];
  }
  return [piece];
}

const OTHER_FIELD = /^[\u4e00-\u9fff]{2,6}:/;
const NOT_A_UNIT = /[0-9]|[年月]底|完成|之前|以前|以内|:/;
/** A time limit written in words after the units: 持续推进, 长期坚持, 年内完成 (国务院 division documents). */
const TIME_LIMIT = /^(?:持续|长期|逐步|分步|分阶段|年内|每年|定期|适时|按年度|按季度|常态化)[\u4e00-\u9fff]{0,6}$/;

/** "X会同有关部门负责": X leads, the units it works with support. */
const TOGETHER = /会同/;

const LEADING_LABEL = new RegExp(`^(${LABEL_ALTERNATION}):`);
const ROLE_MARK = /\((牵头|配合|协同|参与|协助)\)$/;
const DEPARTMENT_AFTER_PROVINCE = /^[\u4e00-\u9fff]{2,12}(?:厅|委|局|办|委员会|办公室)$/;

/**
 * @param body   ASCII-normalised clause body (see punctuation.ts)
 * @param raw    the same span of the original text (same length), for asWritten
 */
/** @param province the document's province (山西 or 山西省), to read 山西省财政厅 as 省财政厅 */
export function parseUnitList(body: string, raw: string, province: string): ParsedList {
  const provinceName = province.replace(/省$/, '');
  const pending: Array<{ unit: ParsedUnit; role: PendingRole }> = [];
  const oddPieces: string[] = [];
  const leaders: string[] = [];
  let hasRoleWord = false;
  let current: PendingRole = 'responsible-or-support';

  for (const seg of splitTopLevel(body, ',;').map(trimPiece)) {
    let text = seg.text;
    let offset = seg.start;
    const label = LEADING_LABEL.exec(text);
    // Another field of the same line (完成时限:2023年底, 备注:…): not units.
    if (!label && OTHER_FIELD.test(text)) continue;
    if (label) {
      current = labelRole(label[1]);
      hasRoleWord = true;
      offset += label[0].length;
      text = text.slice(label[0].length);
    }
    text = text.replace(/[。.\s]+$/, '');
    let role = current;
    const verb = splitVerb(text);
    if (verb) {
      role = verb.role;
      hasRoleWord = true;
      text = verb.units;
    }
    if (text.startsWith('由')) {
      text = text.slice(1);
      offset += 1;
    }
    if (!text.trim() || TIME_LIMIT.test(text.trim())) continue;
    if (role === 'leader') {
      leaders.push(...splitTopLevel(text, '、').map((p) => p.text.trim()).filter(Boolean));
      continue;
    }
    // X会同Y负责: split into the lead part and the support part, then read each as a segment.
    const together = TOGETHER.exec(text);
    const segments: Array<{ text: string; offset: number; role: PendingRole }> = together && together.index > 1
      ? [
          { text: text.slice(0, together.index), offset, role: 'lead' },
          { text: text.slice(together.index + together[0].length), offset: offset + together.index + together[0].length, role: 'support' },
        ]
      : [{ text, offset, role }];
    if (together && together.index > 1) hasRoleWord = true;
    for (const sg of segments) readPieces(sg.text, sg.offset, sg.role);
  }

  function readPieces(text: string, offset: number, role: PendingRole): void {
    const split = splitTopLevel(text, '、', collectiveRanges(text)).map(trimPiece).filter((p) => p.text);
    const conjoined = split.flatMap((p) => {
      const parts = splitConjunctions(p.text);
      if (parts.length === 1) return [p];
      let at = 0;
      return parts.map((t) => {
        const start = p.text.indexOf(t, at);
        at = start + t.length;
        return { text: t, start: p.start + start };
      });
    });
    // 各乡、镇人民政府: one written piece, one unit per level (all cite the piece as written).
    const pieces: Array<{ text: string; start: number; length?: number }> = conjoined.flatMap((p) =>
      expandCollectiveRun(p.text)?.map((text) => ({ text, start: p.start, length: p.text.length })) ?? [p]);
    const expanded = expandSharedSuffix(pieces.map((p) => normaliseUnitName(p.text).name), isDivisionName);
    pieces.forEach((piece, i) => {
      const written = raw.slice(offset + piece.start, offset + piece.start + (piece.length ?? piece.text.length));
      const { aliases } = normaliseUnitName(piece.text);
      let name = expanded[i].text;
      let pieceRole = role;
      // 省发展改革委(牵头)、省财政厅: a role written in brackets after one unit applies to that unit only.
      const marked = ROLE_MARK.exec(name);
      if (marked) {
        pieceRole = splitVerb(marked[1])?.role ?? role;
        name = name.slice(0, marked.index);
        hasRoleWord = true;
      }
      if (!name) return;
      if (name.startsWith(provinceName + '省') && DEPARTMENT_AFTER_PROVINCE.test(name.slice(provinceName.length + 1))) {
        name = name.slice(provinceName.length); // 山西省财政厅 in a Shanxi document is 省财政厅
      }
      const restored = elidedPrefix(name, pending[0]?.unit.name);
      if (restored) name = restored + name;
      // A deadline or a figure in a unit list ("省发改委,2023年底前完成") is never a unit, labelled or not.
      if (NOT_A_UNIT.test(name)) return;
      if (!looksLikeUnit(name)) oddPieces.push(name);
      const unit: ParsedUnit = { name, role: 'responsible', asWritten: written === name ? null : written };
      if (aliases.length) unit.aliases = aliases;
      pending.push({ unit, role: pieceRole });
    });
  }

  const hasLead = pending.some((p) => p.role === 'lead');
  // 责任部门:X 配合部门:Y — the unit that is responsible next to units that only support is the lead.
  const responsibleLeads = !hasLead && pending.some((p) => p.role === 'support');
  const units = pending.map(({ unit, role }) => ({
    ...unit,
    role: role === 'responsible-or-support' ? (hasLead ? 'support' : responsibleLeads ? 'lead' : 'responsible') : role,
  })) as ParsedUnit[];
  return { units, oddPieces, hasRoleWord, leaders };
}
