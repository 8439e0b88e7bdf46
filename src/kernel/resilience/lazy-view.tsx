// React.lazy keeps a rejected import for good: after one failed chunk, every later visit to the
// view would show the error again without asking the network. This lazy starts over — but only
// under a new load attempt (a new or reset error boundary, i.e. the user navigated), never in
// React's own re-render after the rejection, which would retry forever while offline.
import { createContext, lazy, useContext, type ComponentType, type LazyExoticComponent } from 'react';

/** Provided by ErrorBoundary: a number that changes each time the boundary mounts or resets. */
export const LoadAttempt = createContext(0);

let attempts = 0;
export function nextLoadAttempt(): number {
  attempts += 1;
  return attempts;
}

export function retryableLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  let current: LazyExoticComponent<ComponentType<P>>;
  let renderedUnder = 0;
  let failedUnder: number | null = null;
  const make = () => {
    current = lazy(() =>
      load().catch((e: unknown) => {
        failedUnder = renderedUnder;
        throw e;
      }),
    );
  };
  make();
  return function RetryableLazy(props: P) {
    const attempt = useContext(LoadAttempt);
    if (failedUnder !== null && failedUnder !== attempt) {
      failedUnder = null;
      make();
    }
    renderedUnder = attempt;
    const View = current;
    return <View {...props} />;
  };
}
