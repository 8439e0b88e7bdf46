// Bullet chart on a card: grey scale, filled from the start to the latest figure, a bar for the
// target (and the upper end of a range). Plain SVG from bulletGeometry; labels are JSX text.
import { formatNumber } from '../../kernel/lib/format';
import { t } from './strings';
import type { BulletGeometry } from './model/bullet';

const W = 100;

export default function Bullet({ g, unit, name }: { g: BulletGeometry; unit: string; name: string }) {
  const mark = (k: string) => g.marks.find((m) => m.kind === k);
  const target = mark('target')!;
  const targetMax = mark('targetMax');
  const latest = mark('latest');
  const start = mark('start');
  return (
    <figure className="bullet" aria-label={t.indicators.bulletLabel(name)}>
      <svg viewBox={`0 0 ${W} 14`} preserveAspectRatio="none" role="img" aria-hidden="true">
        <rect x="0" y="4" width={W} height="6" className="bullet-scale" />
        {targetMax && <rect x={target.pct} y="4" width={targetMax.pct - target.pct} height="6" className="bullet-range" />}
        {g.fill && (
          <rect x={Math.min(g.fill.from, g.fill.to)} y="5" width={Math.abs(g.fill.to - g.fill.from)} height="4" className="bullet-fill" />
        )}
        {start && <rect x={start.pct - 0.4} y="3" width="0.8" height="8" className="bullet-start" />}
        <rect x={target.pct - 0.6} y="1" width="1.2" height="12" className="bullet-target" />
        {targetMax && <rect x={targetMax.pct - 0.6} y="1" width="1.2" height="12" className="bullet-target" />}
        {latest && <circle cx={latest.pct} cy="7" r="1.6" className="bullet-latest" vectorEffect="non-scaling-stroke" />}
      </svg>
      <figcaption className="bullet-legend">
        {start && <span className="lg-start">{t.indicators.baseline} {formatNumber(start.value, unit)}</span>}
        {latest && <span className="lg-latest">{t.indicators.latest} {formatNumber(latest.value, unit)}</span>}
        <span className="lg-target">
          {t.indicators.stage.target} {formatNumber(target.value, unit)}
          {targetMax && `—${formatNumber(targetMax.value, unit)}`}
        </span>
      </figcaption>
    </figure>
  );
}
