// Runs jobs on worker threads, one job per worker at a time, each under a time limit: a job that
// takes too long (or crashes its worker, or runs it out of memory) fails alone — its worker is
// replaced and the other jobs go on. Results come back in job order, whatever order the workers
// finish in. Two kinds of job: a document's parse (runPool, body worker.ts) and a search shard
// (runShardPool, body search-worker.ts); the entry registers the TypeScript loader, then loads the body.
import { Worker } from 'node:worker_threads';
import type { ShardJob, ShardResult } from '../search/shard-job';
import type { WriteJob, WrittenResult } from './write-job';

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);
const DOCUMENT_BODY = new URL('./worker.ts', import.meta.url).href;
const SHARD_BODY = new URL('./search-worker.ts', import.meta.url).href;

export const DOC_TIMEOUT_FLAG = '--doc-timeout';
export const DOC_TIMEOUT_ENV = 'ATLAS_DOC_TIMEOUT';

export interface PoolOptions<R = WrittenResult> {
  workers: number;
  /** Per-job time limit, from the moment the job is handed to a ready worker. */
  timeoutMs: number;
  onDone?: (index: number, result: R, ms: number) => void;
}

const fail = (w: WriteJob, reason: string): WrittenResult => ({ ok: false, failure: { file: w.job.file, line: null, reason, transient: true } });

/** Parses documents and writes their JSON (WriteJob → WrittenResult). */
export function runPool(jobs: WriteJob[], opts: PoolOptions): Promise<WrittenResult[]> {
  return runWorkers(jobs, { ...opts, body: DOCUMENT_BODY, failed: fail });
}

/** Builds and writes search shards (ShardJob → ShardResult). */
export function runShardPool(jobs: ShardJob[], opts: PoolOptions<ShardResult>): Promise<ShardResult[]> {
  return runWorkers(jobs, { ...opts, body: SHARD_BODY, failed: (job, reason) => ({ ok: false, reason: `search shard ${job.id}: ${reason}` }) });
}

function runWorkers<J, R>(jobs: J[], opts: PoolOptions<R> & { body: string; failed: (job: J, reason: string) => R }): Promise<R[]> {
  const fail = opts.failed;
  const results: R[] = new Array(jobs.length);
  if (jobs.length === 0) return Promise.resolve(results);
  let next = 0;
  let done = 0;
  return new Promise((resolve) => {
    const finish = (n: number, r: R, ms: number) => {
      results[n] = r;
      opts.onDone?.(n, r, ms);
      if (++done === jobs.length) resolve(results);
    };

    const spawn = () => {
      const worker = new Worker(ENTRY, { workerData: { body: opts.body } });
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
      worker.on('message', (m: { ready?: true; n?: number; result?: R }) => {
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
