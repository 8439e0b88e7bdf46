// The packed single-file atlas (npm run pack) carries no import worker: the pipeline's ~800 KB
// worker and mammoth would have to be separate files, and a presenter's USB copy must be one file.
// Importing there says so per file instead; vite.config.ts swaps this module in for pack mode.
import { jobsStore, type ImportJob } from './jobs-store';
import { importStrings as s } from './strings';

let nextKey = 1;

export const MAX_BYTES = 10 * 1024 * 1024;

export function importFiles(list: Iterable<File>): void {
  const jobs = [...jobsStore.snapshot()];
  for (const file of list) {
    const job: ImportJob = { key: nextKey++, file: file.name, size: file.size, status: 'error', stage: 'read', fraction: 0, message: s.notInPack };
    jobs.push(job);
  }
  jobsStore.set(jobs);
}

export function cancelImport(_key: number): void {}
