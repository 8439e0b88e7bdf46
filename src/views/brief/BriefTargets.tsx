// Key targets as a table: the figure and year as the document states them (推定 where the year is
// implied), the computed status (逾期未报 when the year has ended with no figure), the latest
// reported figure, the 督办 status of its task, and the cited document's number.
import { formatNumber, formatTarget } from '../../kernel/lib/format';
import InferredYear from '../../kernel/components/InferredYear';
import type { BriefTarget } from './model/briefing';
import { t } from './strings';

const s = t.brief;

export default function BriefTargets({ targets }: { targets: BriefTarget[] }) {
  return (
    <table className="brief-table brief-targets" data-testid="brief-targets">
      <thead>
        <tr>
          <th>{s.col.target}</th>
          <th>{s.col.value}</th>
          <th>{s.col.year}</th>
          <th>{s.col.status}</th>
          <th>{s.col.task}</th>
          <th>{s.col.source}</th>
        </tr>
      </thead>
      <tbody>
        {targets.map(({ entry, taskStatus, citation }) => {
          const ind = entry.indicator;
          const a = entry.assessment;
          const last = entry.progress.length ? [...entry.progress].sort((x, y) => x.date.localeCompare(y.date)).at(-1)! : null;
          return (
            <tr key={ind.id} className={`status-${a.status}`} data-testid="brief-target" data-status={a.status} data-indicator={ind.id}>
              <td>{ind.name}</td>
              <td>{formatTarget(ind)}</td>
              <td>
                {ind.targetYear ?? t.common.notStated}
                {ind.yearBasis === 'inferred' && (
                  <span className="brief-inferred" data-testid="brief-inferred" title={s.inferredNote}>
                    {' '}
                    <InferredYear basis={ind.yearBasis} citation={ind.yearCitation} />
                  </span>
                )}
              </td>
              <td>
                <span className={`brief-status ${a.status}`}>{t.targets.status[a.status]}</span>
                {last && <div className="brief-latest">{s.latest(formatNumber(last.value, last.unit), last.date)}</div>}
              </td>
              <td>{taskStatus ? `${t.taskStatus.label[taskStatus.status]}${t.common.paren(taskStatus.date)}` : t.taskStatus.label.none}</td>
              <td className="brief-cite">{s.citationNo(citation)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
