// /place/:code — a prefecture-level region: the tasks and targets that mention it, across all
// documents, each with its source link into the reader. Named officially from the boundary files
// (geo/), and by the names the documents use for it (泽州县, 高平市 for 晋城市). Reads the build's
// place aggregate of the region (index/places/<province>.json: ids, counts, names as written) and
// loads only the documents of the items shown, PAGE at a time; local (imported) documents are read whole.
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import EmptyState from '../../kernel/components/EmptyState';
import ErrorPanel from '../../kernel/components/ErrorPanel';
import Loading from '../../kernel/components/Loading';
import MissingDocuments from '../../kernel/components/MissingDocuments';
import SourceLink from '../../kernel/components/SourceLink';
import { useDocuments } from '../../kernel/data/hooks';
import { useLocalSummaries, useOverviewIndex, usePlaceShard } from '../../kernel/data/index-hooks';
import { t } from './strings';
import { formatTarget } from '../../kernel/lib/format';
import { namesAsWritten } from '../../kernel/places/names-as-written';
import { usePlaceName } from '../../kernel/places/use-place-name';
import { routePaths } from '../../kernel/router/paths';
import { useRouteParams } from '../../kernel/router/url-state';
import ExportButtons from '../../kernel/components/ExportButtons';
import type { PlaceShard, PolicyDocument } from '../../shared/schema';
import { placeTable } from './export';

/** Tasks (and targets) loaded and listed at once; 显示更多 adds as many again. */
export const PAGE = 50;
const NO_IDS: string[] = [];
type Ref = { docId: string; id: string };

/** The region's items from the aggregate: tasks in document order, then targets and achieved figures in document order. */
export function placeRefs(shard: PlaceShard, code: string): { tasks: Ref[]; targets: Ref[]; written: string[] } {
  const a = shard.regions.find((r) => r.code === code);
  if (!a) return { tasks: [], targets: [], written: [] };
  const order = new Map(shard.documents.map((id, i) => [id, i]));
  const targets = [...a.targetIds, ...a.achievedIds]
    .map(([docId, id]) => ({ docId, id }))
    .sort((x, y) => (order.get(x.docId) ?? 0) - (order.get(y.docId) ?? 0) || x.id.localeCompare(y.id));
  return { tasks: a.taskIds.map(([docId, id]) => ({ docId, id })), targets, written: a.written.map(([w]) => w) };
}

export default function PlaceView() {
  const { code = '' } = useRouteParams<{ code: string }>();
  const valid = /^\d{6}$/.test(code);
  const provinceCode = `${code.slice(0, 2)}0000`;
  const shard = usePlaceShard(valid ? provinceCode : null);
  const overview = useOverviewIndex();
  const local = useLocalSummaries();
  const localIds = useMemo(() => local.data?.map((l) => l.id) ?? NO_IDS, [local.data]);
  const localDocs = useDocuments(localIds);
  const official = usePlaceName(valid ? code : '000000');
  const [limit, setLimit] = useState({ code, tasks: PAGE, targets: PAGE });
  const lim = limit.code === code ? limit : { code, tasks: PAGE, targets: PAGE };
  const refs = useMemo(() => (shard.status === 'ready' ? placeRefs(shard.data, code) : null), [shard.status, shard.data, code]);
  const shownDocIds = useMemo(
    () => (refs ? [...new Set([...refs.tasks.slice(0, lim.tasks), ...refs.targets.slice(0, lim.targets)].map((r) => r.docId))] : NO_IDS),
    [refs, lim.tasks, lim.targets],
  );
  const docs = useDocuments(shownDocIds);

  if (!valid) return <EmptyState message={t.place.badCode(code)}><Link href="/">{t.nav.overview}</Link></EmptyState>;
  if (shard.status === 'error') return <ErrorPanel error={shard.error} retry={shard.retry} />;
  if (shard.status === 'loading' || local.status === 'loading' || localDocs.status === 'loading' || (docs.status === 'loading' && !docs.data)) return <Loading />;

  const byId = new Map<string, PolicyDocument>((docs.data ?? []).map((d) => [d.id, d]));
  const locals = localDocs.data ?? [];
  const item = <K extends 'tasks' | 'indicators'>(r: Ref, k: K) => {
    const d = byId.get(r.docId);
    const x = d?.[k].find((v) => v.id === r.id);
    return d && x ? { doc: d, x: x as PolicyDocument[K][number] } : null;
  };
  const builtTasks = refs!.tasks.slice(0, lim.tasks).flatMap((r) => {
    const v = item(r, 'tasks');
    return v ? [{ doc: v.doc, task: v.x }] : [];
  });
  const builtTargets = refs!.targets.slice(0, lim.targets).flatMap((r) => {
    const v = item(r, 'indicators');
    return v ? [{ doc: v.doc, ind: v.x }] : [];
  });
  const tasks = [...builtTasks, ...locals.flatMap((d) => d.tasks.filter((x) => x.places.includes(code)).map((x) => ({ doc: d, task: x })))];
  const targets = [...builtTargets, ...locals.flatMap((d) => d.indicators.filter((i) => i.places.includes(code)).map((i) => ({ doc: d, ind: i })))];
  const localTasks = tasks.length - builtTasks.length;
  const localTargets = targets.length - builtTargets.length;
  const totalTasks = refs!.tasks.length + localTasks;
  const totalTargets = refs!.targets.length + localTargets;
  // Names as written: the build's (every built document), then any a local document adds.
  const written = [...new Set([...refs!.written, ...(namesAsWritten(locals).get(code) ?? [])])];
  // Until (or unless) the boundary files name the code, the most common written name stands in.
  const name = (official.status === 'ready' ? official.data.name : null) ?? written[0] ?? null;
  const hasMap = (overview.data?.provinces.some((p) => p.code === provinceCode) ?? false) || locals.some((d) => d.provinceCode === provinceCode);
  const partial = tasks.length < totalTasks || targets.length < totalTargets;
  return (
    <div className="place page">
      <h1>
        {name ?? code} <small className="muted">{code}</small>
      </h1>
      <MissingDocuments failed={[...docs.failed, ...localDocs.failed]} retry={docs.retry} />
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
                <span className="muted"> · {doc.title}</span>{' '}
                <SourceLink citation={task.citation} taskId={task.id} />
              </li>
            ))}
          </ul>
          {builtTasks.length < refs!.tasks.length && lim.tasks < refs!.tasks.length && (
            <button type="button" className="show-more" data-testid="place-more-tasks" onClick={() => setLimit({ ...lim, tasks: lim.tasks + PAGE })}>
              {t.place.showMore(Math.min(PAGE, refs!.tasks.length - lim.tasks), refs!.tasks.length - lim.tasks)}
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
          {lim.targets < refs!.targets.length && (
            <button type="button" className="show-more" data-testid="place-more-targets" onClick={() => setLimit({ ...lim, targets: lim.targets + PAGE })}>
              {t.place.showMore(Math.min(PAGE, refs!.targets.length - lim.targets), refs!.targets.length - lim.targets)}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
