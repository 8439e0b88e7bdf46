// The import's rows (one per file), as a subscribable store for useSyncExternalStore. Kept apart
// from the runner (import-queue.ts), which loads only when the user first imports.
export type Stage = 'read' | 'decode' | 'docx' | 'parse' | 'save' | 'done';

export interface ImportJob {
  key: number;
  file: string;
  size: number;
  status: 'queued' | 'running' | 'done' | 'error' | 'cancelled';
  stage: Stage;
  fraction: number;
  /** Why it failed (with status 'error'), naming the cause. */
  message?: string;
  docId?: string;
  title?: string;
}

let jobs: ImportJob[] = [];
const listeners = new Set<() => void>();

export const jobsStore = {
  subscribe(fn: () => void) {
    listeners.add(fn);
    return () => {
      listeners.delete(fn);
    };
  },
  snapshot: (): ImportJob[] => jobs,
  set(next: ImportJob[]) {
    jobs = next;
    for (const fn of [...listeners]) fn();
  },
  update(key: number, patch: Partial<ImportJob>) {
    jobsStore.set(jobs.map((j) => (j.key === key ? { ...j, ...patch } : j)));
  },
};

/** Forget finished, failed and cancelled rows. */
export function clearFinished(): void {
  jobsStore.set(jobs.filter((j) => j.status === 'queued' || j.status === 'running'));
}

export function dismissJob(key: number): void {
  jobsStore.set(jobs.filter((j) => j.key !== key || j.status === 'running' || j.status === 'queued'));
}

/** The runner, loaded on first use (it pulls in the store, the schema checks and the worker URL). */
export const runner = () => import('./import-queue');
