// The map's URL state: colour mode (?colour=), selected region (?region=<code or name>), values
// on the map (?values=1), zoom and pan (?view=, see state/view-param.ts). Bad values fall back to
// defaults rather than breaking the view.
import { useUrlParam } from '../../kernel/router/url-state';
import { COLOUR_MODES, type ColourMode } from '../../kernel/map/state/map-state';
import { parseView, serialiseView, type MapViewState } from './state/view-param';

export function useMapParams() {
  const [colour, setColour] = useUrlParam('colour');
  const [region, setRegion] = useUrlParam('region');
  const [values, setValues] = useUrlParam('values');
  const [view, setView] = useUrlParam('view');
  const mode: ColourMode = COLOUR_MODES.includes(colour as ColourMode) ? (colour as ColourMode) : 'mentions';
  return {
    mode,
    /** The raw ?colour= value (to tell a bad one from the default). */
    colourParam: colour,
    setMode: (m: ColourMode) => setColour(m === 'mentions' ? null : m),
    region,
    setRegion: (r: string | null) => setRegion(r),
    showValues: values === '1',
    /** The raw ?values= value: anything but absent or '1' is reported. */
    valuesParam: values,
    setShowValues: (on: boolean) => setValues(on ? '1' : null, { replace: true }),
    /** The raw ?view= value, and its parse (null when absent or malformed). */
    viewParam: view,
    view: parseView(view),
    // Roaming replaces the history entry: a drag is not a step to go back to.
    setView: (v: MapViewState) => setView(serialiseView(v), { replace: true }),
  };
}
