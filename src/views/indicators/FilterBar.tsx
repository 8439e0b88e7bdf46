// The facets as selects with counts (each counted under the other filters), plus reset. The unit
// facet lists every unit the documents name for the targets' tasks (an official's own targets).
import { memo } from 'react';
import { t } from './strings';
import type { Facet, Filters } from '../../kernel/targets/catalogue';

const s = t.indicators;

interface Props {
  filters: Filters;
  facets: Record<keyof Filters, Facet[]>;
  docTitles: Map<string, string>;
  onChange: (k: keyof Filters, v: string | null) => void;
  onClear: () => void;
  /**
   * One province's shard is loaded (a catalogue beyond the budget): the province menu has no 全部
   * (all) — there is no such view to go back to — and shows the province on screen.
   */
  scoped?: boolean;
  /** Whether the URL holds any filter to clear (a scoped province the URL never named is not one). */
  canClear?: boolean;
}

const label = {
  province: (v: string) => v,
  doc: (v: string, titles: Map<string, string>) => titles.get(v) ?? v,
  year: (v: string) => (v === 'none' ? s.yearNone : s.byYear(Number(v))),
  category: (v: string) => s.categories[v] ?? v,
  unit: (v: string) => v,
};

function FilterBar({ filters, facets, docTitles, onChange, onClear, scoped = false, canClear }: Props) {
  const keys: (keyof Filters)[] = ['province', 'doc', 'year', 'category', 'unit'];
  const names = { province: s.province, doc: s.document, year: s.targetYear, category: s.category, unit: s.responsibleUnit };
  const any = canClear ?? keys.some((k) => filters[k] !== null);
  return (
    <fieldset className="filter-bar">
      <legend className="visually-hidden">{s.filters}</legend>
      {keys.map((k) => (
        <label key={k} className={`filter filter-${k}`}>
          <span>{names[k]}</span>
          <select
            data-testid={`filter-${k}`}
            value={filters[k] ?? ''}
            onChange={(e) => onChange(k, e.target.value === '' ? null : e.target.value)}
          >
            {!(scoped && k === 'province' && filters.province !== null) && <option value="">{s.all}</option>}
            {facets[k].map((f) => (
              <option key={f.value} value={f.value}>
                {label[k](f.value, docTitles)}{t.common.paren(f.count)}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="button" onClick={onClear} disabled={!any}>
        {s.clear}
      </button>
    </fieldset>
  );
}

// Not redrawn while its props stay (a province's shard loading: the URL changed, the menus not yet).
export default memo(FilterBar);
