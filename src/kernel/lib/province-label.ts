// The province a document belongs to, as the UI names it. A State Council document has no province
// (全国); a document whose text names none says so rather than borrowing one.
import type { DocumentMeta } from '../../shared/schema';
import { t } from '../i18n/strings';

export function provinceLabel(doc: Pick<DocumentMeta, 'province' | 'scope'>): string {
  if (doc.province) return doc.province;
  return doc.scope === 'national' ? t.common.national : t.common.provinceNotStated;
}
