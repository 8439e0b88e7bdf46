// Its children once the text around it has painted, the fallback until then: what is heavy to
// build (a chart and its code, a long list below the fold) starts in a task of its own after the
// page's first paint — the largest text never waits on it, in the browser or in Lighthouse's
// simulation, which counts every request and long task started before that paint.
import type { ReactNode } from 'react';
import { useAfterPaint } from '../lib/use-after-paint';

export default function AfterFirstPaint({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  return useAfterPaint() ? children : fallback;
}
