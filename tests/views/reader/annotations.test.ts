import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { departments, manifest, policyDocument, quality } from '../../../src/shared/schema';
import { buildMarks, parseAt, primaryMark, segment } from '../../../src/views/reader/annotations';

const D = resolve(import.meta.dirname, '../../fixtures/app/data');
const read = (f: string) => JSON.parse(readFileSync(resolve(D, f), 'utf8'));
const doc001 = policyDocument.parse(read('docs/001_e3afc5ffeb36f5d0.json'));
const doc003 = policyDocument.parse(read('docs/003_52b583d5c9b6873f.json'));
// A slice of the real places.json: 晋城市 with its counties.
const places = { '140500': ['晋城市', '城区', '泽州县', '高平市'], '420100': ['武汉市'] };

describe('app fixture', () => {
  it('every fixture file matches the shared schema and every citation quotes its text', () => {
    manifest.parse(read('manifest.json'));
    quality.parse(read('quality.json'));
    departments.parse(read('departments.json'));
    for (const f of readdirSync(resolve(D, 'docs'))) {
      const d = policyDocument.parse(read(`docs/${f}`));
      for (const t of d.tasks) expect(d.text.slice(t.citation.start, t.citation.end)).toBe(t.citation.quote);
      for (const i of d.indicators) expect(d.text.slice(i.citation.start, i.citation.end)).toBe(i.citation.quote);
    }
  });
});

describe('buildMarks', () => {
  it('marks 泽州县 as a place inside its task, and the lead unit in the responsibility clause', () => {
    const marks = buildMarks(doc001, places);
    const place = marks.find((m) => m.kind === 'place' && m.ref === '140500')!;
    expect(doc001.text.slice(place.start, place.end)).toBe('泽州县');
    const unit = marks.find((m) => m.kind === 'unit' && m.taskId?.endsWith('2-14'))!;
    expect(doc001.text.slice(unit.start, unit.end)).toBe('省国土资源厅');
  });

  it('finds units written once with a shared suffix (黄石市、…人民政府) and as written (省发改委)', () => {
    const marks = buildMarks(doc003, places).filter((m) => m.kind === 'unit' && m.taskId?.endsWith('4-1-3'));
    const texts = marks.map((m) => doc003.text.slice(m.start, m.end));
    expect(texts).toContain('省发改委');
    expect(texts).toContain('黄石市');
    expect(texts).toContain('潜江市人民政府');
  });

  it('marks a damaged span where its correction sits', () => {
    const dmg = buildMarks(doc003).find((m) => m.kind === 'damage')!;
    expect(doc003.text.slice(dmg.start, dmg.end)).toBe('三省(以下简称三省)');
  });

  it('never marks a place name outside the tasks that mention it', () => {
    const marks = buildMarks(doc003, places).filter((m) => m.kind === 'place');
    // 武汉市 also appears in the preamble (line 5), which is no task.
    const preambleEnd = doc003.tasks[0].citation.start;
    expect(marks.every((m) => m.start >= preambleEnd)).toBe(true);
  });
});

describe('segment / primaryMark / parseAt', () => {
  it('cuts a line at every boundary and prefers the most specific mark', () => {
    const marks = buildMarks(doc001, places);
    const task = doc001.tasks[0];
    const segs = segment(task.citation.start, task.citation.end, marks);
    expect(segs.map((s) => doc001.text.slice(s.start, s.end)).join('')).toBe(task.citation.quote);
    const placeSeg = segs.find((s) => doc001.text.slice(s.start, s.end) === '泽州县')!;
    expect(primaryMark(placeSeg.marks)?.kind).toBe('place');
  });
  it('accepts only ranges inside the text', () => {
    expect(parseAt('3-9', 100)).toEqual({ start: 3, end: 9 });
    expect(parseAt('9-3', 100)).toBeNull();
    expect(parseAt('3-900', 100)).toBeNull();
    expect(parseAt('abc', 100)).toBeNull();
  });
});
