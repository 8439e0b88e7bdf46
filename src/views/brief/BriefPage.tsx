// The briefing laid out for A4 portrait: a title block with the build date, the map, the targets,
// the responsibility summary and the citations, each a card that is never split across pages
// (brief.css), under a running header/footer on every printed page (page-css.ts).
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { formatDate } from '../../kernel/lib/format';
import BriefTargets from './BriefTargets';
import type { Briefing } from './model/briefing';
import { briefPageRule } from './model/page-css';
import { t } from './strings';
import type { Status } from '../../kernel/progress/status';

const s = t.brief;
const STATUSES: Status[] = ['overdue', 'behind', 'on-track', 'unknown'];

interface Props {
  kind: 'province' | 'doc';
  title: string;
  builtOn: string | null;
  briefing: Briefing;
  ready: boolean;
  back: { href: string; label: string };
  map: ReactNode;
  progressError: ReactNode;
}

export default function BriefPage({ kind, title, builtOn, briefing: b, ready, back, map, progressError }: Props) {
  const built = s.builtOn(builtOn ?? t.common.notStated);
  return (
    <article className="brief-view" data-testid="brief" data-kind={kind} data-ready={ready ? '1' : undefined} data-print-as-is="">
      <style>{briefPageRule(`${s.pageHeader} · ${title}`, built)}</style>
      <div className="brief-actions">
        <Link href={back.href}>{back.label}</Link>
        <button type="button" onClick={() => window.print()} disabled={!ready} data-testid="brief-print">
          {ready ? s.print : s.preparing}
        </button>
      </div>
      <header className="brief-head brief-card">
        <p className="brief-kicker">{s.kicker}</p>
        <h1>{title}</h1>
        <p className="brief-built" data-testid="brief-built">{built}</p>
        <p>{s.summary(b.citations.length, b.counts.tasks, b.counts.targets)}</p>
        <p className="brief-status-counts">
          {s.statusCounts}{t.common.colon}
          {STATUSES.map((st) => (
            <span key={st} className={`brief-status ${st}`}>{t.targets.status[st]} {b.counts.byStatus[st]}</span>
          ))}
        </p>
      </header>
      {progressError}
      <section className="brief-card brief-map-card">
        <h2>{s.map}</h2>
        {map}
      </section>
      <section className="brief-card">
        <h2>{s.targets}</h2>
        <p className="brief-note">{s.targetsNote}</p>
        {b.targets.length ? <BriefTargets targets={b.targets} /> : <p className="muted">{s.noTargets}</p>}
        {b.moreTargets > 0 && <p className="brief-note">{s.moreTargets(b.moreTargets)}</p>}
      </section>
      <section className="brief-card">
        <h2>{s.responsibility}</h2>
        {b.departments.length ? (
          <table className="brief-table" data-testid="brief-departments">
            <thead>
              <tr>
                <th>{s.dept.name}</th>
                <th>{s.dept.lead}</th>
                <th>{s.dept.support}</th>
                <th>{s.dept.responsible}</th>
                <th>{s.dept.total}</th>
              </tr>
            </thead>
            <tbody>
              {b.departments.map((d) => (
                <tr key={d.id}>
                  <td>{d.name}</td>
                  <td>{d.counts.lead}</td>
                  <td>{d.counts.support}</td>
                  <td>{d.counts.responsible}</td>
                  <td>{d.counts.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">{s.noDepartments}</p>
        )}
        {b.moreDepartments > 0 && <p className="brief-note">{s.moreDepartments(b.moreDepartments)}</p>}
      </section>
      <section className="brief-card">
        <h2>{s.citations}</h2>
        <ol className="brief-citations" data-testid="brief-citations">
          {b.citations.map((c) => (
            <li key={c.docId} data-testid="brief-citation">
              <span className="brief-cite">{s.citationNo(c.n)}</span> <Link href={`/doc/${encodeURIComponent(c.docId)}`}>{c.title}</Link>
              <span className="brief-facts">
                {' · '}{t.facts.docNumber}{t.common.colon}<span data-testid="citation-number">{c.docNumber ?? t.common.notStated}</span>
                {' · '}{t.facts.date}{t.common.colon}<span data-testid="citation-date">{formatDate(c.date)}</span>
              </span>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
