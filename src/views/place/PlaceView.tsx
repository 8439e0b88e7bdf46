// /place/:code — a prefecture-level region: the tasks and targets that mention it, across all
// documents, each with its source link into the reader. Named officially from the boundary files
// (geo/), and by the names the documents use for it (泽州县, 高平市 for 晋城市). Reads the region's
// place list from the build's index (index/place-items/<code>-<page>.json: PLACE_PAGE tasks and
// targets a page, each with its title, citation and document, the totals and the names as written)
// — no document and no province shard; local (imported) documents are read whole.
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import EmptyState from '../../kernel/components/EmptyState';
import ErrorPanel from '../../kernel/components/ErrorPanel';
import Loading from '../../kernel/components/Loading';
import MissingDocuments from '../../kernel/components/MissingDocuments';
import SourceLink from '../../kernel/components/SourceLink';
import { useDocuments } from '../../kernel/data/hooks';
import { useLocalSummaries, useOverviewIndex } from '../../kernel/data/index-hooks';
import { usePlaceItems } from '../../kernel/data/place-items';
import { DataLoadError } from '../../kernel/data/loader';
import { t } from './strings';
import { formatTarget } from '../../kernel/lib/format';
import { namesAsWritten } from '../../kernel/places/names-as-written';
import { usePlaceName } from '../../kernel/places/use-place-name';
import { routePaths } from '../../kernel/router/paths';
import { useRouteParams } from '../../kernel/router/url-state';
import ExportButtons from '../../kernel/components/ExportButtons';
import { PLACE_PAGE } from '../../shared/index-paths';
import type { Indicator, PlaceItemDocument } from '../../shared/schema';
import { placeTable, type PlaceTask } from './export';

/** Tasks (and targets) listed at once; 显示更多 adds as many again (one more page of the index). */
export const PAGE = PLACE_PAGE;
const NO_IDS: string[] = [];
type Doc = Pick<PlaceItemDocument, 'id' | 'title' | 'docNumber' | 'date' | 'sha256'> & { province: string | null };

export default function PlaceView() {
  const { code = '' } = useRouteParams<{ code: string }>();
  const valid = /^\d{6}$/.test(code);
  const provinceCode = `${code.slice(0, 2)}0000`;
  const overview = useOverviewIndex();
  const local = useLocalSummaries();
  const localIds = useMemo(() => local.data?.map((l) => l.id) ?? NO_IDS, [local.data]);
  const localDocs = useDocuments(localIds);
  const official = usePlaceName(valid ? code : '000000');
  const [limit, setLimit] = useState({ code, tasks: PAGE, targets: PAGE });
  const lim = limit.code === code ? limit : { code, tasks: PAGE, targets: PAGE };
  const items = usePlaceItems(valid ? code : null, Math.ceil(Math.max(lim.tasks, lim.targets) / PAGE));

  if (!valid) return <EmptyState message={t.place.badCode(code)}><Link href="/">{t.nav.overview}</Link></EmptyState>;
  if (items.status === 'error') return <ErrorPanel error={items.error} retry={items.retry} />;
  if (items.status === 'loading' || local.status === 'loading' || localDocs.status === 'loading') return <Loading />;

  const built = items.data!;
  const docOf = new Map<string, Doc>(built.documents.map((d) => [d.id, d]));
  const locals = localDocs.data ?? [];
  const builtTasks = built.taskItems.slice(0, lim.tasks).flatMap((x) => {
    const doc = docOf.get(x.docId);
    return doc ? [{ doc, task: { id: x.taskId, title: x.title, citation: x.citation, role: x.role } }] : [];
  });
  const builtTargets = built.targetItems.slice(0, lim.targets).flatMap((x) => {
    const doc = docOf.get(x.docId);
    return doc ? [{ doc, ind: x.indicator }] : [];
  });
  const tasks: Array<{ doc: Doc; task: PlaceTask & { citation: Indicator['citation'] } }> = [
    ...builtTasks,
    ...locals.flatMap((d) => d.tasks.filter((x) => x.places.includes(code)).map((x) => ({ doc: d, task: { id: x.id, title: x.title, citation: x.citation, role: null } }))),
  ];
  const targets: Array<{ doc: Doc; ind: Indicator }> = [...builtTargets, ...locals.flatMap((d) => d.indicators.filter((i) => i.places.includes(code)).map((i) => ({ doc: d, ind: i })))];
  const localTasks = tasks.length - builtTasks.length;
  const localTargets = targets.length - builtTargets.length;
  const totalTasks = built.tasks + localTasks;
  const totalTargets = built.targets + localTargets;
  // Names as written: the build's (every built document), then any a local document adds.
  const written = [...new Set([...built.written.map(([w]) => w), ...(namesAsWritten(locals).get(code) ?? [])])];
  // Until (or unless) the boundary files name the code, the most common written name stands in.
  const name = (official.status === 'ready' ? official.data.name : null) ?? written[0] ?? null;
  const hasMap = (overview.data?.provinces.some((p) => p.code === provinceCode) ?? false) || locals.some((d) => d.provinceCode === provinceCode);
  const partial = tasks.length < totalTasks || targets.length < totalTargets;
  return (
    <div className="place page">
      <h1>
        {name ?? code} <small className="muted">{code}</small>
      </h1>
      <MissingDocuments failed={localDocs.failed} retry={localDocs.retry} />
      {items.failed && (
        <p className="error-panel partial-notice" role="alert" data-testid="place-more-failed">
          {t.place.morePartial(items.failed instanceof DataLoadError ? items.failed.file : items.failed.message)}{' '}
          <button type="button" onClick={items.retry}>{t.common.retry}</button>
        </p>
      )}
      {official.status === 'ready' && official.data.province && official.data.province !== name && (
        <p className="muted">{official.data.province}</p>
      )}
      {written.length > 0 && (
        <p>
          {t.place.asWritten}{t.common.colon}{written.join(t.common.listSep)}
        </p>
      )}
      {hasMap && <Link href={`${routePaths.map(provinceCode)}?region=${encodeURIComponent(code)}`}>{t.place.onMap}</Link>}
      {(tasks.length > 0 || targets.length > 0) && (
        <p className="export-row">
          <ExportButtons
            basename={`place-${code}`}
            testIdPrefix="place-export"
            csvLabel={partial ? t.place.exportShown(tasks.length + targets.length) : undefined}
            table={() => placeTable({ code, name: name ?? code }, tasks, targets)}
          />
        </p>
      )}
      {totalTasks === 0 && totalTargets === 0 && <EmptyState message={name ? t.place.none : t.place.unknownCode(code)} />}
      {totalTasks > 0 && (
        <section>
          <h2>
            {t.place.tasks}{t.common.paren(totalTasks)}
          </h2>
          <ul className="item-list" data-testid="place-tasks">
            {tasks.map(({ doc, task }) => (
              <li key={`${doc.id}/${task.id}`}>
                <strong>{task.title}</strong>
                {task.role && <span className="place-role" data-testid="place-role"> · {t.place.ownRole(t.role[task.role])}</span>}
                <span className="muted"> · {doc.title}</span>{' '}
                <SourceLink citation={task.citation} taskId={task.id} />
              </li>
            ))}
          </ul>
          {lim.tasks < built.tasks && (
            <button type="button" className="show-more" data-testid="place-more-tasks" disabled={items.loading} onClick={() => setLimit({ ...lim, tasks: lim.tasks + PAGE })}>
              {t.place.showMore(Math.min(PAGE, built.tasks - lim.tasks), built.tasks - lim.tasks)}
            </button>
          )}
        </section>
      )}
      {totalTargets > 0 && (
        <section>
          <h2>
            {t.place.targets}{t.common.paren(totalTargets)}
          </h2>
          <ul className="item-list">
            {targets.map(({ doc, ind }) => (
              <li key={`${doc.id}/${ind.id}`}>
                {ind.name}{t.common.colon}{formatTarget(ind)}
                <span className="muted"> · {doc.title}</span> <SourceLink citation={ind.citation} taskId={ind.taskId} />
              </li>
            ))}
          </ul>
          {lim.targets < built.targets && (
            <button type="button" className="show-more" data-testid="place-more-targets" disabled={items.loading} onClick={() => setLimit({ ...lim, targets: lim.targets + PAGE })}>
              {t.place.showMore(Math.min(PAGE, built.targets - lim.targets), built.targets - lim.targets)}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
