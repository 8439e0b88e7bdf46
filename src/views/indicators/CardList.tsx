// Cards grouped by category (in document order) or, once the table is sorted, in that order.
// A page at a time, the next as the end nears the viewport: hundreds of cards at once would make
// every filter change slow to repaint.
import { t } from '../../app/i18n/strings';
import { groupByCategory, type TargetEntry } from './catalogue';
import TargetCard from './TargetCard';
import { useGrowingLimit } from './useGrowingLimit';

// Four to six rows of cards (about two laptop screens); more are drawn on the way down.
const PAGE = 24;
const s = t.indicators;

export default function CardList({ entries, grouped }: { entries: TargetEntry[]; grouped: boolean }) {
  const { limit, endRef, more } = useGrowingLimit(entries.length, PAGE);
  const visible = entries.slice(0, limit);
  const groups = grouped ? groupByCategory(visible) : [{ category: '', entries: visible }];
  return (
    <div className="card-list">
      {groups.map((g) => (
        <section key={g.category} className="category-group" aria-label={g.category ? s.categories[g.category] : undefined}>
          {g.category && (
            <h2>
              {s.categories[g.category] ?? g.category} <span className="muted">{g.entries.length}</span>
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
