// The map's first view, drawn as SVG from the scene (kernel/map/static/static-map.ts) without
// ECharts: regions, names, leader lines, legend, title and note where the chart will put them.
// Clicking a region or its name selects it, as on the chart. Thin: all geometry is computed.
import type { StaticMap as StaticMapData } from '../../kernel/map/static/static-map';
import { CHART_FONT } from '../../kernel/echarts/theme';

interface Props {
  map: StaticMapData;
  ariaLabel: string;
  describedBy?: string;
  /** The chart is drawing over it: one image for assistive technology. */
  covered: boolean;
  themeId: string;
  onSelect: (name: string) => void;
}

export default function StaticMap({ map, ariaLabel, describedBy, covered, themeId, onSelect }: Props) {
  const c = map.colours;
  const g = map.legend;
  const back = { background: c.backing, padding: '2px 4px' };
  return (
    <div
      className="echart static-map"
      role={covered ? undefined : 'img'}
      aria-label={covered ? undefined : ariaLabel}
      aria-describedby={covered ? undefined : describedBy}
      aria-hidden={covered || undefined}
      data-chart-theme={themeId}
      style={{ width: map.width, height: map.height, fontFamily: CHART_FONT }}
    >
      {/* As the chart's own canvas box: the title and what it is based on (the image's children are presentational). */}
      <svg width={map.width} height={map.height} viewBox={`0 0 ${map.width} ${map.height}`} aria-label={`${map.title.text}。${map.subtitle.text}`} focusable="false">
        <g strokeLinejoin="round">
          {map.regions.map((r) => (
            <path
              key={r.name}
              data-region={r.name}
              d={r.d}
              fill={r.fill}
              stroke={r.stroke}
              strokeWidth={r.strokeWidth}
              strokeDasharray={r.dashed ? '4 3' : undefined}
              onClick={() => onSelect(r.name)}
            />
          ))}
        </g>
        <g strokeLinecap="round">
          {map.leaders.map((l, i) => (
            <g key={i}>
              <line x1={l.from[0]} y1={l.from[1]} x2={l.to[0]} y2={l.to[1]} stroke={c.leaderHalo} strokeWidth={c.leaderHaloWidth} strokeOpacity={0.9} />
              <line x1={l.from[0]} y1={l.from[1]} x2={l.to[0]} y2={l.to[1]} stroke={c.leader} strokeWidth={c.leaderWidth} />
              <circle cx={l.from[0]} cy={l.from[1]} r={2.5} fill={c.leader} />
            </g>
          ))}
        </g>
        <g fontSize={map.fontSize} fontWeight={600} textAnchor="middle" dominantBaseline="central" paintOrder="stroke" strokeLinejoin="round">
          {map.labels.map((l) => (
            <text key={l.key} x={l.x} y={l.y - ((l.lines.length - 1) * map.lineHeight) / 2} fill={l.ink} stroke={l.halo} strokeWidth={map.halo} onClick={() => onSelect(l.key)}>
              {l.lines.map((line, i) => (
                <tspan key={i} x={l.x} dy={i === 0 ? 0 : map.lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
          ))}
        </g>
        <g transform={`translate(${g.left + 6},${g.top + 4})`} fontSize={g.fontSize} dominantBaseline="text-before-edge" fill={c.ink}>
          <rect x={-6} y={-4} width={g.width + 12} height={g.height + 4} rx={3} fill={c.backing} />
          <text fontWeight={700}>{g.heading}</text>
          {g.rows.map((r, i) => (
            <g key={i}>
              <rect x={r.x} y={r.y} width={g.fontSize * 1.6} height={g.fontSize * 1.1} fill={r.colour} stroke={r.dashed ? c.noDataBorder : c.line} strokeWidth={c.stroke} strokeDasharray={r.dashed ? '3 2' : undefined} />
              <text x={r.x + g.fontSize * 2.1} y={r.y}>
                {r.text}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <p className="static-map-text static-map-title" style={{ left: map.title.x, top: map.title.y, fontSize: map.title.fontSize, color: c.ink, ...back }}>
        {map.title.text}
      </p>
      <p className="static-map-text" style={{ left: map.subtitle.x, top: map.subtitle.y, fontSize: map.subtitle.fontSize, color: c.muted, ...back }}>
        {map.subtitle.text}
      </p>
      <p className="static-map-text static-map-note" style={{ left: map.note.x, top: map.note.y, maxWidth: map.note.width, fontSize: map.note.fontSize, lineHeight: `${map.note.lineHeight}px`, color: c.muted, ...back }}>
        {map.note.text}
      </p>
    </div>
  );
}
