// Loads a province's boundaries and the index of all provinces; registers the map with ECharts
// once per province (registration is global and cheap to look up by name).
import { useEffect, useState } from 'react';
import type { GeoIndex } from '../../shared/schema';
import { echarts } from '../../kernel/echarts/core';
import { loadGeoIndex, loadProvince, type LoadedProvince } from './geo/load';

export type GeoState<T> = { status: 'loading' } | { status: 'error'; error: Error } | { status: 'ready'; data: T };

export const mapName = (code: string) => `atlas-${code}`;
const registered = new Set<string>();

export function useProvinceGeo(code: string | null, attempt: number): GeoState<LoadedProvince> {
  const [state, setState] = useState<{ code: string | null; s: GeoState<LoadedProvince> }>({ code: null, s: { status: 'loading' } });
  useEffect(() => {
    if (!code) return;
    let live = true;
    loadProvince(code).then(
      (p) => {
        if (!registered.has(code)) {
          echarts.registerMap(mapName(code), p.regions as unknown as Parameters<typeof echarts.registerMap>[1]);
          registered.add(code);
        }
        if (live) setState({ code, s: { status: 'ready', data: p } });
      },
      (error: Error) => live && setState({ code, s: { status: 'error', error } }),
    );
    return () => {
      live = false;
    };
  }, [code, attempt]);
  return state.code === code ? state.s : { status: 'loading' };
}

export function useGeoIndex(attempt: number): GeoState<GeoIndex> {
  const [s, setS] = useState<GeoState<GeoIndex>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadGeoIndex().then(
      (data) => live && setS({ status: 'ready', data }),
      (error: Error) => live && setS({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return s;
}
