// What a target card shows, as plain lines for its export (PNG/SVG): the same facts, formatters and
// order as TargetCard.tsx, without the controls (录入进展, the export menu) and without links. The
// citation frame around it (title, source document with 文号 and date, build date) comes from
// cardFrame. Pure: no DOM, tested in Node.
import type { ExportFrame } from '../../../kernel/echarts/export-frame';
import { formatNumber, formatTarget } from '../../../kernel/lib/format';
import { t } from '../strings';
import { bulletGeometry, type BulletGeometry } from './bullet';
import type { TargetEntry } from '../../../kernel/targets/catalogue';
import { formatPace } from './pace-format';
import type { Status } from '../../../kernel/progress/status';

const s = t.indicators;

export interface CardContent {
  kicker: string;
  name: string;
  figure: string;
  year: string;
  baseline: string | null;
  bullet: BulletGeometry | null;
  /** The bullet's legend, as the card writes it (基期 …, 最新值 …, 目标 …). */
  bulletLegend: string[];
  pace: string[];
  /** Null for an achieved figure (a review's number is not a target with a status). */
  status: { kind: Status; word: string; reason: string } | null;
  units: string;
}

const inferred = (basis: string | null | undefined) => (basis === 'inferred' ? ` ${s.inferred}` : '');

export function cardContent(entry: TargetEntry): CardContent {
  const { indicator: ind, assessment: a } = entry;
  const achieved = ind.stage === 'achieved';
  const g = bulletGeometry(ind, a);
  const mark = (k: string) => g?.marks.find((m) => m.kind === k);
  const [start, latest, target, targetMax] = [mark('start'), mark('latest'), mark('target'), mark('targetMax')];
  const required = achieved ? null : formatPace(a.required, ind, a.mode);
  const implied = achieved ? null : formatPace(a.implied, ind, a.mode);
  const b = ind.baseline;
  return {
    kicker: `${s.categories[ind.category ?? 'none']} · ${entry.province} · ${entry.docTitle}`,
    name: ind.name,
    figure: `${achieved ? `${s.stage.achieved} ` : ''}${formatTarget(ind)}`,
    year: ind.targetYear !== null ? `${s.byYear(ind.targetYear)}${inferred(ind.yearBasis)}` : achieved ? s.achievedYearNotStated : s.yearNotStated,
    baseline: b ? `${s.baseline}${t.common.colon}${formatNumber(b.value, b.unit)}${b.year !== null ? `${t.common.paren(s.byYear(b.year))}${inferred(b.yearBasis)}` : ''}` : null,
    bullet: g,
    bulletLegend: [
      ...(start ? [`${s.baseline} ${formatNumber(start.value, ind.unit)}`] : []),
      ...(latest ? [`${s.latest} ${formatNumber(latest.value, ind.unit)}`] : []),
      ...(target ? [`${s.stage.target} ${formatNumber(target.value, ind.unit)}${targetMax ? `—${formatNumber(targetMax.value, ind.unit)}` : ''}`] : []),
    ],
    pace: [
      ...(required ? [`${s.required} ${required}${a.mode === 'compound' ? s.compound : ''}`] : []),
      ...(implied ? [`${s.implied} ${implied}`] : []),
    ],
    status: achieved ? null : { kind: a.status, word: s.status[a.status], reason: s.reason[a.reason] },
    units: `${s.units}${t.common.colon}${
      entry.units ? entry.units.map((u) => (u.role === 'responsible' ? u.name : `${u.name}${t.common.paren(t.role[u.role])}`)).join(t.common.listSep) : s.departmentsNotStated
    }`,
  };
}

/** The export's frame: the card's title, its one source document (as the manifest knows it: title,
 *  文号, date — null ones print 未注明) and the data's build date. */
export function cardFrame(entry: TargetEntry, builtAt: string | null): ExportFrame {
  return {
    title: s.cardExportTitle(entry.indicator.name, entry.province),
    sources: [{ title: entry.docTitle, docNumber: entry.docNumber, date: entry.docDate }],
    builtAt,
  };
}
