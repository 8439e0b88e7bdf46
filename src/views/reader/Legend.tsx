import { t } from './strings';

/** The key to the marks: each kind drawn in its own style (also distinguishable without colour). */
export default function Legend() {
  const items: [string, string][] = [
    ['task', t.reader.legendTask],
    ['unit', t.reader.legendUnit],
    ['place', t.reader.legendPlace],
    ['target', t.reader.legendTarget],
    ['damage', t.reader.legendDamage],
  ];
  return (
    <ul className="legend" aria-label={t.reader.legend}>
      {items.map(([kind, label]) => (
        <li key={kind}>
          <span className={`mark-${kind} legend-swatch`}>{label}</span>
        </li>
      ))}
    </ul>
  );
}
