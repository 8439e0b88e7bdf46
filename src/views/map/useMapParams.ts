// The map's URL state: colour mode (?colour=), selected region (?region=<code or name>), values
// on the map (?values=1). Bad values fall back to defaults rather than breaking the view.
import { useUrlParam } from '../../app/url-state';
import { COLOUR_MODES, type ColourMode } from './state/map-state';

export function useMapParams() {
  const [colour, setColour] = useUrlParam('colour');
  const [region, setRegion] = useUrlParam('region');
  const [values, setValues] = useUrlParam('values');
  const mode: ColourMode = COLOUR_MODES.includes(colour as ColourMode) ? (colour as ColourMode) : 'mentions';
  return {
    mode,
    setMode: (m: ColourMode) => setColour(m === 'mentions' ? null : m),
    region,
    setRegion: (r: string | null) => setRegion(r),
    showValues: values === '1',
    setShowValues: (on: boolean) => setValues(on ? '1' : null, { replace: true }),
  };
}
