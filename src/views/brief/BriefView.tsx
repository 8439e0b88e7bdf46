// /brief/province/:code and /brief/doc/:id — a printable A4 briefing: the province's map (static
// SVG), key targets with their status, the departments that answer for most tasks, and the
// documents cited (title, 文号, date; 未注明 when the text does not say). 打印 is enabled once the
// map has finished drawing (data-ready on the page), so what prints is the finished picture.
import { useCallback, useEffect, useMemo, useState } from 'react';
import ErrorPanel from '../../kernel/components/ErrorPanel';
import Loading from '../../kernel/components/Loading';
import MissingDocuments from '../../kernel/components/MissingDocuments';
import { useDocument, useDocuments, useGeoIndex, useProgress } from '../../kernel/data/hooks';
import { useLocalSummaries, useLookup, useOverviewIndex, usePlaceShard, useTargetShards } from '../../kernel/data/index-hooks';
import { isLocalId } from '../../kernel/data/local-documents';
import { useHeatmapDocument, useProvinceDocuments } from '../../kernel/data/heatmap-index';
import { useBriefIndex } from '../../kernel/data/brief-index';
import { buildMapState, buildMapStateFromIndex } from '../../kernel/map/state/map-state';
import { useLocalEntries } from '../../kernel/entries/store';
import { useStatusIndex } from '../../kernel/entries/use-status-index';
import { routePaths } from '../../kernel/router/paths';
import { decodeParam } from '../../kernel/router/route-param';
import { useAtlasStore, useNavigate, useRouteParams } from '../../kernel/router/url-state';
import { useUnknownDocument } from '../../kernel/router/use-unknown-document';
import type { Department, PolicyDocument, ProgressRow } from '../../shared/schema';
import BriefMap from './BriefMap';
import BriefPage from './BriefPage';
import { buildBriefing, buildDate, buildProvinceBriefing, forMap, needsCatalogue, type MapDepartment } from './model/briefing';
import { t } from './strings';
import './brief.css';

const NO_ROWS: ProgressRow[] = [];

export default function BriefView() {
  const params = useRouteParams<{ code?: string; id?: string }>();
  // Two routes, one page: a document's briefing checks its id against its lookup shard first.
  return params.id !== undefined ? <DocBrief docId={decodeParam(params.id)} /> : <ProvinceBrief code={params.code ?? ''} />;
}

function DocBrief({ docId }: { docId: string }) {
  const unknown = useUnknownDocument(docId, (first) => (first ? routePaths.brief.doc(first) : '/'));
  if (unknown) return null;
  return <DocBriefBody docId={docId} />;
}

function ProvinceBrief({ code }: { code: string }) {
  const overview = useOverviewIndex();
  const index = useGeoIndex();
  const navigate = useNavigate();
  const setNotice = useAtlasStore((s) => s.setNotice);
  const known = !index.data || index.data.provinces.some((p) => p.code === code);
  // An unknown province code: the first province with documents, under its own URL, with a notice.
  useEffect(() => {
    if (known || !overview.data || !index.data) return;
    const to = routePaths.brief.province(overview.data.first?.provinceCode ?? index.data.provinces[0]?.code ?? '');
    navigate(to, { replace: true });
    setNotice({ path: to, text: t.brief.unknownProvince(code) });
  }, [known, overview.data, index.data, code, navigate, setNotice]);
  if (!known) return null;
  return <ProvinceBriefBody code={code} />;
}

const NO_DOCS: PolicyDocument[] = [];
const NO_IDS: string[] = [];
const NO_DEPARTMENTS: Department[] = [];

/**
 * A province's briefing from the build's indexes (issue 11): its brief index (first targets, counts,
 * departments), its document list and its place aggregates for the map — no manifest, registry or
 * document, unless a figure is reported for one of its targets (then its target catalogue) or this
 * browser imported documents of it (those are read whole).
 */
function ProvinceBriefBody({ code }: { code: string }) {
  const overview = useOverviewIndex();
  const index = useGeoIndex();
  const brief = useBriefIndex(code);
  const documents = useProvinceDocuments(code);
  const places = usePlaceShard(code);
  const progress = useProgress();
  const local = useLocalEntries();
  const statusIndex = useStatusIndex();
  const localSummaries = useLocalSummaries();
  const localIds = useMemo(() => (localSummaries.data ?? []).filter((l) => l.entry.provinceCode === code).map((l) => l.id), [localSummaries.data, code]);
  const localDocs = useDocuments(localIds.length ? localIds : NO_IDS);
  const localRegistry = useMemo(() => {
    const list = (localSummaries.data ?? []).flatMap((l) => l.departments);
    return list.length ? list : NO_DEPARTMENTS;
  }, [localSummaries.data]);
  const rows = progress.data?.rows ?? NO_ROWS;
  const builtIds = useMemo(() => documents.data?.documents.map((d) => d.id) ?? NO_IDS, [documents.data]);
  const wantCatalogue = documents.status === 'ready' && progress.status !== 'loading' && local.ready && needsCatalogue(builtIds, rows, local.progress);
  const catalogue = useTargetShards(wantCatalogue ? [code] : NO_IDS);
  const loadedLocal = localDocs.status === 'ready' ? localDocs.data : localDocs.status === 'error' ? NO_DOCS : null;

  const briefing = useMemo(() => {
    if (brief.status !== 'ready' || documents.status !== 'ready' || !loadedLocal || (wantCatalogue && catalogue.status !== 'ready')) return null;
    return buildProvinceBriefing({
      index: brief.data, documents: documents.data.documents, catalogue: wantCatalogue ? catalogue.data ?? null : null,
      localDocs: loadedLocal, localRegistry, progress: rows, local: local.progress, statusIndex, currentYear: new Date().getFullYear(),
    });
  }, [brief, documents, loadedLocal, wantCatalogue, catalogue, localRegistry, rows, local.progress, statusIndex]);
  const mapState = useCallback(
    (regions: readonly { code: string | null; name: string }[]) => buildMapStateFromIndex(code, regions, places.data!, loadedLocal ?? NO_DOCS, localRegistry),
    [code, places.data, loadedLocal, localRegistry],
  );

  const [mapReady, setMapReady] = useState(false);
  const onMapReady = useCallback(() => setMapReady(true), []);
  const hasMap = !!index.data?.provinces.some((p) => p.code === code);

  for (const r of [overview, index, brief, documents, places, catalogue, localSummaries]) if (r.status === 'error') return <ErrorPanel error={r.error!} retry={r.retry} />;
  if (overview.status !== 'ready' || index.status !== 'ready' || !briefing || places.status !== 'ready' || progress.status === 'loading' || !local.ready) return <Loading />;

  const province = index.data.provinces.find((p) => p.code === code)?.name ?? code;
  const title = t.brief.provinceTitle(province);
  return (
    <>
      {localDocs.status === 'error' && <MissingDocuments failed={localDocs.failed} retry={localDocs.retry} />}
      <BriefPage
        kind="province"
        title={title}
        builtOn={buildDate(overview.data.builtAt)}
        briefing={briefing}
        ready={mapReady || !hasMap}
        back={{ href: routePaths.map(code), label: t.brief.backToMap }}
        map={hasMap ? <BriefMap provinceCode={code} state={mapState} onReady={onMapReady} /> : <p className="muted">{t.brief.noMap}</p>}
        progressError={progress.status === 'error' ? <ErrorPanel error={progress.error!} retry={progress.retry} /> : null}
      />
    </>
  );
}

/**
 * A document's briefing (issue 11): the document itself, its province from its lookup shard and the
 * registry entries of the departments it names from its heatmap index — no manifest, no whole
 * registry. A document imported in this browser: its summary's province and departments.
 */
function DocBriefBody({ docId }: { docId: string }) {
  const isLocal = isLocalId(docId);
  const lookup = useLookup(docId, !isLocal);
  const heat = useHeatmapDocument(docId, !isLocal);
  const localSummaries = useLocalSummaries();
  const overview = useOverviewIndex();
  const index = useGeoIndex();
  const doc = useDocument(docId);
  const progress = useProgress();
  const local = useLocalEntries();
  const statusIndex = useStatusIndex();
  const summary = isLocal ? localSummaries.data?.find((l) => l.id === docId) : undefined;
  const code = isLocal ? (summary?.entry.provinceCode ?? null) : (lookup.data?.documents.find((d) => d.id === docId)?.provinceCode ?? null);
  const registry: readonly (MapDepartment & Pick<Department, 'name'>)[] | null = isLocal ? (summary?.departments ?? null) : (heat.data?.departments ?? null);
  const docs = useMemo(() => (doc.data ? [doc.data] : null), [doc.data]);

  const briefing = useMemo(() => {
    if (!docs || !registry) return null;
    return buildBriefing({ docs, progress: progress.data?.rows ?? NO_ROWS, local: local.progress, statusIndex, registry, currentYear: new Date().getFullYear(), maxTargets: Infinity });
  }, [docs, registry, progress.data, local.progress, statusIndex]);

  const mapState = useCallback(
    (regions: readonly { code: string | null; name: string }[]) => buildMapState(code ?? '', regions, docs ?? NO_DOCS, forMap(registry ?? NO_DEPARTMENTS)),
    [code, docs, registry],
  );
  const [mapReady, setMapReady] = useState(false);
  const onMapReady = useCallback(() => setMapReady(true), []);
  const hasMap = !!code && !!index.data?.provinces.some((p) => p.code === code);

  for (const r of [overview, index, doc, ...(isLocal ? [localSummaries] : [lookup, heat])]) if (r.status === 'error') return <ErrorPanel error={r.error!} retry={r.retry} />;
  if (overview.status !== 'ready' || index.status !== 'ready' || !briefing || progress.status === 'loading' || !local.ready) return <Loading />;

  const title = t.brief.docTitle(doc.data?.title ?? docId);
  return (
    <BriefPage
      kind="doc"
      title={title}
      builtOn={buildDate(overview.data.builtAt)}
      briefing={briefing}
      ready={mapReady || !hasMap}
      back={{ href: routePaths.doc(docId), label: t.brief.backToDoc }}
      map={hasMap ? <BriefMap provinceCode={code!} state={mapState} onReady={onMapReady} /> : <p className="muted">{t.brief.noMap}</p>}
      progressError={progress.status === 'error' ? <ErrorPanel error={progress.error!} retry={progress.retry} /> : null}
    />
  );
}
