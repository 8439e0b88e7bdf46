// Matrix switch, ordering, filters and export buttons. All state is the URL's (see model/params.ts);
// this component only reads props and calls back.
import type { DepartmentKind } from '../../shared/schema';
import { exportStrings } from '../../kernel/i18n/export';
import { t } from './strings';
import { categoryLabel } from '../../kernel/i18n/strings';
import { ORDERINGS, type Ordering } from './model/order';
import type { HeatmapParams } from './model/params';
import type { MatrixSection } from './model/types';

interface Props {
  docId: string;
  /** The switcher's choices: the document's province's documents (and the document itself). */
  documents: ReadonlyArray<{ id: string; title: string; province: string | null }>;
  params: HeatmapParams;
  sections: readonly MatrixSection[];
  categories: readonly { category: string; departments: number }[];
  kinds: readonly DepartmentKind[];
  onDocument: (id: string) => void;
  onChange: (p: HeatmapParams) => void;
  onExport: (what: 'png' | 'svg' | 'csv' | 'xlsx') => void;
}

export default function HeatmapControls({ docId, documents, params, sections, categories, kinds, onDocument, onChange, onExport }: Props) {
  const f = params.filters;
  const setFilters = (patch: Partial<HeatmapParams['filters']>) => onChange({ ...params, filters: { ...f, ...patch } });
  const shownKinds = f.kinds ?? kinds;
  const toggleKind = (k: DepartmentKind) => {
    const next = shownKinds.includes(k) ? shownKinds.filter((x) => x !== k) : [...shownKinds, k];
    setFilters({ kinds: next.length === kinds.length ? null : next });
  };
  return (
    <form className="heatmap-controls" onSubmit={(e) => e.preventDefault()} aria-label={t.heatmap.heading}>
      <label>
        {t.heatmap.document}
        <select value={docId} onChange={(e) => onDocument(e.target.value)}>
          {documents.map((d) => (
            <option key={d.id} value={d.id}>{d.province ? `${d.province} · ${d.title}` : d.title}</option>
          ))}
        </select>
      </label>
      <fieldset className="heatmap-switch">
        <legend>{t.heatmap.matrix}</legend>
        {(['tasks', 'sections'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="matrix" value={m} checked={params.matrix === m} onChange={() => onChange({ ...params, matrix: m })} />
            {m === 'tasks' ? t.heatmap.perTask : t.heatmap.perSection}
          </label>
        ))}
      </fieldset>
      <label>
        {t.heatmap.colourBy}
        <select value={params.colour ?? 'role'} disabled={params.matrix !== 'tasks'} onChange={(e) => onChange({ ...params, colour: e.target.value === 'status' ? 'status' : undefined })} data-testid="heatmap-colour">
          <option value="role">{t.heatmap.colourRole}</option>
          <option value="status">{t.heatmap.colourStatus}</option>
        </select>
      </label>
      <label>
        {t.heatmap.ordering}
        <select value={params.ordering} onChange={(e) => onChange({ ...params, ordering: e.target.value as Ordering })} data-testid="heatmap-order">
          {ORDERINGS.map((o) => (
            <option key={o} value={o}>{t.heatmap.orderings[o]}</option>
          ))}
        </select>
      </label>
      <label>
        {t.heatmap.section}
        <select value={f.section ?? ''} onChange={(e) => setFilters({ section: e.target.value || null })}>
          <option value="">{t.heatmap.allSections}</option>
          {sections.map((s) => (
            <option key={s.key} value={s.key}>{`${s.label} ${s.title}`.slice(0, 40)}</option>
          ))}
        </select>
      </label>
      <label>
        {t.heatmap.category}
        <select value={f.categories?.[0] ?? '*'} onChange={(e) => setFilters({ categories: e.target.value === '*' ? null : [e.target.value] })}>
          <option value="*">{t.heatmap.allCategories}</option>
          {categories.map((c) => (
            <option key={c.category} value={c.category}>{`${categoryLabel(c.category || null)}${t.common.inCount(c.departments)}`}</option>
          ))}
        </select>
      </label>
      <fieldset className="heatmap-kinds">
        <legend>{t.heatmap.departmentKind}</legend>
        {kinds.map((k) => (
          <label key={k} title={k === 'collective' ? t.heatmap.hideCollective : undefined}>
            {/* The last kind left cannot be unticked: no kinds would mean an empty matrix (and reads back as all). */}
            <input type="checkbox" checked={shownKinds.includes(k)} disabled={shownKinds.length === 1 && shownKinds.includes(k)} onChange={() => toggleKind(k)} />
            {t.registry.kinds[k]}
          </label>
        ))}
      </fieldset>
      <label>
        {t.heatmap.search}
        <input type="search" value={f.search} onChange={(e) => setFilters({ search: e.target.value })} />
      </label>
      <span className="heatmap-export" role="group" aria-label={t.heatmap.export}>
        {t.heatmap.export}{t.common.colon}
        <button type="button" onClick={() => onExport('png')}>{t.heatmap.exportPng}</button>
        <button type="button" onClick={() => onExport('svg')}>{t.heatmap.exportSvg}</button>
        <button type="button" onClick={() => onExport('csv')}>{t.heatmap.exportCsv}</button>
        <button type="button" data-testid="heatmap-export-xlsx" onClick={() => onExport('xlsx')}>{exportStrings.xlsx}</button>
      </span>
    </form>
  );
}
