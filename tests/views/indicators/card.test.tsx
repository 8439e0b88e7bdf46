// The cards as React renders them (server-side, no DOM): group headings count every filtered card
// of their group while only the first page is drawn, and achieved figures read as in the table.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Router } from 'wouter';
import { describe, expect, it } from 'vitest';
import { formatTarget } from '../../../src/kernel/lib/format';
import type { Indicator } from '../../../src/shared/schema';
import CardList from '../../../src/views/indicators/CardList';
import { buildEntries, categoryOrder } from '../../../src/kernel/targets/catalogue';
import TargetCard from '../../../src/views/indicators/TargetCard';
import TargetTable from '../../../src/views/indicators/TargetTable';
import { JIANGSU, makeDoc, makeIndicator } from './make';

const html = (node: ReactNode) => renderToStaticMarkup(<Router ssrPath="/indicators">{node}</Router>);
const text = (s: string) => s.replace(/<[^>]+>/g, '');

describe('CardList', () => {
  // 30 targets alternating between two categories in the document: the first page (24 cards) in
  // document order would hold 12 of each.
  const indicators = Array.from({ length: 30 }, (_, i) =>
    makeIndicator({ id: `002-x${i}`, name: `指标${i}`, value: i, unit: '%', kind: 'share', category: i % 2 === 0 ? 'livelihood' : 'economy',
      citation: { docId: '002', start: i * 10, end: i * 10 + 5, line: i + 1, quote: `指标${i}` } }),
  );
  const entries = buildEntries([makeDoc(JIANGSU, '江苏', 't', indicators)], []);
  const out = html(<CardList entries={categoryOrder(entries)} grouped />);

  it('heads each group with the count of all its filtered cards, drawn or not', () => {
    const headings = [...out.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((m) => text(m[1]));
    expect(headings).toEqual(['经济发展 15', '民生与公共服务 15']);
  });

  it('draws the first page in group order, so later pages only append below', () => {
    const drawn = [...out.matchAll(/data-indicator="([^"]+)"/g)].map((m) => m[1]);
    expect(drawn).toHaveLength(24);
    expect(drawn).toEqual(categoryOrder(entries).slice(0, 24).map((e) => e.indicator.id));
    // The whole first group, then the start of the second.
    expect(drawn.slice(0, 15).every((id) => Number(id.slice(5)) % 2 === 1)).toBe(true);
  });
});

describe('TargetCard', () => {
  const achieved = (o: Partial<Indicator>) =>
    buildEntries([makeDoc(JIANGSU, '山西', 't', [makeIndicator({ id: '004-a', name: '地区生产总值年均增长', value: 6, unit: '%', kind: 'growth', stage: 'achieved', ...o })])], [])[0];
  const figure = (out: string) => text(/<strong data-testid="target-figure">(.*?)<\/strong>/.exec(out)![1]);

  it('keeps the qualifier of an achieved figure (约6% → 6%左右, 突破5000亿元 → 超过5000亿元)', () => {
    expect(figure(html(<TargetCard entry={achieved({ comparator: '~' })} />))).toBe('6%左右');
    expect(figure(html(<TargetCard entry={achieved({ comparator: '>', value: 5000, unit: '亿元', kind: 'level' })} />))).toBe('超过5000亿元');
  });

  it('shows an achieved figure as the table does', () => {
    for (const e of [achieved({ comparator: '~' }), achieved({ comparator: '>', value: 5000, unit: '亿元', kind: 'level' })]) {
      const card = figure(html(<TargetCard entry={e} />));
      const cell = text(/<td>[^<]*?已实现[^<]*<\/td>/.exec(html(<TargetTable rows={[e]} sortKey={null} sortDir="asc" onSort={() => {}} />))![0]);
      expect(card).toBe(formatTarget(e.indicator));
      expect(cell.endsWith(card)).toBe(true);
    }
  });
});
