// Cards grouped by category or, once the table is sorted, in that order. Grouped cards come in
// categoryOrder (group by group, document order inside a group), and are drawn a page at a time
// in that order, the next page as the end nears the viewport: new cards then only append below the
// reader, and each heading counts all of its group's cards, drawn or not. Hundreds of cards at
// once would make every filter change slow to repaint.
import { memo, useMemo } from 'react';
import { t } from './strings';
import { drawnGroups, type TargetEntry } from '../../kernel/targets/catalogue';
import TargetCard from './TargetCard';
import { useGrowingLimit } from './use-growing-limit';

// Four to six rows of cards (about two laptop screens); more are drawn on the way down.
const PAGE = 24;
const s = t.indicators;

/** `entries` must already be in categoryOrder when `grouped`. */
function CardList({ entries, grouped }: { entries: TargetEntry[]; grouped: boolean }) {
  const { limit, endRef, more } = useGrowingLimit(entries.length, PAGE);
  // Once per list and page, not on every render of the view around it (a URL change re-renders it).
  const groups = useMemo(
    () => (grouped ? drawnGroups(entries, limit) : [{ category: '', total: entries.length, entries: entries.slice(0, limit) }]),
    [entries, grouped, limit],
  );
  return (
    <div className="card-list">
      {groups.map((g) => (
        <section key={g.category} className="category-group" aria-label={g.category ? s.categories[g.category] : undefined}>
          {g.category && (
            <h2 data-testid="category-heading" data-category={g.category}>
              {s.categories[g.category] ?? g.category} <span className="muted" data-testid="category-count">{g.total}</span>
            </h2>
          )}
          <div className="target-grid">
            {g.entries.map((e) => (
              <TargetCard key={e.indicator.id} entry={e} />
            ))}
          </div>
        </section>
      ))}
      {entries.length > limit && (
        <button type="button" className="show-more" ref={endRef} onClick={more}>
          {s.showMore(Math.min(PAGE, entries.length - limit))}
        </button>
      )}
    </div>
  );
}

export default memo(CardList);
