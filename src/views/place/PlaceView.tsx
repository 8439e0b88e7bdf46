// /place/:code — a prefecture-level region: the tasks and targets that mention it, across all
// documents, each with its source link into the reader. Named officially from the boundary files
// (geo/), and by the names the documents use for it (泽州县, 高平市 for 晋城市).
import { useMemo } from 'react';
import { Link } from 'wouter';
import EmptyState from '../../kernel/components/EmptyState';
import ErrorPanel from '../../kernel/components/ErrorPanel';
import Loading from '../../kernel/components/Loading';
import SourceLink from '../../kernel/components/SourceLink';
import { useDocuments, useManifest } from '../../kernel/data/hooks';
import { t } from './strings';
import { formatTarget } from '../../kernel/lib/format';
import { namesAsWritten } from '../../kernel/places/names-as-written';
import { usePlaceName } from '../../kernel/places/use-place-name';
import { routePaths } from '../../kernel/router/paths';
import { useRouteParams } from '../../kernel/router/url-state';
import ExportButtons from '../../kernel/components/ExportButtons';
import { placeTable } from './export';

const EMPTY: string[] = [];

export default function PlaceView() {
  const { code = '' } = useRouteParams<{ code: string }>();
  const valid = /^\d{6}$/.test(code);
  const manifest = useManifest();
  const ids = useMemo(() => (manifest.status === 'ready' ? manifest.data.documents.map((d) => d.id) : EMPTY), [manifest.status, manifest.data]);
  const docs = useDocuments(ids);
  const official = usePlaceName(valid ? code : '000000');

  if (!valid) return <EmptyState message={t.place.badCode(code)}><Link href="/">{t.nav.overview}</Link></EmptyState>;
  if (manifest.status === 'error') return <ErrorPanel error={manifest.error} retry={manifest.retry} />;
  if (docs.status === 'error') return <ErrorPanel error={docs.error} retry={docs.retry} />;
  if (manifest.status === 'loading' || docs.status === 'loading') return <Loading />;

  const written = namesAsWritten(docs.data).get(code) ?? [];
  // Until (or unless) the boundary files name the code, the most common written name stands in.
  const name = (official.status === 'ready' ? official.data.name : null) ?? written[0] ?? null;
  const tasks = docs.data.flatMap((d) => d.tasks.filter((x) => x.places.includes(code)).map((x) => ({ doc: d, task: x })));
  const targets = docs.data.flatMap((d) => d.indicators.filter((i) => i.places.includes(code)).map((i) => ({ doc: d, ind: i })));
  const provinceCode = `${code.slice(0, 2)}0000`;
  const hasMap = manifest.data.documents.some((d) => d.provinceCode === provinceCode);
  return (
    <div className="place page">
      <h1>
        {name ?? code} <small className="muted">{code}</small>
      </h1>
      {official.status === 'ready' && official.data.province && official.data.province !== name && (
        <p className="muted">{official.data.province}</p>
      )}
      {written.length > 0 && (
        <p>
          {t.place.asWritten}：{written.join('、')}
        </p>
      )}
      {hasMap && <Link href={`${routePaths.map(provinceCode)}?region=${encodeURIComponent(code)}`}>{t.place.onMap}</Link>}
      {(tasks.length > 0 || targets.length > 0) && (
        <p className="export-row"><ExportButtons basename={`place-${code}`} testIdPrefix="place-export" table={() => placeTable({ code, name: name ?? code }, tasks, targets)} /></p>
      )}
      {tasks.length === 0 && targets.length === 0 && <EmptyState message={name ? t.place.none : t.place.unknownCode(code)} />}
      {tasks.length > 0 && (
        <section>
          <h2>
            {t.place.tasks}（{tasks.length}）
          </h2>
          <ul className="item-list">
            {tasks.map(({ doc, task }) => (
              <li key={task.id}>
                <strong>{task.title}</strong>
                <span className="muted"> · {doc.title}</span>{' '}
                <SourceLink citation={task.citation} taskId={task.id} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {targets.length > 0 && (
        <section>
          <h2>
            {t.place.targets}（{targets.length}）
          </h2>
          <ul className="item-list">
            {targets.map(({ doc, ind }) => (
              <li key={ind.id}>
                {ind.name}：{formatTarget(ind)}
                <span className="muted"> · {doc.title}</span> <SourceLink citation={ind.citation} taskId={ind.taskId} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
