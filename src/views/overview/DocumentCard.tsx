import { Link } from 'wouter';
import type { DocumentSummary } from '../../shared/schema';
import { prefetchProps } from '../../kernel/data/prefetch';
import { t } from './strings';
import IssuedFacts from '../../kernel/components/IssuedFacts';
import { routePaths } from '../../kernel/router/paths';
import LocalBadges from '../../kernel/import/LocalBadges';
import LocalActions from '../../kernel/import/LocalActions';

/** National (100000) and unknown-province (000000) registers have no province map. */
const hasMap = (code: string) => code !== '100000' && code !== '000000';

/** One document: what it is (unknowns say 未注明), what was extracted, how clean the source was. */
export default function DocumentCard({ doc, local = false }: { doc: DocumentSummary; local?: boolean }) {
  return (
    <article className="doc-card" data-testid="doc-card" data-doc-id={doc.id}>
      <p className="doc-kicker">
        {t.genre[doc.genre]} <LocalBadges doc={{ local, reviewed: local ? false : (doc.reviewed ?? undefined) }} />
      </p>
      <h3>
        <Link {...prefetchProps(doc.id)} href={routePaths.doc(doc.id)}>{doc.title}</Link>
      </h3>
      <dl className="meta-list">
        <IssuedFacts doc={doc} />
      </dl>
      <ul className="counts" aria-label={t.overview.counts}>
        <li>
          <strong>{doc.tasks}</strong> {t.overview.tasks}
        </li>
        <li>
          <strong>{doc.units}</strong> {t.overview.units}
        </li>
        {/* Review figures (已实现) are not targets: counted apart. */}
        <li>
          <strong>{doc.targets}</strong> {t.overview.targets}
        </li>
        {doc.achieved > 0 && (
          <li>
            <strong>{doc.achieved}</strong> {t.overview.achieved}
          </li>
        )}
        <li>
          <strong>{doc.places}</strong> {t.overview.places}
        </li>
      </ul>
      <div className="quality" aria-label={t.overview.quality}>
        <span>{t.overview.tasksWithDepartments(doc.tasksWithUnits, doc.tasks)}</span>
        <span>{t.overview.damage(doc.damagedFound, doc.damagedCorrected)}</span>
        {doc.warnings.length > 0 && <span title={doc.warnings.join('\n')}>{t.overview.warnings(doc.warnings.length)}</span>}
      </div>
      <nav className="entry-points">
        <Link {...prefetchProps(doc.id)} href={routePaths.doc(doc.id)}>{t.overview.open.reader}</Link>
        {hasMap(doc.provinceCode) && <Link href={routePaths.map(doc.provinceCode)}>{t.overview.open.map}</Link>}
        <Link href={routePaths.heatmap(doc.id)}>{t.overview.open.heatmap}</Link>
        <Link href={`${routePaths.indicators}?doc=${encodeURIComponent(doc.id)}`}>{t.overview.open.indicators}</Link>
      </nav>
      {local && <LocalActions id={doc.id} title={doc.title} />}
    </article>
  );
}
