// The timeline's rows: every document up to a dozen; beyond, a dozen rows with the documents that
// have a dated target under the filters first — the chart keeps its height across filter and
// province changes, and says how many documents with targets it leaves out.
import { describe, expect, it } from 'vitest';
import { buildEntries } from '../../../src/kernel/targets/catalogue';
import { timelineRows, TIMELINE_ROWS, type TimelineDoc } from '../../../src/views/indicators/option/timeline-option';
import { makeDoc, makeIndicator } from './make';

const ids = Array.from({ length: 30 }, (_, i) => `d${String(i).padStart(2, '0')}`);
const docs: TimelineDoc[] = ids.map((id) => ({ id, label: id, title: id }));
/** Dated targets in documents 5, 20 and 25 … 29; an undated one in 3, an achieved figure in 4. */
const entries = buildEntries(
  ids.map((id, i) => {
    const year = i === 5 || i === 20 || i >= 25 ? 2025 : null;
    const indicators = i === 3 || i === 4 || year !== null
      ? [makeIndicator({ id: `${id}-i`, name: '指标', value: 1, unit: '%', kind: 'share', targetYear: i === 4 ? 2022 : year, stage: i === 4 ? 'achieved' : 'target', citation: { docId: id, start: 0, end: 2, line: 1, quote: '指标' } })]
      : [];
    return makeDoc(id, '湖北', id, indicators);
  }),
  [],
);

describe('timeline rows', () => {
  it('draws every document while there are at most a dozen, in document order', () => {
    expect(timelineRows(entries, docs.slice(0, TIMELINE_ROWS))).toEqual({ rows: docs.slice(0, TIMELINE_ROWS), hidden: 0 });
  });

  it('beyond a dozen: a dozen rows, documents with a dated target first, each group in document order', () => {
    const { rows, hidden } = timelineRows(entries, docs);
    expect(rows).toHaveLength(TIMELINE_ROWS);
    expect(rows.map((d) => d.id)).toEqual(['d05', 'd20', 'd25', 'd26', 'd27', 'd28', 'd29', 'd00', 'd01', 'd02', 'd03', 'd04']);
    expect(hidden).toBe(0);
    // Under a filter that leaves none dated, the rows are the first dozen documents; the height is the same.
    expect(timelineRows([], docs).rows).toEqual(docs.slice(0, TIMELINE_ROWS));
  });

  it('counts the documents with dated targets left without a row', () => {
    const { rows, hidden } = timelineRows(entries, docs, 3);
    expect(rows.map((d) => d.id)).toEqual(['d05', 'd20', 'd25']);
    expect(hidden).toBe(4);
  });
});
