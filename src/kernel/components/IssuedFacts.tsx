import { t } from '../i18n/strings';
import { formatDate } from '../lib/format';

/** Issuer, document number and date as the text states them; what it does not state reads 未注明. */
export default function IssuedFacts({ doc }: { doc: { issuer: string | null; docNumber: string | null; date: string | null } }) {
  return (
    <>
      <dt>{t.facts.issuer}</dt>
      <dd>{doc.issuer ?? t.common.notStated}</dd>
      <dt>{t.facts.docNumber}</dt>
      <dd>{doc.docNumber ?? t.common.notStated}</dd>
      <dt>{t.facts.date}</dt>
      <dd>{formatDate(doc.date)}</dd>
    </>
  );
}
