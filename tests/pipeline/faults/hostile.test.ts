// Issue 13.5: bidi overrides and isolates, zero-width characters and C0/C1 controls are removed in
// the clean stage before anything reads the text, each removal recorded in the quality report; line
// numbers and the raw-line map stay exact; nothing printed carries a raw control byte.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentQuality, policyDocument } from '../../../src/shared/schema';
import { cleanDocument, lineOfOffset } from '../../../pipeline/text/clean';
import { InputError } from '../../../pipeline/errors';
import { escapeHidden, stripHidden } from '../../../pipeline/text/hostile';
import { corpus, json, RAW_CONTROL, type Corpus } from './harness';

const ID = '000_63401f67e2388d77';
// A small document of the genre with payloads: a reversed unit name (省\u202e厅政财 renders as 省财政厅),
// a zero-width space and joiner inside names, an isolate pair, a BOM mid-text, ESC/BEL/C1 bytes.
const HOSTILE = [
  '山西省测试\u2066工作\u2069方案',
  '一、重点任务',
  '(一)交\u200b通。',
  '1.建设铁路。(责任单位:省\u202e厅政财\u202c、省交通\u200d运输厅)\u001b[2J\u0007',
  '2.建设公路\ufeff。(责任单位:省交通运输厅)\u0085',
  '',
].join('\n');

describe('hidden characters in a document', { timeout: 60_000 }, () => {
  let c: Corpus;
  let lines: string[];
  beforeAll(async () => {
    c = corpus([ID]);
    c.write(`data/raw/${ID}.txt`, HOSTILE);
    ({ lines } = await c.build());
  }, 60_000);

  it('are gone from the text, the tasks and the unit names', () => {
    const doc = policyDocument.parse(json(join(c.out, `docs/${ID}.json`)));
    expect(doc.text).not.toMatch(RAW_CONTROL);
    expect(doc.rawLines.join('\n')).not.toMatch(RAW_CONTROL);
    expect(doc.tasks.flatMap((t) => t.units.map((u) => u.name))).toEqual(['省厅政财', '省交通运输厅', '省交通运输厅']);
    expect(JSON.stringify(json(join(c.out, 'departments.json')))).not.toMatch(RAW_CONTROL);
  });

  it('keep line numbers exact: every task cites the raw line it is on', () => {
    const doc = policyDocument.parse(json(join(c.out, `docs/${ID}.json`)));
    expect(doc.tasks.map((t) => [t.id, t.citation.line])).toEqual([['一.一.1', 4], ['一.一.2', 5]]);
    for (const t of doc.tasks) expect(doc.rawLines[t.citation.line - 1]).toContain(doc.text.slice(t.citation.start, t.citation.start + 4));
  });

  it('are each recorded in the quality report, where they stood in the raw file', () => {
    const q = documentQuality.parse(json(join(c.out, 'quality.json')).documents[0]);
    expect(q.removedCharacters).toEqual({
      total: 10, bidi: 4, zeroWidth: 3, control: 3, runsOmitted: 0,
      runs: [
        { line: 1, column: 5, codePoint: 'U+2066', kind: 'bidi', count: 1 },
        { line: 1, column: 8, codePoint: 'U+2069', kind: 'bidi', count: 1 },
        { line: 3, column: 4, codePoint: 'U+200B', kind: 'zero-width', count: 1 },
        { line: 4, column: 14, codePoint: 'U+202E', kind: 'bidi', count: 1 },
        { line: 4, column: 18, codePoint: 'U+202C', kind: 'bidi', count: 1 },
        { line: 4, column: 23, codePoint: 'U+200D', kind: 'zero-width', count: 1 },
        { line: 4, column: 28, codePoint: 'U+001B', kind: 'control', count: 1 },
        { line: 4, column: 32, codePoint: 'U+0007', kind: 'control', count: 1 },
        { line: 5, column: 6, codePoint: 'U+FEFF', kind: 'zero-width', count: 1 },
        { line: 5, column: 21, codePoint: 'U+0085', kind: 'control', count: 1 },
      ],
    });
  });

  it('never reach the build log raw', () => {
    expect(lines.join('\n')).not.toMatch(RAW_CONTROL);
    expect(lines.join('\n')).toContain('unit not in departments.json (140000): 省厅政财');
    const q = json(join(c.out, 'quality.json')).documents[0];
    expect(q.warnings).toContain(`data/raw/${ID}.txt:1: removed 4 bidi controls, 3 zero-width or invisible, 3 control characters (first: U+2066 at line 1, column 6)`);
  });
});

describe('stripHidden / escapeHidden', { timeout: 60_000 }, () => {
  it('merges a run of one character and keeps tab and line feed', () => {
    const { text, removed } = stripHidden('a\u200b\u200b\u200bb\tc\nd\u202ee');
    expect(text).toBe('ab\tc\nde');
    expect(removed.runs).toEqual([
      { line: 1, column: 1, codePoint: 'U+200B', kind: 'zero-width', count: 3 },
      { line: 2, column: 1, codePoint: 'U+202E', kind: 'bidi', count: 1 },
    ]);
  });

  it('offsets into the cleaned text still map to the right raw line', () => {
    const clean = cleanDocument('第一行\n\u202e第二行\u200b\n第三\u0007行', { docId: 'x', file: 'x.txt', corrections: [] });
    expect(clean.text).toBe('第一行\n第二行\n第三行');
    expect(lineOfOffset(clean.lines, clean.text.indexOf('第三'))).toBe(3);
    expect(clean.rawLines).toEqual(['第一行', '第二行', '第三行']);
  });

  it('escapes what it would strip, as \\u{…}, and every InputError does so', () => {
    expect(escapeHidden('x\u001b[2Jy\u202ez')).toBe('x\\u{1b}[2Jy\\u{202e}z');
    const e = new InputError('a\u001b.txt', 2, 'unit \u202e厅政财 \u0007');
    expect(e.message).toBe('a\\u{1b}.txt:2: unit \\u{202e}厅政财 \\u{7}');
    expect([e.file, e.reason]).toEqual(['a\\u{1b}.txt', 'unit \\u{202e}厅政财 \\u{7}']);
  });
});
