// The one search box (header). "/" focuses it anywhere; ↑/↓ move through results (grouped by
// kind), Enter opens, Escape closes. ARIA combobox + listbox so screen readers follow along.
// Documents are loaded on first focus, not on page load.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useDepartments, useDocuments, useManifest } from '../../kernel/data/hooks';
import { t } from './strings';
import { useNavigate } from '../../kernel/router/url-state';
import { buildSearchIndex, HIT_KINDS, search } from './search-index';

const EMPTY: string[] = [];

export default function SearchBox() {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const manifest = useManifest();
  const ids = useMemo(
    () => (wanted && manifest.status === 'ready' ? manifest.data.documents.map((d) => d.id) : EMPTY),
    [wanted, manifest.status, manifest.data],
  );
  const docs = useDocuments(ids);
  const departments = useDepartments(wanted);
  // The registry only improves department labels (省发改委 → 省发展改革委): search works without it.
  const registry = departments.status === 'ready' ? departments.data.departments : undefined;
  const index = useMemo(
    () => (docs.status === 'ready' ? buildSearchIndex(docs.data, registry) : []),
    [docs.status, docs.data, registry],
  );
  const results = useMemo(() => search(index, query), [index, query]);
  const flat = HIT_KINDS.flatMap((k) => results[k]);

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
    const hit = flat[i];
    if (!hit) return;
    setOpen(false);
    input.current?.blur();
    navigate(hit.href);
  };

  // Keep the active result in view as the arrow keys move it.
  useEffect(() => {
    if (open) document.getElementById(`sr-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, open]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, flat.length - 1));
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

  const showList = open && query.trim() !== '';
  const loading = wanted && (docs.status === 'loading' || manifest.status === 'loading');
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
        placeholder={t.search.placeholder}
        role="combobox"
        aria-expanded={showList}
        aria-controls="search-results"
        aria-activedescendant={showList && flat[active] ? `sr-${active}` : undefined}
        value={query}
        onFocus={() => {
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
          {docs.status === 'error' && <p className="muted">{docs.error.message}</p>}
          {!loading && flat.length === 0 && <p className="muted">{t.empty.noResults}</p>}
          {HIT_KINDS.filter((k) => results[k].length > 0).map((k) => (
            <div key={k} role="group" aria-label={t.search.groups[k]} className="search-group">
              <p className="search-group-title">{t.search.groups[k]}</p>
              {results[k].map((hit) => {
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
          <p className="search-hint">{t.search.hint}</p>
        </div>
      )}
    </div>
  );
}
