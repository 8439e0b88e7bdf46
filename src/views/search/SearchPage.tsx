// /search?q= — all results of a query, grouped like the dropdown, the query kept in the URL (a link
// or a reload shows the same). Tasks and targets are searched shard by shard: the first batch of
// shards (the provinces the query names first, then the newest documents), then more on request,
// so 3,000 documents do not all load for one query.
import { useState } from 'react';
import { Link } from 'wouter';
import ErrorPanel from '../../kernel/components/ErrorPanel';
import { dataCache } from '../../kernel/data/cache';
import Loading from '../../kernel/components/Loading';
import { t } from './strings';
import { useUrlParam } from '../../kernel/router/url-state';
import type { HitKind } from './engine';
import SearchExport from './SearchExport';
import { searchStrings as s } from './strings';
import { PAGE_BYTES } from './limits';
import { useSearch } from './useSearch';

const PAGE = 20;

function Group({ kind, hits }: { kind: HitKind; hits: NonNullable<ReturnType<typeof useSearch>['results']>['groups'][HitKind] }) {
  const [shown, setShown] = useState(PAGE);
  return (
    <section className="search-page-group" data-kind={kind} aria-labelledby={`sg-${kind}`}>
      <h2 id={`sg-${kind}`}>
        {t.search.groups[kind]}
        <span className="muted">{s.groupCount(hits.length)}</span>
      </h2>
      <ul className="item-list">
        {hits.slice(0, shown).map((h) => (
          <li key={h.key}>
            <Link href={h.href}>{h.label}</Link>
            <span className="muted"> · {h.detail}</span>
          </li>
        ))}
      </ul>
      {hits.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          {s.showMore(Math.min(PAGE, hits.length - shown))}
        </button>
      )}
    </section>
  );
}

export default function SearchPage() {
  const [q, setQ] = useUrlParam('q');
  const query = q ?? '';
  const [batches, setBatches] = useState(1);
  const state = useSearch(query, { enabled: true, budgetBytes: batches * PAGE_BYTES });
  const results = state.results;
  const groups = results ? results.order.filter((k) => results.groups[k].length > 0) : [];
  return (
    <div className="search-page page">
      <h1>{s.pageHeading}</h1>
      <p className="muted">{s.pageIntro}</p>
      <form className="search-page-form" role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-page-q" className="visually-hidden">
          {s.pageLabel}
        </label>
        <input id="search-page-q" type="search" value={query} autoComplete="off" onChange={(e) => setQ(e.target.value || null, { replace: true })} />
      </form>
      {state.status === 'error' && state.error && <ErrorPanel error={state.error} retry={() => dataCache.invalidateErrors()} />}
      {state.status === 'loading' && <Loading />}
      {!query.trim() && <p>{s.empty}</p>}
      {query.trim() && state.status === 'ready' && (
        <>
          <p className="muted search-coverage">
            {s.coverage(state.searchedDocs, state.totalDocs)}
            {state.pending > 0 && ` · ${s.loadingShards}`}
          </p>
          {groups.length === 0 && state.pending === 0 && <p>{t.empty.noResults}</p>}
          {results && groups.length > 0 && <SearchExport query={query} results={results} docs={state.docs} />}
          {groups.map((k) => (
            <Group key={`${k}:${query}`} kind={k} hits={results!.groups[k]} />
          ))}
          {state.searchedDocs < state.totalDocs && state.pending === 0 && (
            <button type="button" onClick={() => setBatches((b) => b + 1)}>
              {s.searchMore(state.totalDocs - state.searchedDocs)}
            </button>
          )}
        </>
      )}
    </div>
  );
}
