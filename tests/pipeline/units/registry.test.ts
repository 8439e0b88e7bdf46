// The department registry: ids, alias merging per province, kinds, 2018-reorganisation categories,
// unknown units.
import { describe, expect, it } from 'vitest';
import { buildRegistry, departmentId, resolveDepartment, type Mention } from '../../../pipeline/units/registry';

const mention = (name: string, provinceCode: string, docId = 'doc', role: Mention['role'] = 'responsible'): Mention => ({
  name,
  province: provinceCode === '420000' ? '湖北' : provinceCode === '140000' ? '山西' : '江苏',
  provinceCode,
  docId,
  taskId: `${docId}-t1`,
  role,
});

describe('departmentId', () => {
  it('is province code + canonical name, stable and URL-safe once encoded', () => {
    const id = departmentId('140000', '中国(太原)煤炭交易中心');
    expect(id).toBe('140000:中国(太原)煤炭交易中心');
    expect(decodeURIComponent(encodeURIComponent(id))).toBe(id);
    expect(encodeURIComponent(id)).toMatch(/^[A-Za-z0-9%._~!*'()-]+$/);
  });

  it('rejects a malformed province code', () => {
    expect(() => departmentId('14', '省财政厅')).toThrow('invalid province code: 14');
  });
});

describe('buildRegistry', () => {
  it('merges 省发改委 and 省发展改革委 within a province, keeps provinces apart', () => {
    const registry = buildRegistry([
      mention('省发展改革委', '140000', '000'),
      mention('省发改委', '140000', '001'),
      mention('省发改委', '420000', '003'),
    ]);
    expect(registry.map((d) => [d.id, d.mentions, d.documents])).toEqual([
      ['140000:省发展改革委', 2, ['000', '001']],
      ['420000:省发展改革委', 1, ['003']],
    ]);
    expect(registry[0].aliases).toContain('省发改委');
    expect(registry[0]).toMatchObject({ kind: 'government', category: '发展改革', placeCode: null, province: '山西' });
  });

  it('merges 省国资委 (000/001) with 省政府国资委 (003) and 省住建厅 with 省住房城乡建设厅', () => {
    const registry = buildRegistry([mention('省国资委', '140000'), mention('省政府国资委', '140000'), mention('省住建厅', '420000')]);
    expect(registry.map((d) => d.id)).toEqual(['140000:省政府国资委', '420000:省住房城乡建设厅']);
  });

  it('keeps annotation aliases from the parser (mention aliases and extraAliases)', () => {
    const registry = buildRegistry(
      [{ ...mention('省煤炭厅', '140000'), aliases: ['省煤炭工业深化改革稳定运行领导小组办公室'] }, mention('省科技厅', '140000')],
      new Map([['省科技厅', ['省科技创新城建设领导小组办公室']]]),
    );
    expect(registry[0].aliases).toContain('省煤炭工业深化改革稳定运行领导小组办公室');
    expect(registry[1].aliases).toContain('省科技创新城建设领导小组办公室');
  });

  it('gives unknown units an entry with a rule-guessed kind, null category and one warning', () => {
    const warnings: string[] = [];
    const registry = buildRegistry([mention('省大数据局', '320000'), mention('省大数据局', '320000'), mention('南京市人民政府', '320000')], undefined, {
      warn: (w) => warnings.push(w),
    });
    expect(registry.map((d) => [d.name, d.kind, d.category])).toEqual([
      ['省大数据局', 'government', null],
      ['南京市人民政府', 'city', '城市政府'],
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/省大数据局/);
  });
});

describe('resolveDepartment: categories across the 2018 reorganisation', () => {
  it.each([
    ['省环保厅', '140000', '生态环境'],
    ['省生态环境厅', '420000', '生态环境'],
    ['省国土资源厅', '140000', '自然资源'],
    ['省自然资源厅', '420000', '自然资源'],
    ['省经信委', '140000', '工业和信息化'],
    ['省经信厅', '420000', '工业和信息化'],
    ['省农业厅', '140000', '农业农村'],
    ['省卫生计生委', '140000', '卫生健康'],
    ['省食品药品监管局', '140000', '市场监管'],
  ])('%s (%s) → %s, with the reason recorded', (name, code, category) => {
    const r = resolveDepartment(name, code);
    expect(r.category).toBe(category);
    expect(r.categoryReason).toBeTruthy();
    expect(r.warning).toBeNull();
  });

  it('keeps pre- and post-reorganisation organs as separate entries', () => {
    expect(resolveDepartment('省环保厅', '140000').id).not.toBe(resolveDepartment('省生态环境厅', '140000').id);
    expect(resolveDepartment('省环保厅', '140000').categoryReason).toMatch(/2018/);
  });

  it.each([
    ['省委网信办', '420000', 'party'],
    ['人行武汉分行', '420000', 'central'],
    ['湖北银保监局', '420000', 'central'],
    ['太原铁路局', '140000', 'central'],
    ['山西出入境检验检疫局', '140000', 'central'],
    ['潜江市人民政府', '420000', 'city'],
    ['长江中游城市群相关城市人民政府', '420000', 'collective'],
    ['省科技领导小组成员单位', '420000', 'collective'],
    ['各市、县人民政府', '140000', 'collective'],
    ['中国(太原)煤炭交易中心', '140000', 'other'],
  ])('%s is %s', (name, code, kind) => {
    expect(resolveDepartment(name, code).kind).toBe(kind);
  });

  it('resolves a name written with the province (湖北省发改委) to the provincial department', () => {
    expect(resolveDepartment('湖北省发改委', '420000').id).toBe('420000:省发展改革委');
  });

  it('does not apply one province\'s entries to another (太原海关 outside 山西 is only rule-classified)', () => {
    expect(resolveDepartment('太原海关', '140000')).toMatchObject({ category: '海关', warning: null });
    expect(resolveDepartment('太原海关', '420000')).toMatchObject({ kind: 'central', category: null });
    expect(resolveDepartment('太原海关', '420000').warning).toMatch(/not in departments.json/);
  });
});
