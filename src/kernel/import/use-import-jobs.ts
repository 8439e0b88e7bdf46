import { useSyncExternalStore } from 'react';
import { jobsStore, type ImportJob } from './jobs-store';

export function useImportJobs(): ImportJob[] {
  return useSyncExternalStore(jobsStore.subscribe, jobsStore.snapshot, jobsStore.snapshot);
}
