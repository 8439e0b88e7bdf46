import { describe, expect, it } from 'vitest';
import { shardsToLoad, TARGET_BUDGET } from '../../../src/views/indicators/model/shards';
import { entriesFromRows } from '../../../src/kernel/targets/catalogue';
import type { TargetEntryRow, TargetsIndex } from '../../../src/shared/schema';

const index = (counts: number[]): TargetsIndex => ({
  schemaVersion: 1,
  shards: counts.map((count, i) => ({ provinceCode: `${11 + i}0000`, province: `p${i}`, count, years: [], categories: [], stages: count ? [['target', count]] : [] })),
});

describe('catalogue shards', () => {
  it('loads every province while the catalogue is small, one province beyond the budget', () => {
    expect(shardsToLoad(index([10, 20, 30]), null, null)).toEqual({ codes: ['110000', '120000', '130000'], scoped: false });
    const big = index([0, TARGET_BUDGET, 5]);
    expect(shardsToLoad(big, null, null)).toEqual({ codes: ['120000'], scoped: true });
    expect(shardsToLoad(big, 'p2', null)).toEqual({ codes: ['130000'], scoped: true });
    expect(shardsToLoad(big, null, '130000')).toEqual({ codes: ['130000'], scoped: true });
  });
  it('rows from province shards come back in document order', () => {
    const row = (docId: string, docOrder: number, id: string) => ({ docId, docOrder, docTitle: docId, province: 'x', provinceCode: '110000', units: null, indicator: { id, stage: 'target' } }) as unknown as TargetEntryRow;
    const rows = [row('a', 0, 'a1'), row('a', 0, 'a2'), row('c', 4, 'c1'), row('b', 2, 'b1')];
    expect(entriesFromRows(rows, []).map((e) => e.indicator.id)).toEqual(['a1', 'a2', 'b1', 'c1']);
  });
  it('each entry carries its document’s 文号 and date from the row (what the card and history exports cite, without the manifest)', () => {
    const r = { docId: 'a', docOrder: 0, docTitle: '甲', docNumber: '鄂政办发〔2022〕16号', docDate: '2022-03-01', province: 'x', provinceCode: '110000', units: null, indicator: { id: 'a1', stage: 'target' } } as unknown as TargetEntryRow;
    expect(entriesFromRows([r], [])[0]).toMatchObject({ docTitle: '甲', docNumber: '鄂政办发〔2022〕16号', docDate: '2022-03-01' });
  });
});
