// Assignments written as prose, with no numbering at all: a meeting report or a leader's speech
// that says "由X牵头,A、B配合,在9月底前完成…;由Y牵头,…". Each such clause is one task; its title is
// the work it assigns (完成…), its units what the clause names. Read only when a document has no
// numbered items and no task table, so the closing paragraphs of a numbered plan
// ("海关总署要继续做好牵头工作") never become tasks.
import type { Container, SourceLine } from './outline';
import type { TaskCandidate } from './tasks';

/** One assignment: optional 由, the lead units, 牵头(负责), then optionally supporting units + 配合. */
const ASSIGNMENT = /(?:由)([^,;。:由]{2,60}?)(?:牵头负责|牵头)(?:[,，]([^;。由]{2,200}?)(?:等(?:部门|单位)?)?(?:配合|协助|参与))?[,，]?([^;。]*)/g;

export function proseCandidates(lines: SourceLine[]): TaskCandidate[] {
  const part: Container = { level: 'heading', label: '', title: '', line: 0, inlineBody: false, items: [], paragraphs: [], sections: [], lastLine: 0 };
  const out: TaskCandidate[] = [];
  lines.forEach((line, i) => {
    for (const m of line.text.matchAll(ASSIGNMENT)) {
      const work = m[3].trim();
      if (!work) continue;
      const start = line.start + m.index;
      const end = start + m[0].length;
      // The work, without its deadline phrase: "在9月底前完成…" → "完成…".
      const title = work.replace(/^(?:要|务必|必须)?(?:在|于)[^,，完]{1,20}(?:前|内)[,，]?/, '').trim() || work;
      // The units are exactly the two captured lists, read with the role their verb gives.
      const at = (k: number) => line.start + m.index + m[0].indexOf(m[k], m[0].indexOf('由') + 1);
      const units: NonNullable<TaskCandidate['cells']>['units'] = [{ start: at(1), end: at(1) + m[1].length, role: 'lead' }];
      if (m[2]) units.push({ start: at(2), end: at(2) + m[2].length, role: 'support' });
      out.push({
        path: [String(out.length + 1)], kind: 'task', part, section: null, lines: [i], bodyOffset: 0,
        numbering: 'paragraph', needsUnits: true, span: [start, end], title, cells: { units, leaders: [] },
      });
    }
  });
  return out;
}
