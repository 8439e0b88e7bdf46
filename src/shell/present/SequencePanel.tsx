// The sequence of views a presenter builds (添加当前视图), reorders, exports and imports as JSON,
// and in presenter mode steps through with ←/→ (PageDown/PageUp, as presentation clickers send),
// across views. The list lives in ?seq= (and in this browser's storage, so it survives following
// a link that drops it); Esc leaves presenter mode and keeps the list.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useAtlasStore, useNavigate } from '../../kernel/router/url-state';
import { downloadText } from '../../kernel/lib/download';
import { buildUrl } from '../../kernel/store/url';
import { currentStep, decodeSequence, encodeSequence, normaliseStep, SEQ_PARAM, sequenceFile, stepHref, stepTo } from './sequence';
import { parseSequenceFile } from './sequence-file';
import { setSequencePanelOpen } from './panel-state';
import { s } from './strings';
import './present.css';

const STORAGE_KEY = 'atlas.presenter-sequence';

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function store(value: string | null) {
  try {
    if (value === null) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, value);
  } catch {
    /* storage disabled: the URL alone keeps the list */
  }
}

const NEXT = new Set(['ArrowRight', 'PageDown']);
const PREV = new Set(['ArrowLeft', 'PageUp']);

export default function SequencePanel({ open }: { open: boolean }) {
  const path = useAtlasStore((st) => st.path);
  const params = useAtlasStore((st) => st.params);
  const setParam = useAtlasStore((st) => st.setParam);
  const setParams = useAtlasStore((st) => st.setParams);
  const setNotice = useAtlasStore((st) => st.setNotice);
  const navigate = useNavigate();
  const [message, setMessage] = useState<string | null>(null);
  const file = useRef<HTMLInputElement | null>(null);

  const seqParam = params[SEQ_PARAM] ?? null;
  const decoded = useMemo(() => decodeSequence(seqParam ?? stored() ?? encodeSequence([])), [seqParam]);
  const steps = useMemo(() => ('steps' in decoded ? decoded.steps : []), [decoded]);
  const bad = 'error' in decoded ? decoded.error : null;
  useEffect(() => {
    if (bad && seqParam !== null) setNotice({ path, text: s.badSeq(bad) });
  }, [bad, seqParam, path, setNotice]);

  const here = buildUrl(path, params);
  const index = currentStep(steps, here);
  const presenting = params.present === '1';

  const save = (next: string[]) => {
    const value = next.length ? encodeSequence(next) : null;
    store(value);
    setParam(SEQ_PARAM, value, { replace: true });
  };

  // Capture phase: a view's own stepping (the map's regions) gives way to the sequence's.
  useEffect(() => {
    if (!presenting || steps.length === 0) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.altKey || e.ctrlKey || e.metaKey || target?.closest('input, select, textarea, [contenteditable]')) return;
      if (e.key === 'Escape') {
        setParams({ present: null });
        return;
      }
      const step = NEXT.has(e.key) ? 1 : PREV.has(e.key) ? -1 : 0;
      if (!step) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      const next = stepTo(steps, index, step);
      if (next !== null) navigate(stepHref(steps, next));
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [presenting, steps, index, navigate, setParams]);

  const start = () => {
    if (!steps.length) return;
    setSequencePanelOpen(false);
    navigate(stepHref(steps, 0));
    if (!document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => {});
  };

  const onFile = async (f: File | undefined) => {
    if (!f) return;
    const r = parseSequenceFile(f.name, await f.text());
    if ('error' in r) return setMessage(s.badFile(r.error));
    save(r.steps);
    setMessage(s.imported(r.steps.length));
  };

  if (presenting && steps.length) {
    return (
      <div className="seq-bar" role="status" data-testid="seq-bar">
        <span>{index >= 0 ? s.bar(index + 1, steps.length) : s.outside(steps.length)}</span>
        <button type="button" onClick={() => setParams({ present: null })}>{s.leave}</button>
      </div>
    );
  }
  if (!open) return null;
  const addable = normaliseStep(here);
  return (
    <section className="seq-panel" aria-label={s.heading} data-testid="seq-panel">
      <header>
        <h2>{s.heading}</h2>
        <button type="button" onClick={() => setSequencePanelOpen(false)}>{s.close}</button>
      </header>
      {steps.length === 0 ? (
        <p className="muted">{s.empty}</p>
      ) : (
        <ol data-testid="seq-steps">
          {steps.map((href, i) => (
            <li key={`${i}:${href}`} aria-current={i === index ? 'step' : undefined}>
              <code title={s.step(i + 1, steps.length)}>{href}</code>
              <span className="seq-step-actions">
                {i > 0 && (
                  <button type="button" onClick={() => save(steps.map((x, j) => (j === i - 1 ? steps[i] : j === i ? steps[i - 1] : x)))}>{s.up}</button>
                )}
                <button type="button" onClick={() => save(steps.filter((_, j) => j !== i))}>{s.remove}</button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <div className="seq-actions">
        <button type="button" data-testid="seq-add" disabled={addable === null || steps.includes(addable)} onClick={() => addable && save([...steps, addable])}>
          {s.add}
        </button>
        <button type="button" data-testid="seq-start" disabled={!steps.length} onClick={start}>{s.start}</button>
        <button type="button" data-testid="seq-export" disabled={!steps.length} onClick={() => downloadText('presenter-sequence.json', `${JSON.stringify(sequenceFile(steps), null, 2)}\n`, 'application/json')}>
          {s.exportJson}
        </button>
        <button type="button" onClick={() => file.current?.click()}>{s.importJson}</button>
        <input ref={file} type="file" accept=".json,application/json" hidden data-testid="seq-file" onChange={(e) => void onFile(e.target.files?.[0]).finally(() => (e.target.value = ''))} />
        <button type="button" disabled={!steps.length} onClick={() => save([])}>{s.clear}</button>
      </div>
      {message && <p role="alert" data-testid="seq-message">{message}</p>}
    </section>
  );
}
