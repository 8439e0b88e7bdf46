// The one search box (header). "/" focuses it anywhere; ↑/↓ move through results (grouped by
// kind, departments and places first when the query names one), Enter opens, Escape closes; the
// last option opens the all-results page. ARIA combobox + listbox so screen readers follow along.
// The index (pipeline/search) is loaded on first focus, not on page load.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { dataCache } from '../../kernel/data/cache';
import { t } from './strings';
import { useNavigate } from '../../kernel/router/url-state';
import { searchStrings as s } from './strings';
import { DROPDOWN_BYTES } from './limits';
import { useSearch } from './useSearch';
import './search.css';
import type { HitKind, SearchHit } from './engine';

const PER_GROUP: Record<HitKind, number> = { unit: 5, place: 5, target: 5, task: 8 };

export const searchPageHref = (q: string) => `/search?q=${encodeURIComponent(q.trim())}`;

/** A touch screen without a keyboard at hand: no "press /" in the placeholder (styles.css hides the ↑↓ hints the same way). */
function touchScreen(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && (window.matchMedia('(pointer: coarse)').matches || window.matchMedia('(hover: none)').matches);
}

export default function SearchBox() {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const state = useSearch(query, { enabled: wanted, budgetBytes: DROPDOWN_BYTES });
  const results = state.results;
  const groups = results ? results.order.map((k) => [k, results.groups[k].slice(0, PER_GROUP[k])] as const).filter(([, hits]) => hits.length > 0) : [];
  const flat: SearchHit[] = groups.flatMap(([, hits]) => hits);
  const trimmed = query.trim();
  // The all-results page is the last option.
  const optionCount = flat.length + (trimmed ? 1 : 0);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const pick = (i: number) => {
    const href = i < flat.length ? flat[i].href : trimmed ? searchPageHref(trimmed) : null;
    if (!href) return;
    setOpen(false);
    input.current?.blur();
    navigate(href);
  };

  // Keep the active result in view as the arrow keys move it.
  useEffect(() => {
    if (open) document.getElementById(`sr-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, open]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, optionCount - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape') {
      setOpen(false);
      input.current?.blur();
    }
  };

  const showList = open && trimmed !== '';
  const loading = state.status === 'loading' || state.status === 'idle';
  let n = -1;
  return (
    <div className="search" role="search">
      <label htmlFor="site-search" className="visually-hidden">
        {t.search.label}
      </label>
      <input
        id="site-search"
        ref={input}
        type="search"
        autoComplete="off"
        placeholder={touchScreen() ? t.search.placeholderTouch : t.search.placeholder}
        role="combobox"
        aria-expanded={showList}
        aria-controls="search-results"
        aria-activedescendant={showList && active < optionCount ? `sr-${active}` : undefined}
        value={query}
        onFocus={() => {
          // A search file that failed is fetched again on the next focus: search recovers once
          // the file is back, without a reload.
          if (state.status === 'error') dataCache.invalidateErrors();
          setWanted(true);
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <div className="search-panel" id="search-results" role="listbox" aria-label={t.search.label}>
          {loading && <p className="muted">{t.common.loading}</p>}
          {state.status === 'error' && <p className="muted">{state.error?.message}</p>}
          {!loading && flat.length === 0 && state.pending === 0 && <p className="muted">{t.empty.noResults}</p>}
          {groups.map(([k, hits]) => (
            <div key={k} role="group" aria-label={t.search.groups[k]} className="search-group">
              <p className="search-group-title">{t.search.groups[k]}</p>
              {hits.map((hit) => {
                n++;
                const i = n;
                return (
                  <div
                    key={hit.key}
                    id={`sr-${i}`}
                    role="option"
                    aria-selected={i === active}
                    className={i === active ? 'search-hit active' : 'search-hit'}
                    data-kind={k}
                    onMouseDown={(e) => {
                      e.preventDefault();
                      pick(i);
                    }}
                    onMouseEnter={() => setActive(i)}
                  >
                    <span className="hit-label">{hit.label}</span>
                    <span className="hit-detail">{hit.detail}</span>
                  </div>
                );
              })}
            </div>
          ))}
          {state.pending > 0 && <p className="muted search-note">{s.loadingShards}</p>}
          {!loading && state.searchedDocs < state.totalDocs && <p className="muted search-note">{s.coverage(state.searchedDocs, state.totalDocs)}</p>}
          <div
            id={`sr-${flat.length}`}
            role="option"
            aria-selected={active === flat.length}
            className={active === flat.length ? 'search-hit search-all active' : 'search-hit search-all'}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(flat.length);
            }}
            onMouseEnter={() => setActive(flat.length)}
          >
            <span className="hit-label">{s.allResults(trimmed)}</span>
          </div>
          <p className="search-hint">{t.search.hint}</p>
        </div>
      )}
    </div>
  );
}
