import { describe, expect, it } from 'vitest';
import { buildBriefing, buildDate, pickTargets, topDepartments } from '../../../src/views/brief/model/briefing';
import { briefPageRule, cssString } from '../../../src/views/brief/model/page-css';
import { buildEntries } from '../../../src/kernel/targets/catalogue';
import { statusIndex } from '../../../src/kernel/entries/task-status';
import type { PolicyDocument } from '../../../src/shared/schema';
import { hubei, idOf, registry, shanxi2016, shanxi2017 } from '../heatmap/fixtures/excerpts';
import { hubeiRail, hubeiRd, hubeiUrban, makeIndicator, rows } from '../indicators/make';

const meta = { title: 't', docNumber: null, date: null, issuer: null, province: '湖北省', provinceCode: '420000', indicators: [] };
const doc = (o: Partial<PolicyDocument> & Pick<PolicyDocument, 'id' | 'tasks'>) => ({ ...meta, ...o }) as unknown as PolicyDocument;

describe('pickTargets', () => {
  it('overdue first, then behind, on track, unknown; earliest year first within a status', () => {
    const d = doc({ ...hubei, id: '003', indicators: [
      makeIndicator({ id: '003-a', name: 'a', value: 1, unit: '%', kind: 'share', targetYear: 2030 }),
      makeIndicator({ id: '003-b', name: 'b', value: 1, unit: '%', kind: 'share', targetYear: 2020 }),
      makeIndicator({ id: '003-c', name: 'c', value: 1, unit: '%', kind: 'share', targetYear: 2018 }),
      { ...hubeiUrban, comparator: '>=', targetYear: 2030 },
    ] });
    // 003-i1 (以上) has a figure above its target: on track (met). 2018 and 2020 ended without figures: overdue.
    const entries = buildEntries([d], rows('003-i1', '%', [['2024', 70]]), 2026);
    expect(pickTargets(entries).map((e) => [e.indicator.id, e.assessment.status])).toEqual([
      ['003-c', 'overdue'], ['003-b', 'overdue'], ['003-i1', 'on-track'], ['003-a', 'unknown'],
    ]);
    expect(pickTargets(entries, 2).map((e) => e.indicator.id)).toEqual(['003-c', '003-b']);
  });
});

describe('topDepartments', () => {
  it('most tasks led first, with 牵头 / 配合 / 负责 counts from the shared portfolio rule', () => {
    const docs = [doc({ ...shanxi2016, title: '2016' }), doc({ ...shanxi2017, title: '2017' })];
    const { departments, more } = topDepartments(docs, registry(docs, '山西省', '140000'), 3);
    expect(departments).toHaveLength(3);
    expect(departments[0].counts.lead).toBeGreaterThanOrEqual(departments[1].counts.lead);
    const fgw = topDepartments(docs, registry(docs, '山西省', '140000'), 100).departments.find((d) => d.id === idOf('省发展改革委'))!;
    expect(fgw.counts).toMatchObject({ lead: 1, support: 0, responsible: 2, total: 3 });
    expect(more).toBe(topDepartments(docs, [], 100).departments.length - 3);
  });
});

describe('buildBriefing', () => {
  it('citations keep unknown 文号 and date as null; targets carry their document number and task status', () => {
    const d1 = doc({ ...hubei, id: '003', title: '湖北方案', docNumber: '鄂政办发〔2022〕16号', date: '2022-04-23', indicators: [{ ...hubeiRd, taskId: hubei.tasks[0].id }, hubeiRail] });
    const d2 = doc({ id: '002', tasks: [], title: '江苏方案' });
    const index = statusIndex([{ docId: '003', taskId: hubei.tasks[0].id, status: 'at-risk', date: '2025-06-30', note: '', source: 's', file: 'f.csv', row: 2 }], []);
    const b = buildBriefing({ docs: [d1, d2], progress: [], local: [], statusIndex: index, registry: [], currentYear: 2026 });
    expect(b.citations).toEqual([
      { n: 1, docId: '003', title: '湖北方案', docNumber: '鄂政办发〔2022〕16号', date: '2022-04-23', issuer: null },
      { n: 2, docId: '002', title: '江苏方案', docNumber: null, date: null, issuer: null },
    ]);
    expect(b.targets.map((x) => [x.entry.indicator.id, x.citation, x.entry.assessment.status, x.taskStatus?.status ?? null])).toEqual([
      ['003-i3', 1, 'overdue', 'at-risk'],
      ['003-i2', 1, 'overdue', null],
    ]);
    expect(b.counts).toMatchObject({ targets: 2, byStatus: { overdue: 2, behind: 0, 'on-track': 0, unknown: 0 } });
  });
  it('achieved figures are not targets; a local progress entry counts', () => {
    const d1 = doc({ ...hubei, id: '003', indicators: [{ ...hubeiUrban, comparator: '>=' }, { ...hubeiRail, stage: 'achieved' }] });
    const local = [{ id: 'x', indicatorId: '003-i1', date: '2025-12-31', value: 68, unit: '%', sourceNote: 'n', updatedAt: '' }];
    const b = buildBriefing({ docs: [d1], progress: [], local, statusIndex: new Map(), registry: [], currentYear: 2026 });
    expect(b.targets.map((x) => [x.entry.indicator.id, x.entry.assessment.status])).toEqual([['003-i1', 'on-track']]);
  });
});

describe('buildDate', () => {
  it('the manifest date, or null', () => {
    expect(buildDate('2026-12-01T23:00:00.000Z')).toBe('2026-12-01');
    expect(buildDate(null)).toBeNull();
    expect(buildDate('yesterday')).toBeNull();
  });
});

describe('page header and footer CSS', () => {
  it('a title cannot end the CSS string or the rule', () => {
    const s = cssString('简报 "x"; } @page { \\ \n\u202e');
    expect(s.startsWith('"') && s.endsWith('"')).toBe(true);
    expect(s.slice(1, -1)).not.toMatch(/["{};\n\u202e]/);
    expect(s).toContain('简报 ');
    expect(s).toContain('\\22 x\\22 ');
  });
  it('the named page carries A4 portrait, header, footer and page numbers', () => {
    const r = briefPageRule('施策图谱 · 简报', '数据构建日期：2026-12-01');
    expect(r).toMatch(/^@page brief \{ size: A4 portrait;/);
    expect(r).toContain('@top-left { content: "施策图谱 · 简报"');
    expect(r).toContain('counter(page) " / " counter(pages)');
  });
});
