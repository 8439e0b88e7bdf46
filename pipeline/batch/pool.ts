// Parses documents on worker threads, one job per worker at a time, each under a time limit: a
// document that takes too long (or crashes its worker, or runs it out of memory) fails alone — its
// worker is replaced and the other documents go on. Results come back in job order, whatever order
// the workers finish in.
import { Worker } from 'node:worker_threads';
import type { DocumentJob, JobResult } from './job';

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

export const DOC_TIMEOUT_FLAG = '--doc-timeout';
export const DOC_TIMEOUT_ENV = 'ATLAS_DOC_TIMEOUT';

export interface PoolOptions {
  workers: number;
  /** Per-document time limit, from the moment the job is handed to a ready worker. */
  timeoutMs: number;
  onDone?: (index: number, result: JobResult, ms: number) => void;
}

const fail = (job: DocumentJob, reason: string): JobResult => ({ ok: false, failure: { file: job.file, line: null, reason, transient: true } });

export function runPool(jobs: DocumentJob[], opts: PoolOptions): Promise<JobResult[]> {
  const results: JobResult[] = new Array(jobs.length);
  if (jobs.length === 0) return Promise.resolve(results);
  let next = 0;
  let done = 0;
  return new Promise((resolve) => {
    const finish = (n: number, r: JobResult, ms: number) => {
      results[n] = r;
      opts.onDone?.(n, r, ms);
      if (++done === jobs.length) resolve(results);
    };

    const spawn = () => {
      const worker = new Worker(ENTRY);
      let ready = false;
      let retired = false;
      let current = -1;
      let started = 0;
      let timer: NodeJS.Timeout | undefined;
      const startNext = () => {
        if (next >= jobs.length) {
          retired = true;
          void worker.terminate();
          return;
        }
        current = next++;
        started = performance.now();
        const n = current;
        timer = setTimeout(() => {
          if (current !== n) return;
          current = -1;
          retired = true;
          void worker.terminate();
          finish(n, fail(jobs[n], `gave up after ${(opts.timeoutMs / 1000).toFixed(opts.timeoutMs < 1000 ? 2 : 0)} s (the per-document time limit; raise it with ${DOC_TIMEOUT_FLAG}=SECONDS or ${DOC_TIMEOUT_ENV}=SECONDS)`), opts.timeoutMs);
          if (next < jobs.length) spawn();
        }, opts.timeoutMs);
        worker.postMessage({ n, job: jobs[n] });
      };
      worker.on('message', (m: { ready?: true; n?: number; result?: JobResult }) => {
        if (m.ready) {
          ready = true;
          startNext();
          return;
        }
        if (m.n !== current || !m.result) return;
        clearTimeout(timer);
        current = -1;
        finish(m.n, m.result, performance.now() - started);
        startNext();
      });
      worker.on('error', (err: Error) => {
        clearTimeout(timer);
        const reason = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? 'ran out of memory while parsing'
          : `the parser crashed: ${err.message}`;
        if (current >= 0) {
          const n = current;
          current = -1;
          finish(n, fail(jobs[n], reason), performance.now() - started);
        } else if (!ready) {
          // The pipeline itself does not load: every job left fails with the reason, no respawn loop.
          retired = true;
          while (next < jobs.length) {
            const n = next++;
            finish(n, fail(jobs[n], `the build worker did not start: ${err.message}`), 0);
          }
        }
      });
      worker.on('exit', () => {
        clearTimeout(timer);
        if (current >= 0) {
          const n = current;
          current = -1;
          finish(n, fail(jobs[n], 'the parser exited without an answer'), performance.now() - started);
        }
        if (!retired && next < jobs.length) spawn();
      });
    };

    for (let i = 0; i < Math.min(opts.workers, jobs.length); i++) spawn();
  });
}
