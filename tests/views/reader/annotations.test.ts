import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { departments, manifest, policyDocument, quality } from '../../../src/shared/schema';
import { buildMarks, parseAt, primaryMark, segment } from '../../../src/views/reader/annotations';

const D = resolve(import.meta.dirname, '../../fixtures/app/data');
const read = (f: string) => JSON.parse(readFileSync(resolve(D, f), 'utf8'));
const doc001 = policyDocument.parse(read('docs/001_e3afc5ffeb36f5d0.json'));
const doc003 = policyDocument.parse(read('docs/003_52b583d5c9b6873f.json'));

describe('app fixture', () => {
  it('every fixture file matches the shared schema and every citation quotes its text', () => {
    manifest.parse(read('manifest.json'));
    quality.parse(read('quality.json'));
    departments.parse(read('departments.json'));
    for (const f of readdirSync(resolve(D, 'docs'))) {
      const d = policyDocument.parse(read(`docs/${f}`));
      // The pipeline quotes the item's sentence; the span is the whole numbered item.
      for (const t of d.tasks) expect(d.text.slice(t.citation.start, t.citation.end)).toContain(t.citation.quote);
      for (const i of d.indicators) expect(d.text.slice(i.citation.start, i.citation.end)).toContain(i.citation.quote);
      for (const t of d.tasks)
        for (const m of t.placeMentions) {
          expect(d.text.slice(m.start, m.end)).toBe(m.name);
          expect(t.places).toContain(m.code);
        }
    }
  });
});

describe('buildMarks', () => {
  it('marks 泽州县 as a place inside its task, and the lead unit in the responsibility clause', () => {
    const marks = buildMarks(doc001);
    const place = marks.find((m) => m.kind === 'place' && m.ref === '140500')!;
    expect(doc001.text.slice(place.start, place.end)).toBe('泽州县');
    const unit = marks.find((m) => m.kind === 'unit' && m.taskId === '二.14')!;
    expect(doc001.text.slice(unit.start, unit.end)).toBe('省国土资源厅');
  });

  it('finds units written once with a shared suffix (黄石市、…人民政府) and as written (省发改委)', () => {
    const marks = buildMarks(doc003).filter((m) => m.kind === 'unit' && m.taskId === '四.一.3');
    const texts = marks.map((m) => doc003.text.slice(m.start, m.end));
    expect(texts).toContain('省发改委');
    expect(texts).toContain('黄石市');
    expect(texts).toContain('潜江市人民政府');
  });

  it('marks a damaged span where its correction sits', () => {
    const dmg = buildMarks(doc003).find((m) => m.kind === 'damage')!;
    expect(doc003.text.slice(dmg.start, dmg.end)).toBe('三省(以下简称三省)');
  });

  it('marks places where the pipeline resolved them: 潞城市 → 140400 via its alias, 新绛县 → 140800', () => {
    const marks = buildMarks(doc001).filter((m) => m.kind === 'place' && m.taskId === '二.15');
    expect(marks.map((m) => [doc001.text.slice(m.start, m.end), m.ref])).toEqual([
      ['潞城市', '140400'],
      ['新绛县', '140800'],
    ]);
  });

  it('marks every written mention and nothing else: 武汉 three times in 四.一.3, never 武汉市 in the preamble or unit clause', () => {
    const marks = buildMarks(doc003).filter((m) => m.kind === 'place');
    const task = doc003.tasks.find((t) => t.id === '四.一.3')!;
    expect(marks.filter((m) => m.ref === '420100').length).toBe(task.placeMentions.filter((p) => p.code === '420100').length);
    expect(marks.every((m) => m.start >= task.citation.start && m.end <= task.unitsCitation!.start)).toBe(true);
  });

  it('skips a mention whose offsets fall outside the text', () => {
    const broken = structuredClone(doc001);
    broken.tasks[0].placeMentions = [{ name: '泽州县', code: '140500', start: broken.text.length, end: broken.text.length + 3 }];
    expect(buildMarks(broken).filter((m) => m.kind === 'place' && m.taskId === broken.tasks[0].id)).toEqual([]);
  });
});

describe('segment / primaryMark / parseAt', () => {
  it('cuts a line at every boundary and prefers the most specific mark', () => {
    const marks = buildMarks(doc001);
    const task = doc001.tasks[0];
    const segs = segment(task.citation.start, task.citation.end, marks);
    expect(segs.map((s) => doc001.text.slice(s.start, s.end)).join('')).toBe(doc001.text.slice(task.citation.start, task.citation.end));
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
