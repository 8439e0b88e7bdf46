import { describe, expect, it } from 'vitest';
import { titleFor } from '../../src/shell/use-document-title';

describe('titleFor', () => {
  it('names the view first, then the product', () => {
    expect(titleFor('责任矩阵 · 山西省国家资源型经济转型综合配套改革试验2016年行动计划')).toBe('责任矩阵 · 山西省国家资源型经济转型综合配套改革试验2016年行动计划 · 施策图谱');
    expect(titleFor('  省发展改革委\n')).toBe('省发展改革委 · 施策图谱');
  });
  it('no heading (loading) or the product name itself → just the product', () => {
    expect(titleFor(null)).toBe('施策图谱');
    expect(titleFor('施策图谱')).toBe('施策图谱');
  });
});
