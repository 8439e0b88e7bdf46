// /brief/province/:code and /brief/doc/:id — a printable A4 briefing: the province's map (static
// SVG), key targets with their status, the departments that answer for most tasks, and the
// documents cited (title, 文号, date; 未注明 when the text does not say). 打印 is enabled once the
// map has finished drawing (data-ready on the page), so what prints is the finished picture.
import { useCallback, useEffect, useMemo, useState } from 'react';
import ErrorPanel from '../../kernel/components/ErrorPanel';
import Loading from '../../kernel/components/Loading';
import MissingDocuments from '../../kernel/components/MissingDocuments';
import { useDepartments, useDocuments, useGeoIndex, useManifest, useProgress } from '../../kernel/data/hooks';
import { useLocalEntries } from '../../kernel/entries/store';
import { useStatusIndex } from '../../kernel/entries/use-status-index';
import { routePaths } from '../../kernel/router/paths';
import { decodeParam } from '../../kernel/router/route-param';
import { useAtlasStore, useNavigate, useRouteParams } from '../../kernel/router/url-state';
import { useUnknownDocument } from '../../kernel/router/use-unknown-document';
import type { ProgressRow } from '../../shared/schema';
import BriefMap from './BriefMap';
import BriefPage from './BriefPage';
import { buildBriefing, buildDate, MAX_TARGETS } from './model/briefing';
import { t } from './strings';
import './brief.css';

const NO_ROWS: ProgressRow[] = [];

export default function BriefView() {
  const params = useRouteParams<{ code?: string; id?: string }>();
  // Two routes, one page: a document's briefing checks its id against the manifest first.
  return params.id !== undefined ? <DocBrief docId={decodeParam(params.id)} /> : <ProvinceBrief code={params.code ?? ''} />;
}

function DocBrief({ docId }: { docId: string }) {
  const manifest = useManifest();
  const unknown = useUnknownDocument(docId, (first) => (first ? routePaths.brief.doc(first) : '/'));
  if (unknown) return null;
  const entry = manifest.data?.documents.find((d) => d.id === docId);
  return <Brief kind="doc" docId={docId} code={entry?.provinceCode ?? null} />;
}

function ProvinceBrief({ code }: { code: string }) {
  const manifest = useManifest();
  const index = useGeoIndex();
  const navigate = useNavigate();
  const setNotice = useAtlasStore((s) => s.setNotice);
  const entries = manifest.data?.documents;
  const known = !index.data || index.data.provinces.some((p) => p.code === code);
  // An unknown province code: the first province with documents, under its own URL, with a notice.
  useEffect(() => {
    if (known || !entries || !index.data) return;
    const to = routePaths.brief.province(entries[0]?.provinceCode ?? index.data.provinces[0]?.code ?? '');
    navigate(to, { replace: true });
    setNotice({ path: to, text: t.brief.unknownProvince(code) });
  }, [known, entries, index.data, code, navigate, setNotice]);
  if (!known) return null;
  return <Brief kind="province" docId={null} code={code} />;
}

function Brief({ kind, docId, code }: { kind: 'province' | 'doc'; docId: string | null; code: string | null }) {
  const manifest = useManifest();
  const index = useGeoIndex();
  const entries = manifest.data?.documents;
  const ids = useMemo(() => (entries ? (kind === 'doc' ? entries.filter((d) => d.id === docId) : entries.filter((d) => d.provinceCode === code)).map((d) => d.id) : []), [entries, kind, docId, code]);
  const docs = useDocuments(ids);
  const departments = useDepartments();
  const progress = useProgress();
  const local = useLocalEntries();
  const statusIndex = useStatusIndex();

  const briefing = useMemo(() => {
    if (docs.status !== 'ready' || departments.status !== 'ready') return null;
    return buildBriefing({ docs: docs.data, progress: progress.data?.rows ?? NO_ROWS, local: local.progress, statusIndex, registry: departments.data.departments, currentYear: new Date().getFullYear(), maxTargets: kind === 'doc' ? Infinity : MAX_TARGETS });
  }, [docs, departments, progress.data, local.progress, statusIndex, kind]);

  const [mapReady, setMapReady] = useState(false);
  const onMapReady = useCallback(() => setMapReady(true), []);
  const hasMap = !!code && !!index.data?.provinces.some((p) => p.code === code);

  for (const r of [manifest, index, departments]) if (r.status === 'error') return <ErrorPanel error={r.error!} retry={r.retry} />;
  if (docs.status === 'error' && ids.length > 0) return <ErrorPanel error={docs.error!} retry={docs.retry} />;
  if (manifest.status !== 'ready' || index.status !== 'ready' || !briefing || progress.status === 'loading' || !local.ready) return <Loading />;

  const province = kind === 'doc' ? (entries!.find((d) => d.id === docId)?.province ?? '') : (index.data.provinces.find((p) => p.code === code)?.name ?? code ?? '');
  const title = kind === 'doc' ? t.brief.docTitle(docs.data![0]?.title ?? docId ?? '') : t.brief.provinceTitle(province);
  return (
    <>
      <MissingDocuments failed={docs.failed} retry={docs.retry} />
      <BriefPage
        kind={kind}
        title={title}
        builtOn={buildDate(manifest.data.builtAt)}
        briefing={briefing}
        ready={mapReady || !hasMap}
        back={kind === 'doc' ? { href: routePaths.doc(docId ?? ''), label: t.brief.backToDoc } : { href: routePaths.map(code ?? ''), label: t.brief.backToMap }}
        map={hasMap ? <BriefMap provinceCode={code!} docs={docs.data!} registry={departments.data!.departments} onReady={onMapReady} /> : <p className="muted">{t.brief.noMap}</p>}
        progressError={progress.status === 'error' ? <ErrorPanel error={progress.error!} retry={progress.retry} /> : null}
      />
    </>
  );
}
