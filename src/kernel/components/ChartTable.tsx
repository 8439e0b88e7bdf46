// The text alternative of a chart: a "以表格查看 / View as table" disclosure (a native <details>, so
// it is one Tab stop and opens with Enter or Space) holding a real table. The chart points at the
// table with aria-describedby (EChart's describedBy), so a screen reader on the chart hears it too.
import type { ChartTableModel } from '../lib/chart-table';
import { t } from '../i18n/strings';
import './chart-table.css';

export default function ChartTable({ id, table }: { id: string; table: ChartTableModel }) {
  return (
    <details className="chart-table" data-testid="chart-table">
      <summary>{t.chartText.viewAsTable}</summary>
      <div className="chart-table-scroll">
        <table id={id}>
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.key}>
                {r.cells.map((c, i) => (i === 0 ? <th key={i} scope="row">{c}</th> : <td key={i}>{c}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
