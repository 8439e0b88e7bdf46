// Parsing the body of one unit clause (what sits between "(" and ")", or after a label) into units
// with roles. Layouts covered: 责任单位:A、B,C (groups by ",", units by "、"); 牵头单位:X;责任单位:Y;
// X牵头,Y、Z配合; 省发展改革委牵头,省商务厅、财政厅按职责分工负责.
import type { ParsedUnit } from './types';
import { LABEL_ALTERNATION, labelRole, splitVerb, type PendingRole } from './roles';
import { collectiveRanges, splitTopLevel, trimPiece } from './split';
import { expandSharedSuffix } from './shared-suffix';
import { normaliseUnitName } from './name';
import { shouldRestoreProvince } from './elided-province';
import { looksLikeUnit } from './unit-shape';

export interface ParsedList {
  units: ParsedUnit[];
  /** Pieces that do not look like unit names (used to reject non-clauses, reported for labelled ones). */
  oddPieces: string[];
  /** Whether any segment carried a role word or label (牵头, 配合, 责任单位: …). */
  hasRoleWord: boolean;
}

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
  let hasRoleWord = false;
  let current: PendingRole = 'responsible-or-support';

  for (const seg of splitTopLevel(body, ',;').map(trimPiece)) {
    let text = seg.text;
    let offset = seg.start;
    const label = LEADING_LABEL.exec(text);
    if (label) {
      current = labelRole(label[1]);
      hasRoleWord = true;
      offset += label[0].length;
      text = text.slice(label[0].length);
    }
    text = text.replace(/[。.]$/, '');
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
    if (!text.trim()) continue;

    const pieces = splitTopLevel(text, '、', collectiveRanges(text)).map(trimPiece).filter((p) => p.text);
    const expanded = expandSharedSuffix(pieces.map((p) => normaliseUnitName(p.text).name));
    pieces.forEach((piece, i) => {
      const written = raw.slice(offset + piece.start, offset + piece.start + piece.text.length);
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
      if (shouldRestoreProvince(name, pending[0]?.unit.name)) name = '省' + name;
      if (!looksLikeUnit(name)) oddPieces.push(name);
      const unit: ParsedUnit = { name, role: 'responsible', asWritten: written === name ? null : written };
      if (aliases.length) unit.aliases = aliases;
      pending.push({ unit, role: pieceRole });
    });
  }

  const hasLead = pending.some((p) => p.role === 'lead');
  const units = pending.map(({ unit, role }) => ({
    ...unit,
    role: role === 'responsible-or-support' ? (hasLead ? 'support' : 'responsible') : role,
  })) as ParsedUnit[];
  return { units, oddPieces, hasRoleWord };
}
