// SVG exports must be well-formed XML: the theme's font list once put double quotes inside a
// double-quoted style attribute, and every exported SVG failed to open (line 62, col 90).
import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/kernel/echarts/svg-export';
import '../../../src/views/heatmap/option/echarts'; // registers the heatmap's chart types
import { buildHeatmapOption } from '../../../src/views/heatmap/option/heatmap-option';
import { buildResponsibilityBase } from '../../../src/views/heatmap/model/assignments';
import { buildMatrix } from '../../../src/views/heatmap/model/matrix';
import { orderRows } from '../../../src/views/heatmap/model/order';
import { hubei, registry } from '../../views/heatmap/fixtures/excerpts';

/** Tags and attributes of ECharts' SVG output (CDATA style blocks and comments skipped): every tag must tokenise. */
function xmlProblems(svg: string): string[] {
  const problems: string[] = [];
  const body = svg.replace(/^<\?xml[^>]*\?>/, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const stack: string[] = [];
  const TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[A-Za-z_:][\w:.-]*="[^"<]*")*)\s*(\/?)>/y;
  for (let i = 0; i < body.length; ) {
    const lt = body.indexOf('<', i);
    if (lt < 0) break;
    const text = body.slice(i, lt);
    if (/&(?![a-zA-Z]+;|#\d+;|#x[0-9a-fA-F]+;)/.test(text)) problems.push(`bare & in text near ${lt}`);
    TAG.lastIndex = lt;
    const m = TAG.exec(body);
    if (!m) {
      problems.push(`malformed tag at ${lt}: ${body.slice(lt, lt + 80)}`);
      break;
    }
    const [, close, name, , selfClose] = m;
    if (close) {
      if (stack.pop() !== name) problems.push(`unbalanced </${name}> at ${lt}`);
    } else if (!selfClose) stack.push(name);
    i = TAG.lastIndex;
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(' > ')}`);
  return problems;
}

describe('SVG export', () => {
  it('the checker catches the old defect (double quotes inside a style attribute)', () => {
    expect(xmlProblems('<svg><text style="font-family:"Noto Sans";">x</text></svg>')).not.toEqual([]);
    expect(xmlProblems("<svg><text style=\"font-family:'Noto Sans';\">x</text></svg>")).toEqual([]);
  });
  it('a heatmap with CJK names, labels and the theme font is well-formed', () => {
    const base = buildResponsibilityBase(hubei, registry([hubei]));
    const matrix = buildMatrix(base, base.assignments, 'sections');
    const { option } = buildHeatmapOption({ matrix, order: orderRows(matrix, 'workload'), documentHasRoles: base.anyRoles, viewport: { width: 1000, height: 600 } });
    const svg = renderSvg(option, 1000, 600);
    expect(svg).toContain('省发改委');
    expect(svg).toMatch(/font-family:'Noto Sans CJK SC'/);
    expect(xmlProblems(svg)).toEqual([]);
  });
});
