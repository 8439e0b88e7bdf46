// / — every document grouped by province, with counts, quality and entry points into each view.
// Eager (not lazy) and free of ECharts so real text is on the first paint.
import ErrorPanel from '../../kernel/components/ErrorPanel';
import Loading from '../../kernel/components/Loading';
import { useManifest, useQuality } from '../../kernel/data/hooks';
import { t } from './strings';
import DocumentCard from './DocumentCard';
import EmptyState from '../../kernel/components/EmptyState';
import StatusSummary from './StatusSummary';
import ImportButton from '../../kernel/import/ImportButton';

export default function OverviewView() {
  const manifest = useManifest();
  const quality = useQuality();
  if (manifest.status === 'loading') return <Loading />;
  if (manifest.status === 'error') return <ErrorPanel error={manifest.error} retry={manifest.retry} />;
  const docs = manifest.data.documents;
  // Province order follows the manifest (source order), not a hard-wired list.
  const provinces = [...new Map(docs.map((d) => [d.provinceCode, d.province])).entries()];
  const qualityOf = (id: string) => (quality.status === 'ready' ? quality.data.documents.find((q) => q.docId === id) : undefined);
  return (
    <div className="overview page">
      <h1>{t.overview.heading}</h1>
      <p className="lede">{t.overview.intro(docs.length)}</p>
      <ImportButton />
      {quality.status === 'error' && <ErrorPanel error={quality.error} retry={quality.retry} />}
      {docs.length === 0 && <EmptyState message={t.empty.noData} />}
      {docs.length > 0 && <StatusSummary manifest={manifest.data} />}
      {provinces.map(([code, name]) => (
        <section key={code} className="province" aria-labelledby={`prov-${code}`}>
          <h2 id={`prov-${code}`}>{name}</h2>
          <div className="card-grid">
            {docs
              .filter((d) => d.provinceCode === code)
              .map((d) => (
                <DocumentCard key={d.id} doc={d} quality={qualityOf(d.id)} />
              ))}
          </div>
        </section>
      ))}
      {manifest.data.failures.length > 0 && (
        <section className="failures" role="alert">
          <h2>{t.overview.failures}</h2>
          <ul>
            {manifest.data.failures.map((f) => (
              <li key={f.file}>
                <code>{f.file}</code>{t.common.colon}{f.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
