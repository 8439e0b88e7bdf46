// A tiny keyed resource cache: each file is fetched once, shared by every component that asks,
// and can be retried (the entry is dropped and fetched again). Subscribable for useSyncExternalStore.
export type ResourceState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'error'; data?: undefined; error: Error };

const LOADING: ResourceState<never> = { status: 'loading' };

export class ResourceCache {
  private states = new Map<string, ResourceState<unknown>>();
  private promises = new Map<string, Promise<unknown>>();
  private listeners = new Set<() => void>();
  /** Bumped on every change: a stable snapshot for useSyncExternalStore. */
  version = 0;
  /** How many retries happened: loaders bypass the HTTP cache after the first. */
  retries = 0;

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  getVersion = (): number => this.version;

  has(key: string): boolean {
    return this.promises.has(key);
  }

  private emit() {
    this.version++;
    for (const fn of [...this.listeners]) fn();
  }

  get<T>(key: string): ResourceState<T> {
    return (this.states.get(key) as ResourceState<T> | undefined) ?? LOADING;
  }

  /** Start loading `key` unless it is already loading or loaded; returns the shared promise. */
  load<T>(key: string, loader: () => Promise<T>): Promise<T> {
    const existing = this.promises.get(key);
    if (existing) return existing as Promise<T>;
    const promise = this.track(key, loader);
    this.states.set(key, LOADING);
    return promise;
  }

  /**
   * Load `key` again in the background: the current data stays shown until the new data is ready
   * (local documents were added or removed — no view should flash its loading state).
   */
  reload<T>(key: string, loader: () => Promise<T>): Promise<T> {
    if (!this.promises.has(key)) return this.load(key, loader);
    return this.track(key, loader);
  }

  /** Start `loader` as the current load of `key`; only the latest load of a key may settle its state. */
  private track<T>(key: string, loader: () => Promise<T>): Promise<T> {
    const promise: Promise<T> = loader().then(
      (data) => {
        if (this.promises.get(key) === promise) this.set(key, { status: 'ready', data });
        return data;
      },
      (error: unknown) => {
        const err = error instanceof Error ? error : new Error(String(error));
        if (this.promises.get(key) === promise) this.set(key, { status: 'error', error: err });
        throw err;
      },
    );
    this.promises.set(key, promise);
    return promise;
  }

  private set(key: string, state: ResourceState<unknown>) {
    this.states.set(key, state);
    this.emit();
  }

  /** Forget `key` so the next load fetches it again. */
  invalidate(key: string) {
    this.promises.delete(key);
    this.states.delete(key);
    this.emit();
  }

  /**
   * Retry = forget every failed entry. A document's failure may come from the manifest it
   * depends on, so dropping only the document's own key would replay the cached failure.
   */
  invalidateErrors() {
    this.retries++;
    for (const [key, state] of this.states) {
      if (state.status === 'error') {
        this.promises.delete(key);
        this.states.delete(key);
      }
    }
    this.emit();
  }
}

export const dataCache = new ResourceCache();
