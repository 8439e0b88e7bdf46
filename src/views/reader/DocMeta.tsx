import type { PolicyDocument } from '../../shared/schema';
import { t } from './strings';
import IssuedFacts from '../../kernel/components/IssuedFacts';
import LocalBadges from '../../kernel/import/LocalBadges';
import { isLocalId } from '../../kernel/data/local-documents';

/** Title block: what the document is and what its text states about itself (unknown stays 未注明). */
export default function DocMeta({ doc }: { doc: PolicyDocument }) {
  return (
    <header className="doc-meta">
      <p className="doc-kicker">
        {doc.province ?? (doc.scope === 'national' ? '全国' : '未注明省份')} · {t.genre[doc.genre]} · {t.script[doc.script]}{' '}
        <LocalBadges doc={{ local: isLocalId(doc.id), reviewed: doc.reviewed }} />
      </p>
      <h1>{doc.title}</h1>
      <dl className="meta-list">
        <IssuedFacts doc={doc} />
        <dt>{t.reader.sha}</dt>
        <dd>
          <code title={doc.sha256}>{doc.sha256.slice(0, 12)}…</code>
        </dd>
      </dl>
    </header>
  );
}
