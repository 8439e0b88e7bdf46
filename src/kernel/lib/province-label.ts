// The province a document belongs to, as the UI names it. A State Council document has no province
// (全国); a document whose text names none says so rather than borrowing one.
import type { DocumentMeta } from '../../shared/schema';

export function provinceLabel(doc: Pick<DocumentMeta, 'province' | 'scope'>): string {
  if (doc.province) return doc.province;
  return doc.scope === 'national' ? '全国' : '未注明省份';
}
