// /doc/:docId — the document reader. ?task=<id> selects a task, ?at=<start>-<end> highlights a cited
// span, ?raw=1 shows raw source lines. All three are URL state so any source link can land here.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { routePaths } from '../../kernel/router/paths';
import ErrorPanel from '../../kernel/components/ErrorPanel';
import Loading from '../../kernel/components/Loading';
import { useDocument } from '../../kernel/data/hooks';
import { isOfflineMiss } from '../../kernel/data/load-error';
import { useOnline } from '../../kernel/lib/use-online';
import { t } from './strings';
import { useAtlasStore, useRouteParams, useUrlParam } from '../../kernel/router/url-state';
import { buildMarks, parseAt, type Mark } from './annotations';
import Details from './Details';
import DocMeta from './DocMeta';
import DocText from './DocText';
import Legend from './Legend';
import { useUnknownDocument } from '../../kernel/router/use-unknown-document';

/** 一、 for parts, (一) for sections; headings (004's narrative titles) carry their own wording. */
function outlineLabel(level: string, label: string | undefined): string {
  if (!label || label.length > 3 || level === 'heading') return '';
  return level === 'part' ? `${label}、` : `(${label})`;
}

export default function ReaderView() {
  const { docId = '' } = useRouteParams<{ docId: string }>();
  const doc = useDocument(docId);
  const unknownDoc = useUnknownDocument(docId, () => '/');
  const [taskId, setTaskId] = useUrlParam('task');
  const [at, setAt] = useUrlParam('at');
  const [raw, setRaw] = useUrlParam('raw');
  const [picked, setPicked] = useState<Mark | null>(null);
  const path = useAtlasStore((s) => s.path);
  const setNotice = useAtlasStore((s) => s.setNotice);
  const online = useOnline();

  const data = doc.status === 'ready' ? doc.data : null;
  const marks = useMemo(() => (data ? buildMarks(data) : []), [data]);
  const task = data && taskId ? data.tasks.find((x) => x.id === taskId) ?? null : null;
  const range = data ? parseAt(at, data.text.length) : null;
  const hlStart = task ? task.citation.start : range?.start;
  const hlEnd = task ? task.citation.end : range?.end;
  // One object per span: a fresh one each render would make DocText rebuild every line.
  const highlight = useMemo(() => (hlStart !== undefined && hlEnd !== undefined ? { start: hlStart, end: hlEnd } : null), [hlStart, hlEnd]);

  // Bad parameters: say so, show the document from the top.
  useEffect(() => {
    if (!data) return;
    const bad: string[] = [];
    if (taskId && !task) bad.push(t.reader.badTask(taskId));
    else if (at && !range) bad.push(t.reader.badRange(at));
    // ?raw= is 1 or absent; anything else shows the reading text, and says so.
    if (raw !== null && raw !== '1') bad.push(t.notice.badParam('raw', raw));
    // Once the parameters are valid again (a task was clicked), the old notice no longer applies.
    setNotice(bad.length ? { path, text: bad.join(' ') } : null);
  }, [data, taskId, task, at, range, raw, path, setNotice]);

  // Memoised for the same reason as highlight (DocText is memo'd on it).
  const taskMark = useMemo<Mark | null>(
    () => (task ? { kind: 'task', start: task.citation.start, end: task.citation.end, ref: task.id, taskId: task.id } : null),
    [task],
  );
  const selected: Mark | null = picked ?? taskMark;

  const onPick = useCallback(
    (m: Mark) => {
      if (m.kind === 'task') {
        setPicked(null);
        setTaskId(m.ref);
        setAt(null, { replace: true });
      } else setPicked(m);
    },
    [setTaskId, setAt],
  );

  if (unknownDoc) return <Loading />;
  if (doc.status === 'loading') return <Loading />;
  if (doc.status === 'error')
    return (
      <div className="page">
        <ErrorPanel error={doc.error} retry={doc.retry} />
        {/* The offline panel has its own 返回. */}
        {!isOfflineMiss(doc.error, online) && <Link href="/">{t.common.back}</Link>}
      </div>
    );
  const d = doc.data;
  return (
    <div className="reader page">
      <DocMeta doc={d} />
      <div className="reader-toolbar">
        <button type="button" aria-pressed={raw === '1'} onClick={() => setRaw(raw === '1' ? null : '1', { replace: true })}>
          {raw === '1' ? t.reader.hideRaw : t.reader.showRaw}
        </button>
        <Link href={routePaths.brief.doc(d.id)} className="reader-brief" title={t.nav.briefTitle} data-testid="brief-link">
          {t.nav.brief}
        </Link>
        {d.indicators.length > 0 && (
          <Link href={`${routePaths.indicators}?doc=${encodeURIComponent(d.id)}&present=1`} className="reader-present" title={t.reader.presentTargetsTitle} data-testid="present-targets-link">
            {t.reader.presentTargets}
          </Link>
        )}
        <Legend />
      </div>
      <div className="reader-grid">
        <nav className="reader-outline" aria-label={t.reader.outline}>
          <h2>{t.reader.outline}</h2>
          <ul>
            {d.outline.map((n) => (
              // Indent by depth in the document, not by kind: 004's narrative headings are its top level.
              <li key={n.path.join('.')} className={`outline-${n.level}`} style={{ paddingLeft: `${n.path.length - 1}rem` }}>
                <Link href={`/doc/${encodeURIComponent(d.id)}?at=${n.start}-${Math.min(n.end, n.start + n.title.length + 4)}`}>
                  {outlineLabel(n.level, n.path[n.path.length - 1])}{n.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <article className="reader-text" aria-label={d.title}>
          <DocText doc={d} marks={marks} highlight={highlight} showRaw={raw === '1'} selected={selected} onPick={onPick} />
        </article>
        <aside className="reader-details" aria-label={t.reader.details}>
          <h2>{t.reader.details}</h2>
          <Details doc={d} mark={selected} />
          {d.anomalies && d.anomalies.length > 0 && (
            <details data-testid="anomalies" open>
              <summary>
                {t.reader.anomalies}（{d.anomalies.length}）
              </summary>
              <ul>
                {d.anomalies.map((a, i) => (
                  <li key={i} title={a.message}>
                    <strong>{t.reader.anomalyKind[a.kind] ?? a.kind}</strong> · {a.path.join('.') || '—'} · {t.reader.anomalyLine(a.line)}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {d.warnings.length > 0 && (
            <details>
              <summary>
                {t.reader.warnings}（{d.warnings.length}）
              </summary>
              <ul>
                {d.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </details>
          )}
        </aside>
      </div>
    </div>
  );
}
