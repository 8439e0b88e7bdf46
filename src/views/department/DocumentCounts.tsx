// The department's counts by role per document, most tasks first; beyond the first rows behind
// 显示全部 N 份文件 (model/counts-table.ts). Every row's title filters the lists to that document;
// the totals row counts every document, shown or not; print shows every row.
import { useId, useMemo } from 'react';
import { Link } from 'wouter';
import { routePaths } from '../../kernel/router/paths';
import { COUNTS_SHOWN, countsTable } from './model/counts-table';
import type { Portfolio, RoleTally } from './model/portfolio';
import { t } from './strings';

/** The heatmap's search matches part of a name: a long name's start finds it without a long URL. */
const MAX_NAME_IN_URL = 40;

/** A document (or all of them) that names no 牵头/配合 roles: 0 / 0 would read as "leads nothing". */
const givesNoRoles = (c: RoleTally) => c.lead === 0 && c.support === 0 && c.responsible > 0;

function Tally({ c }: { c: RoleTally }) {
  return (
    <>
      {givesNoRoles(c) ? (
        <td colSpan={2} className="muted" data-testid="no-roles">{t.department.noRoles}</td>
      ) : (
        <>
          <td>{c.lead}</td>
          <td>{c.support}</td>
        </>
      )}
      <td>{c.responsible}{c.listedFirst ? t.common.paren(t.department.namedFirst(c.listedFirst)) : ''}</td>
      <td>{c.total}</td>
    </>
  );
}

export default function DocumentCounts({ portfolio, departmentName, selected, onSelect, expanded, setExpanded }: {
  portfolio: Portfolio;
  departmentName: string;
  /** The ?doc= filter: its row is pressed and never hidden. */
  selected: string | null;
  onSelect: (docId: string) => void;
  expanded: boolean;
  setExpanded: (expanded: boolean) => void;
}) {
  const table = useMemo(() => countsTable(portfolio.documents, selected), [portfolio.documents, selected]);
  const bodyId = useId();
  const total = table.rows.length;
  return (
    <>
      <table className="department-counts" data-testid="department-counts">
        <caption>{t.registry.byRole} <span className="muted department-counts-order">{t.common.paren(t.department.countsOrder)}</span></caption>
        <thead>
          <tr><th scope="col">{t.department.documents}</th><th scope="col">{t.role.lead}</th><th scope="col">{t.role.support}</th><th scope="col">{t.role.responsible}</th><th scope="col">{t.department.total}</th></tr>
        </thead>
        <tbody id={bodyId}>
          {table.rows.map(({ doc: d, extra }) => (
            // A hidden row stays in the page (print shows it; department.css).
            <tr key={d.docId} className={extra ? 'department-counts-extra' : undefined} hidden={extra && !expanded} data-testid="department-counts-row" data-doc={d.docId}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onSelect(d.docId)} aria-pressed={selected === d.docId}>{d.title}</button>
                {d.docNumber && <span className="muted">（{d.docNumber}）</span>}
                {' '}<Link className="no-print department-heatmap-link" href={`${routePaths.heatmap(d.docId)}?q=${encodeURIComponent(departmentName.slice(0, MAX_NAME_IN_URL))}`}>{t.department.openHeatmap}</Link>
              </th>
              <Tally c={d.counts} />
            </tr>
          ))}
        </tbody>
        <tfoot><tr><th scope="row">{t.department.total}</th><Tally c={portfolio.totals} /></tr></tfoot>
      </table>
      {table.hidden > 0 && (
        <p className="department-counts-more no-print">
          {!expanded && <span className="muted" data-testid="department-counts-shown">{t.department.countsShown(total - table.hidden, total)}</span>}
          <button type="button" aria-expanded={expanded} aria-controls={bodyId} onClick={() => setExpanded(!expanded)} data-testid="department-counts-toggle">
            {expanded ? t.department.showFewerDocuments(COUNTS_SHOWN) : t.department.showAllDocuments(total)}
          </button>
        </p>
      )}
    </>
  );
}
