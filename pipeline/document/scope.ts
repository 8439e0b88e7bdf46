// Which register a document's units belong to. Departments are kept per province (省发展改革委 of 山西
// is not that of 湖北). A State Council document's ministries form the national register (100000, the
// code of the whole country in GB/T 2260); a document whose province the text does not tell keeps its
// units in a register of their own (000000) rather than borrowing a province.
import type { DocumentMeta } from '../../src/shared/schema';

export const NATIONAL_CODE = '100000';
export const UNKNOWN_CODE = '000000';

export function registryScope(meta: Pick<DocumentMeta, 'province' | 'provinceCode' | 'scope'>): { province: string; provinceCode: string } {
  if (meta.provinceCode && meta.province) return { province: meta.province, provinceCode: meta.provinceCode };
  return meta.scope === 'national' ? { province: '全国', provinceCode: NATIONAL_CODE } : { province: '未注明省份', provinceCode: UNKNOWN_CODE };
}
