// The table of what the filters show, sortable by any column (sort in the URL). Rows are drawn a
// page at a time, the next page as the end nears the viewport (a thousand rows at once cost a
// filter change several hundred ms); the CSV export always carries every row the filters select,
// in the table's order.
import SourceLink from '../../kernel/components/SourceLink';
import { formatTarget } from '../../kernel/lib/format';
import { t } from './strings';
import type { TargetEntry } from '../../kernel/targets/catalogue';
import type { SortDir, SortKey } from './model/sort';
import { useGrowingLimit } from './use-growing-limit';

const s = t.indicators;
const COLS: SortKey[] = ['province', 'doc', 'category', 'name', 'value', 'year', 'status'];

interface Props {
  rows: TargetEntry[];
  sortKey: SortKey | null;
  sortDir: SortDir;
  onSort: (k: SortKey, d: SortDir) => void;
}

// About three laptop screens of rows; more are drawn on the way down.
const PAGE = 60;

export default function TargetTable({ rows, sortKey, sortDir, onSort }: Props) {
  const { limit, endRef, all } = useGrowingLimit(rows.length, PAGE);
  const visible = rows.length > limit ? rows.slice(0, limit) : rows;
  return (
    <div className="table-wrap">
      <table className="target-table" data-testid="target-table">
        <thead>
          <tr>
            {COLS.map((c) => {
              const active = sortKey === c;
              const next: SortDir = active && sortDir === 'asc' ? 'desc' : 'asc';
              return (
                <th key={c} aria-sort={active ? (sortDir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" onClick={() => onSort(c, next)} title={s.sortBy(s.columns[c])}>
                    {s.columns[c]}
                    <span aria-hidden="true">{active ? (sortDir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              );
            })}
            <th>{s.source}</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((e) => (
            <tr key={e.indicator.id} className={`status-${e.assessment.status}`}>
              <td>{e.province}</td>
              <td className="cell-doc" title={e.docTitle}>{e.docTitle}</td>
              <td>{s.categories[e.indicator.category ?? 'none']}</td>
              <td className="cell-name">{e.indicator.name}</td>
              <td>{e.indicator.stage === 'achieved' ? `${s.stage.achieved} ` : ''}{formatTarget(e.indicator)}</td>
              <td>{e.indicator.targetYear ?? t.common.notStated}</td>
              <td>{s.status[e.assessment.status]}</td>
              <td><SourceLink citation={e.indicator.citation} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > limit && (
        <button type="button" className="show-more" ref={endRef} onClick={all}>
          {s.showAll(rows.length)}
        </button>
      )}
    </div>
  );
}
