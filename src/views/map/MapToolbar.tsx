// Province switcher (provinces with documents first, every province of the boundary package
// after), colour mode, values toggle, zoom and reset, exports.
import { useState } from 'react';
import { Link } from 'wouter';
import { routePaths } from '../../kernel/router/paths';
import type { GeoIndex } from '../../shared/schema';
import { t } from './strings';
import { COLOUR_MODES, type ColourMode } from '../../kernel/map/state/map-state';

interface Props {
  index: GeoIndex;
  provinceCode: string;
  withDocuments: ReadonlySet<string>;
  onProvince: (code: string) => void;
  mode: ColourMode;
  onMode: (m: ColourMode) => void;
  showValues: boolean;
  onShowValues: (on: boolean) => void;
  onZoom: (factor: number | null) => void;
  onExport: (kind: 'png' | 'svg') => void;
  /** Presenter mode (fullscreen, ←/→ through the regions): see use-presenter.ts. */
  onPresent: () => void;
}

export default function MapToolbar(p: Props) {
  const withDocs = p.index.provinces.filter((x) => p.withDocuments.has(x.code));
  const others = p.index.provinces.filter((x) => !p.withDocuments.has(x.code));
  // Phones: the controls fold behind one button so the map comes first (map.css shows the button
  // and hides the folded controls below 760 px only).
  const [open, setOpen] = useState(false);
  return (
    <div className="map-toolbar">
      <button type="button" className="map-options-toggle" aria-expanded={open} aria-controls="map-options" data-testid="map-options-toggle" onClick={() => setOpen(!open)}>
        {open ? t.map.hideOptions : t.map.showOptions}
      </button>
      <div id="map-options" className={open ? 'map-options open' : 'map-options'}>
      <label>
        {t.map.province}{' '}
        <select value={p.provinceCode} onChange={(e) => p.onProvince(e.target.value)} data-testid="province-switch">
          <optgroup label={t.map.withDocuments}>
            {withDocs.map((x) => (
              <option key={x.code} value={x.code}>
                {x.name}
              </option>
            ))}
          </optgroup>
          <optgroup label={t.map.otherProvinces}>
            {others.map((x) => (
              <option key={x.code} value={x.code}>
                {x.name}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <fieldset className="map-modes">
        <legend>{t.map.colourBy}</legend>
        {COLOUR_MODES.map((m) => (
          <label key={m}>
            <input type="radio" name="map-colour" value={m} checked={p.mode === m} onChange={() => p.onMode(m)} />
            {t.map.modeShort[m]}
          </label>
        ))}
      </fieldset>
      <label>
        <input type="checkbox" checked={p.showValues} onChange={(e) => p.onShowValues(e.target.checked)} />
        {t.map.showValues}
      </label>
      <span className="map-zoom">
        <button type="button" onClick={() => p.onZoom(1.5)} aria-label={t.map.zoomIn}>
          ＋
        </button>
        <button type="button" onClick={() => p.onZoom(1 / 1.5)} aria-label={t.map.zoomOut}>
          －
        </button>
        <button type="button" onClick={() => p.onZoom(null)}>
          {t.map.resetView}
        </button>
      </span>
      <span className="map-export">
        <button type="button" onClick={() => p.onExport('png')}>
          {t.map.exportPng}
        </button>
        <button type="button" onClick={() => p.onExport('svg')}>
          {t.map.exportSvg}
        </button>
      </span>
      </div>
      <Link href={routePaths.brief.province(p.provinceCode)} className="map-brief" title={t.nav.briefTitle} data-testid="brief-link">
        {t.nav.brief}
      </Link>
      <button type="button" className="map-present" onClick={p.onPresent} aria-keyshortcuts="P" data-testid="present">
        {t.map.present}
      </button>
    </div>
  );
}
