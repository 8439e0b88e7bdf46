// One target: what the document says (comparator in words, unit, year or 未注明, responsible departments,
// source), and — only where a baseline or supplied figure exists — how far it has got.
import { memo } from 'react';
import InferredYear from '../../kernel/components/InferredYear';
import SourceLink from '../../kernel/components/SourceLink';
import ProgressEntry from './ProgressEntry';
import CardExportMenu from './CardExportMenu';
import { formatNumber, formatTarget } from '../../kernel/lib/format';
import { t } from './strings';
import Bullet from './Bullet';
import { bulletGeometry } from './model/bullet';
import type { TargetEntry } from '../../kernel/targets/catalogue';
import { formatPace } from './model/pace-format';

const s = t.indicators;

function TargetCard({ entry }: { entry: TargetEntry }) {
  const { indicator: ind, assessment: a } = entry;
  const g = bulletGeometry(ind, a);
  const required = formatPace(a.required, ind, a.mode);
  const implied = formatPace(a.implied, ind, a.mode);
  const last = entry.progress.length > 0 ? [...entry.progress].sort((x, y) => x.date.localeCompare(y.date)).at(-1)! : null;
  const achieved = ind.stage === 'achieved';
  return (
    <article className={`target-card status-${a.status}`} data-testid="target-card" data-indicator={ind.id}>
      <p className="target-kicker">
        <span>{s.categories[ind.category ?? 'none']}</span>
        <span title={entry.docTitle}>{entry.province} · {entry.docTitle}</span>
      </p>
      <CardExportMenu entry={entry} />
      <h3>{ind.name}</h3>
      <p className="target-value">
        {achieved && <span className="stage-chip">{s.stage.achieved}</span>}
        {/* Achieved figures keep their qualifier (约6% → 6%左右, 突破5000亿元 → 超过5000亿元), as in the table. */}
        <strong data-testid="target-figure">{formatTarget(ind)}</strong>
        <span className="target-year">
          {ind.targetYear !== null ? s.byYear(ind.targetYear) : achieved ? s.achievedYearNotStated : s.yearNotStated}
          <InferredYear basis={ind.yearBasis} citation={ind.yearCitation} />
        </span>
      </p>
      {ind.baseline && (
        <p className="target-line">
          {s.baseline}{t.common.colon}{formatNumber(ind.baseline.value, ind.baseline.unit)}
          {ind.baseline.year !== null && (
            <>
              {t.common.paren(s.byYear(ind.baseline.year))}
              <InferredYear basis={ind.baseline.yearBasis} citation={ind.baseline.yearCitation} />
            </>
          )}
        </p>
      )}
      {g && <Bullet g={g} unit={ind.unit} name={ind.name} />}
      {!achieved && (required || implied) && (
        <dl className="pace">
          {required && (<><dt>{s.required}</dt><dd>{required}{a.mode === 'compound' ? s.compound : ''}</dd></>)}
          {implied && (<><dt>{s.implied}</dt><dd>{implied}</dd></>)}
        </dl>
      )}
      {!achieved && (
        <p className="status-line">
          <span className={`status-badge ${a.status}`}>{s.status[a.status]}</span>
          <span className="muted">{s.reason[a.reason]}</span>
        </p>
      )}
      {last && last.file !== 'local' && <p className="supplied muted">{s.supplied(last.file.split('/').at(-1)!, last.row, last.sourceNote)}</p>}
      {!achieved && <ProgressEntry indicator={ind} local={entry.local} />}
      <p className="target-units">
        <span className="muted">{s.units}{t.common.colon}</span>
        {entry.units
          ? entry.units.map((u) => (u.role === 'responsible' ? u.name : `${u.name}${t.common.paren(t.role[u.role])}`)).join(t.common.listSep)
          : <span className="muted">{s.departmentsNotStated}</span>}
      </p>
      <p className="target-source">
        <SourceLink citation={ind.citation} />
        <code className="target-id" title="indicator id (data/progress)">{ind.id}</code>
      </p>
    </article>
  );
}

// Cards re-render only when their entry changes (entries are rebuilt only when data changes).
export default memo(TargetCard);
