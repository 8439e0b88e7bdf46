// Presenter mode for targets (?present=1 on /indicators, e.g. /indicators?doc=…&present=1 from the
// reader): one target at a time, large — figure, year (推定 where implied), status, the sentence it
// is cited from — and ←/→ to the next/previous in the order on screen (?target= says which, so
// Back and a shared link land on it). Esc, or leaving fullscreen, ends it. Loaded only when used.
import { useEffect } from 'react';
import InferredYear from '../../kernel/components/InferredYear';
import SourceLink from '../../kernel/components/SourceLink';
import { formatTarget } from '../../kernel/lib/format';
import { useUrlParam } from '../../kernel/router/url-state';
import type { TargetEntry } from '../../kernel/targets/catalogue';
import { t } from './strings';
import './present.css';

const s = t.indicators;

/** The entry after/before `current` (by id), wrapping round; the first when none matches. */
export function stepTarget(ids: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (!ids.length) return null;
  const i = current === null ? -1 : ids.indexOf(current);
  if (i < 0) return step === 1 ? ids[0] : ids[ids.length - 1];
  return ids[(i + step + ids.length) % ids.length];
}

export default function TargetPresenter({ entries, onLeave }: { entries: TargetEntry[]; onLeave: () => void }) {
  const [target, setTarget] = useUrlParam('target');
  const index = Math.max(0, entries.findIndex((e) => e.indicator.id === target));
  const entry = entries[index];

  useEffect(() => {
    const ids = entries.map((e) => e.indicator.id);
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (e.altKey || e.ctrlKey || e.metaKey || el?.closest('input, select, textarea, [contenteditable]')) return;
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        e.preventDefault();
        setTarget(stepTarget(ids, entry?.indicator.id ?? null, e.key === 'ArrowRight' ? 1 : -1));
      } else if (e.key === 'Escape') onLeave();
    };
    const onFullscreen = () => {
      if (!document.fullscreenElement) onLeave();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [entries, entry, setTarget, onLeave]);

  if (!entry) {
    return (
      <div className="target-present" data-testid="target-present">
        <p>{s.presentNone}</p>
        <button type="button" onClick={onLeave}>{s.presentLeave}</button>
      </div>
    );
  }
  const ind = entry.indicator;
  const a = entry.assessment;
  const achieved = ind.stage === 'achieved';
  return (
    <div className="target-present" data-testid="target-present" data-indicator={ind.id} role="region" aria-label={s.presentHint}>
      <div className="target-present-bar">
        <span>{s.presentHint}</span>
        <span className="target-present-count" data-testid="target-present-count">{s.presentCount(index + 1, entries.length)}</span>
        <button type="button" onClick={onLeave}>{s.presentLeave}</button>
      </div>
      <p className="target-present-kicker">{entry.province} · {entry.docTitle}</p>
      <h2 className="target-present-name">{ind.name}</h2>
      <p className="target-present-figure">
        <strong data-testid="target-present-figure">{formatTarget(ind)}</strong>
        <span className="target-present-year">
          {ind.targetYear !== null ? s.byYear(ind.targetYear) : achieved ? s.achievedYearNotStated : s.yearNotStated}
          <InferredYear basis={ind.yearBasis} citation={ind.yearCitation} />
        </span>
      </p>
      {!achieved && (
        <p className="target-present-status">
          <span className={`status-badge ${a.status}`} data-testid="target-present-status">{s.status[a.status]}</span>
          <span className="muted">{s.reason[a.reason]}</span>
        </p>
      )}
      <blockquote className="target-present-quote" data-testid="target-present-quote">
        {ind.citation.quote}
        <footer>
          <SourceLink citation={ind.citation}>{s.presentCited}</SourceLink>
        </footer>
      </blockquote>
    </div>
  );
}
