// The side panel: what a clicked mark is — task with its departments and places, a department, a place, a
// target, or a damaged span with its correction and reason.
import { Link } from 'wouter';
import type { PolicyDocument } from '../../shared/schema';
import { t } from './strings';
import { formatTarget } from '../../kernel/lib/format';
import { namesAsWritten, taskPlaceName } from '../../kernel/places/names-as-written';
import type { Mark } from './annotations';

interface Props {
  doc: PolicyDocument;
  mark: Mark | null;
}

function TaskDetails({ doc, taskId }: { doc: PolicyDocument; taskId: string }) {
  const task = doc.tasks.find((x) => x.id === taskId);
  if (!task) return null;
  const targets = doc.indicators.filter((i) => i.taskId === task.id);
  return (
    <div data-testid="task-details">
      <p className="detail-kind">
        {t.kind[task.kind]} · {task.path.join('.')}
      </p>
      <h3>{task.title}</h3>
      <p className="detail-context">
        {task.partTitle}
        {task.sectionTitle ? ` › ${task.sectionTitle}` : ''}
      </p>
      {task.truncated && <p className="notice-inline" data-testid="task-truncated">{t.reader.truncated}</p>}
      <h4>{t.reader.legendUnit}</h4>
      {task.units.length === 0 ? (
        <p className="muted">{t.reader.departmentsNotStated}</p>
      ) : (
        <ul className="chips">
          {task.units.map((u) => (
            <li key={u.departmentId + u.role} className={`chip role-${u.role}`}>
              <Link href={`/department/${encodeURIComponent(u.departmentId)}`}>{u.name}</Link>
              <span className="chip-role">{t.role[u.role]}</span>
            </li>
          ))}
        </ul>
      )}
      {task.leaders && task.leaders.length > 0 && (
        <>
          <h4>{t.reader.leaders}</h4>
          <p data-testid="task-leaders">{task.leaders.join('、')}</p>
        </>
      )}
      {task.places.length > 0 && (
        <>
          <h4>{t.reader.legendPlace}</h4>
          <ul className="chips">
            {task.places.map((code) => (
              <li key={code} className="chip">
                {/* As this task writes it; a place listed without a mention here is named as elsewhere in the document. */}
                <Link href={`/place/${code}`}>{taskPlaceName(task, code) ?? namesAsWritten([doc]).get(code)?.[0] ?? code}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {targets.length > 0 && (
        <>
          <h4>{t.reader.legendTarget}</h4>
          <ul>
            {targets.map((i) => (
              <li key={i.id}>
                {i.name}：{formatTarget(i)}
                {i.targetYear ? `（${i.targetYear}年）` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export default function Details({ doc, mark }: Props) {
  if (!mark) return <p className="muted">{t.reader.noSelection}</p>;
  switch (mark.kind) {
    case 'task':
      return <TaskDetails doc={doc} taskId={mark.ref} />;
    case 'unit': {
      const task = doc.tasks.find((x) => x.id === mark.taskId);
      const unit = task?.units.find((u) => u.departmentId === mark.ref);
      if (!unit) return null;
      return (
        <div>
          <p className="detail-kind">{t.reader.legendUnit}</p>
          <h3>{unit.name}</h3>
          <p>
            {t.role[unit.role]}
            {unit.asWritten ? `（${t.reader.original}：${unit.asWritten}）` : ''}
          </p>
          <Link href={`/department/${encodeURIComponent(unit.departmentId)}`}>{t.nav.department}</Link>
        </div>
      );
    }
    case 'place':
      return (
        <div>
          <p className="detail-kind">{t.reader.legendPlace}</p>
          <h3>{doc.text.slice(mark.start, mark.end)}</h3>
          <p className="muted">{mark.ref}</p>
          <Link href={`/place/${mark.ref}`}>{t.nav.place}</Link>
        </div>
      );
    case 'target': {
      const ind = doc.indicators.find((i) => i.id === mark.ref);
      if (!ind) return null;
      return (
        <div>
          <p className="detail-kind">{ind.stage === 'target' ? t.reader.legendTarget : t.kind.indicator}</p>
          <h3>{ind.name}</h3>
          <p className="big-figure">{formatTarget(ind)}</p>
          <p>
            {t.reader.targetYear}：{ind.targetYear ?? t.common.notStated}
          </p>
          {ind.baseline && (
            <p>
              {t.reader.baseline}：{ind.baseline.value}
              {ind.baseline.unit}（{ind.baseline.year ?? t.common.notStated}）
            </p>
          )}
        </div>
      );
    }
    case 'damage': {
      const d = doc.damage[Number(mark.ref)];
      return (
        <div data-testid="damage-details">
          <p className="detail-kind">{t.reader.damaged}</p>
          <p>
            {t.reader.original}：<code>{d.original}</code>
          </p>
          <p>
            {/* As the cleaned text reads (simplified script), not the raw-script replacement. */}
            {t.reader.corrected}：{d.replacement === null ? t.reader.uncorrected : d.start !== null && d.end !== null ? doc.text.slice(d.start, d.end) : d.replacement}
          </p>
          <p>
            {t.reader.reason}：{d.reason ?? t.common.notStated}
          </p>
          <p className="muted">{t.reader.rawLine(d.line)}</p>
        </div>
      );
    }
  }
}
