import type { PolicyDocument } from '../../shared/schema';
import { t } from './strings';
import IssuedFacts from '../../kernel/components/IssuedFacts';
import { provinceLabel } from '../../kernel/lib/province-label';
import LocalBadges from '../../kernel/import/LocalBadges';
import { isLocalId } from '../../kernel/data/local-documents';

/** Title block: what the document is and what its text states about itself (unknown stays 未注明). */
export default function DocMeta({ doc }: { doc: PolicyDocument }) {
  return (
    <header className="doc-meta">
      <p className="doc-kicker">
        {provinceLabel(doc)}{doc.scope ? ` · ${t.reader.scope[doc.scope]}` : ''} · {t.genre[doc.genre]} · {t.script[doc.script]}
        {doc.reviewed === false && (
          <span className="badge badge-unreviewed" title={t.reader.unreviewedNote}>
            {t.reader.unreviewed}
          </span>
        )}
        {isLocalId(doc.id) && <> <LocalBadges doc={{ local: true }} /></>}
      </p>
      <h1>{doc.title}</h1>
      {doc.reviewed === false && <p className="muted">{t.reader.unreviewedNote}</p>}
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
