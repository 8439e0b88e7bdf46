// React.lazy keeps a rejected import for good: after one failed chunk, every later visit to the
// view would show the error again without asking the network. This lazy starts over — but only
// under a new load attempt (a new or reset error boundary, i.e. the user navigated), never in
// React's own re-render after the rejection, which would retry forever while offline.
import { createContext, lazy, useContext, useState, type ComponentType, type LazyExoticComponent } from 'react';

/** Provided by ErrorBoundary: a number that changes each time the boundary mounts or resets. */
export const LoadAttempt = createContext(0);

let attempts = 0;
export function nextLoadAttempt(): number {
  attempts += 1;
  return attempts;
}

/** A lazy component that can also be loaded ahead of its first render (preload). */
export type PreloadableLazy<P> = ComponentType<P> & { preload: () => Promise<void> };

export function retryableLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): PreloadableLazy<P> {
  let current: LazyExoticComponent<ComponentType<P>>;
  let renderedUnder = 0;
  let failedUnder: number | null = null;
  // Once the module is here, it renders directly, without suspending: a Suspense fallback shown
  // first holds the content back (React reveals content that replaces a fallback at most every
  // 300 ms), and a cold view whose code was preloaded would pay that for nothing.
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  const get = () =>
    (pending ??= load().then(
      (m) => {
        loaded = m.default;
        return m;
      },
      (e: unknown) => {
        pending = null;
        throw e;
      },
    ));
  const make = () => {
    current = lazy(() =>
      get().catch((e: unknown) => {
        failedUnder = renderedUnder;
        throw e;
      }),
    );
  };
  make();
  function RetryableLazy(props: P) {
    const attempt = useContext(LoadAttempt);
    if (failedUnder !== null && failedUnder !== attempt) {
      failedUnder = null;
      make();
    }
    renderedUnder = attempt;
    // Chosen once per mount: switching from the lazy wrapper to the loaded component later would
    // be a different element type, and React would mount the view anew.
    const [View] = useState(() => loaded ?? current);
    return <View {...props} />;
  }
  RetryableLazy.preload = () => get().then(() => undefined);
  return RetryableLazy;
}
