// React.lazy keeps a rejected import for good: after one failed chunk, every later visit to the
// view would show the error again without asking the network. This lazy starts over — but only
// under a new load attempt (a new or reset error boundary, i.e. the user navigated), never in
// React's own re-render after the rejection, which would retry forever while offline.
//
// preload(): a view whose code has arrived before it first renders is rendered directly, not through
// lazy. lazy() suspends on its first render whatever the state of the import, and React then holds
// the revealed view back until 300 ms after the Suspense fallback appeared (its throttle of
// fallback → content): on a cold /heatmap/ load the summary, ready at ~560 ms, painted at ~760 ms.
import { createContext, lazy, useContext, useState, type ComponentType, type LazyExoticComponent } from 'react';

/** Provided by ErrorBoundary: a number that changes each time the boundary mounts or resets. */
export const LoadAttempt = createContext(0);

let attempts = 0;
export function nextLoadAttempt(): number {
  attempts += 1;
  return attempts;
}

export type PreloadableView<P extends object> = ComponentType<P> & {
  /** Starts loading the code; resolves once it is there (never rejects: a failure is the lazy path's to report). */
  preload: () => Promise<void>;
};

export function retryableLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): PreloadableView<P> {
  let current: LazyExoticComponent<ComponentType<P>>;
  let renderedUnder = 0;
  let failedUnder: number | null = null;
  let loaded: ComponentType<P> | null = null;
  const keep = (m: { default: ComponentType<P> }) => {
    loaded = m.default;
    return m;
  };
  const make = () => {
    current = lazy(() =>
      load().then(keep).catch((e: unknown) => {
        failedUnder = renderedUnder;
        throw e;
      }),
    );
  };
  make();
  function RetryableLazy(props: P) {
    // Decided once per mount: switching between the lazy and the direct component would remount the view.
    const [Direct] = useState(() => loaded);
    const attempt = useContext(LoadAttempt);
    if (Direct) return <Direct {...props} />;
    if (failedUnder !== null && failedUnder !== attempt) {
      failedUnder = null;
      make();
    }
    renderedUnder = attempt;
    const View = current;
    return <View {...props} />;
  }
  RetryableLazy.preload = () => load().then(keep, () => undefined).then(() => undefined);
  return RetryableLazy;
}
