import { Link } from 'wouter';
import type { DocumentQuality, Manifest } from '../../shared/schema';
import { prefetchProps } from '../../kernel/data/prefetch';
import { t } from './strings';
import IssuedFacts from '../../kernel/components/IssuedFacts';
import { routePaths } from '../../kernel/router/paths';
import LocalBadges from '../../kernel/import/LocalBadges';
import LocalActions from '../../kernel/import/LocalActions';

/** National (100000) and unknown-province (000000) registers have no province map. */
const hasMap = (code: string) => code !== '100000' && code !== '000000';

type Entry = Manifest['documents'][number];

/** One document: what it is (unknowns say 未注明), what was extracted, how clean the source was. */
export default function DocumentCard({ doc, quality }: { doc: Entry; quality: DocumentQuality | undefined }) {
  return (
    <article className="doc-card" data-testid="doc-card" data-doc-id={doc.id}>
      <p className="doc-kicker">
        {t.genre[doc.genre]} <LocalBadges doc={doc} />
      </p>
      <h3>
        <Link {...prefetchProps(doc.id)} href={routePaths.doc(doc.id)}>{doc.title}</Link>
      </h3>
      <dl className="meta-list">
        <IssuedFacts doc={doc} />
      </dl>
      <ul className="counts" aria-label={t.overview.counts}>
        <li>
          <strong>{doc.counts.tasks}</strong> {t.overview.tasks}
        </li>
        <li>
          <strong>{doc.counts.units}</strong> {t.overview.units}
        </li>
        {/* Review figures (已实现) are not targets: count them apart when the quality report says how many. */}
        <li>
          <strong>{quality ? quality.targets : doc.counts.indicators}</strong> {quality ? t.overview.targets : t.overview.indicators}
        </li>
        {quality && quality.achieved > 0 && (
          <li>
            <strong>{quality.achieved}</strong> {t.overview.achieved}
          </li>
        )}
        <li>
          <strong>{doc.counts.places}</strong> {t.overview.places}
        </li>
      </ul>
      {quality && (
        <div className="quality" aria-label={t.overview.quality}>
          <span>{t.overview.tasksWithDepartments(quality.tasksWithUnits, quality.tasks)}</span>
          <span>{t.overview.damage(quality.damagedFound, quality.damagedCorrected)}</span>
          {quality.warnings.length > 0 && <span title={quality.warnings.join('\n')}>{t.overview.warnings(quality.warnings.length)}</span>}
        </div>
      )}
      <nav className="entry-points">
        <Link {...prefetchProps(doc.id)} href={routePaths.doc(doc.id)}>{t.overview.open.reader}</Link>
        {hasMap(doc.provinceCode) && <Link href={routePaths.map(doc.provinceCode)}>{t.overview.open.map}</Link>}
        <Link href={routePaths.heatmap(doc.id)}>{t.overview.open.heatmap}</Link>
        <Link href={`${routePaths.indicators}?doc=${encodeURIComponent(doc.id)}`}>{t.overview.open.indicators}</Link>
      </nav>
      {doc.local && <LocalActions id={doc.id} title={doc.title} />}
    </article>
  );
}
