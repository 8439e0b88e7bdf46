// Comparison bars and tooltips word a figure exactly as its card does (formatTarget), in the
// measure's unit: 左右 after the figure, an approximate ceiling as 控制在…左右.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEntries } from '../../../src/kernel/targets/catalogue';
import { likeMeasures } from '../../../pipeline/comparison/like-measures';
import { buildComparison } from '../../../src/views/indicators/model/comparison';
import { buildMeasureOption, memberFigure, memberTooltip } from '../../../src/views/indicators/option/comparison-option';
import { sampleDocs } from './make';

const spec = likeMeasures(JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/comparison/like-measures.json'), 'utf8')));
const urban = buildComparison(buildEntries(sampleDocs(), []), spec).find((t) => t.id === 'urbanisation')!.measures[0];

describe('comparison figures', () => {
  const member = (comparator: '~' | '=' | '>=', direction: 'up' | 'down' | null = null) => {
    const m = urban.members[0];
    return { ...m, value: 75, valueMax: null, entry: { ...m.entry, indicator: { ...m.entry.indicator, comparator, direction } } };
  };
  it('左右 follows the figure (it used to read 左右75%)', () => {
    expect(memberFigure(member('~'), '%')).toBe('75%左右');
    expect(memberTooltip(member('~'), '%')).toContain('75%左右');
  });
  it('an approximate ceiling reads 控制在…左右; a floor 不低于…', () => {
    expect(memberFigure(member('~', 'down'), '%')).toBe('控制在75%左右');
    expect(memberFigure(member('>=', 'up'), '%')).toBe('不低于75%');
  });
  it('the bar label is the same text', () => {
    const o = buildMeasureOption({ ...urban, members: [member('~')] }) as any;
    expect(o.series[0].label.formatter({ dataIndex: 0 })).toBe('75%左右');
  });
});
