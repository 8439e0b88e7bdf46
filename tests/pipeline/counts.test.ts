// The sanity counts stated for the corpus (issue 2): numbering reconciles to exactly these.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../pipeline/document/build-document';
import { loadDocumentMeta } from '../../pipeline/meta';
import { loadCorrections } from '../../pipeline/text/load-corrections';

const root = join(import.meta.dirname, '../..');
const metas = loadDocumentMeta(join(root, 'data/documents.json'));
function build(id: string) {
  const meta = metas.find((m) => m.id.startsWith(id))!;
  const file = `data/raw/${meta.id}.txt`;
  return buildDocument(readFileSync(join(root, file)), meta, { file, corrections: loadCorrections(join(root, 'data/corrections'), meta.id) }).doc;
}
function countBy(doc: ReturnType<typeof build>, key: (t: ReturnType<typeof build>['tasks'][number]) => string) {
  const m: Record<string, number> = {};
  for (const t of doc.tasks) m[key(t)] = (m[key(t)] ?? 0) + 1;
  return m;
}

describe('corpus sanity counts', () => {
  it('000 has 32 numbered tasks in 二、, every one with units', () => {
    const doc = build('000');
    expect(countBy(doc, (t) => t.path[0])).toEqual({ 二: 32 });
    expect(doc.tasks.every((t) => t.units.length > 0 && t.units.every((u) => u.role === 'responsible'))).toBe(true);
  });
  it('001 has 20 重大改革, 40 重大事项 and 5 重大课题 (the topics name no units)', () => {
    const doc = build('001');
    expect(countBy(doc, (t) => t.kind)).toEqual({ reform: 20, matter: 40, research: 5 });
    expect(doc.tasks.filter((t) => t.kind === 'research').every((t) => !t.unitsStated)).toBe(true);
    expect(doc.tasks.filter((t) => t.kind !== 'research').every((t) => t.units.length > 0 && t.units.every((u) => u.role === 'lead'))).toBe(true);
  });
  it('003 has 4 indicators, 27 tasks and 23 project items', () => {
    const doc = build('003');
    expect(countBy(doc, (t) => t.kind)).toEqual({ indicator: 4, task: 27, project: 23 });
  });
  it('002 and 004 name no responsible units', () => {
    for (const id of ['002', '004']) expect(build(id).tasks.every((t) => !t.unitsStated)).toBe(true);
  });
  it('every citation quotes the cleaned text at its offsets', () => {
    for (const id of ['000', '001', '002', '003', '004']) {
      const doc = build(id);
      for (const t of doc.tasks) {
        // A task's span is the whole item; its quote is the title sentence inside it.
        const span = doc.text.slice(t.citation.start, t.citation.end);
        expect(span).toContain(t.title.slice(0, 8));
        expect(span).toContain(t.citation.quote);
      }
      for (const i of doc.indicators) expect(doc.text.slice(i.citation.start, i.citation.end)).toBe(i.citation.quote);
    }
  });
});
