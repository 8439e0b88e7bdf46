// A document imported before core entries were grouped by department name keeps its departments
// and places in search: the stored entry reads as a group of one, under the id the build gives it.
import { describe, expect, it } from 'vitest';
import { legacyCoreEntry, legacyShardMeta } from '../../../src/kernel/data/local-store';
import { searchCoreEntry, searchShardMeta } from '../../../src/shared/schema';
import { coreEntries } from '../../../pipeline/search/build-index';
import { unitId } from '../../../src/shared/search-text';

describe('legacy local core entries', () => {
  it('a department entry becomes the group the build makes of the same names', () => {
    const old = { id: 'u:420000:省发展改革委', kind: 'unit', label: '省发展改革委', names: ['省发展改革委', '省发改委'], py: ['fgw'], detail: '湖北', tasks: 7 };
    const built = coreEntries([], [{ id: '420000:省发展改革委', province: '湖北', provinceCode: '420000', name: '省发展改革委', aliases: ['省发改委'], pinyin: '', kind: 'government', category: null, categoryReason: null, placeCode: null, mentions: 1, documents: [] }])[0];
    const got = searchCoreEntry.parse(legacyCoreEntry(old));
    expect(got).toEqual({ id: built.id, kind: 'unit', label: '省发展改革委', names: ['省发展改革委', '省发改委'], py: ['fgw'], at: [['420000:省发展改革委', '湖北', 7]] });
    // A whole id in a stored row names the same department as the build's province code.
    expect(unitId(got.at[0][0], got.label)).toBe(unitId(built.at[0][0], built.label));
    expect(built.at[0][0]).toBe('420000');
  });
  it('a place entry keeps its code and count; a current entry is left as it is', () => {
    const place = { id: 'p:420100', kind: 'place', label: '武汉', names: ['武汉', '420100'], py: ['wuhan'], detail: '420100', tasks: 3 };
    expect(searchCoreEntry.parse(legacyCoreEntry(place)).at).toEqual([['420100', '420100', 3]]);
    const now = { ...place, detail: undefined, tasks: undefined, at: [['420100', '420100', 3]] };
    expect(legacyCoreEntry(now)).toBe(now);
  });
});

describe('legacy local shard entries', () => {
  it('an entry that listed its document ids reads with their count; a current entry is left as it is', () => {
    const old = { file: 'search/local-local_0123456789abcdef.json', id: 'local-local_0123456789abcdef', provinceCode: '420000', newest: null, documents: ['local_0123456789abcdef'], entries: 3, bytes: 900 };
    const { documents: _ids, ...rest } = old;
    expect(searchShardMeta.parse(legacyShardMeta(old))).toEqual({ ...rest, docs: 1 });
    expect(searchShardMeta.safeParse(old).success).toBe(false);
    const now = { ...rest, docs: 1 };
    expect(legacyShardMeta(now)).toBe(now);
  });
});
