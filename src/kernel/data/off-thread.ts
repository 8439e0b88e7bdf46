// The main thread's side of the validation worker: one worker for the page, started by the first
// file requested (so it boots while that request is under way), each file's text posted to it and
// its validated value posted back. Where no worker can run — a test in Node, a browser without
// module workers, a worker that failed to start — the same check runs on the main thread
// (check-core.ts): every file is validated either way. The packed one-file build has no worker file:
// vite.config.ts swaps in off-thread.pack.ts.
import type { Checked, RowFields, SchemaName } from './check-core';
import { checkFile as onMainThread } from './off-thread.pack';
import type { CheckReply, CheckRequest } from './validate-worker';

type Pending = { resolve: (c: Checked) => void; request: CheckRequest };

let worker: Worker | null = null;
let broken = typeof Worker === 'undefined';
let nextId = 1;
const pending = new Map<number, Pending>();

/** The worker failed (or never started): everything it still holds is checked here instead. */
function giveUp() {
  broken = true;
  worker?.terminate();
  worker = null;
  const left = [...pending.values()];
  pending.clear();
  for (const p of left) void onMainThread(p.request.name, p.request.body, p.request.rows).then(p.resolve);
}

function ensureWorker(): Worker | null {
  if (broken) return null;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./validate-worker.ts', import.meta.url), { type: 'module', name: 'atlas-validate' });
  } catch {
    giveUp();
    return null;
  }
  worker.onmessage = (ev: MessageEvent<CheckReply>) => {
    const p = pending.get(ev.data.id);
    if (!p) return;
    pending.delete(ev.data.id);
    const { id: _id, ...checked } = ev.data;
    p.resolve(checked as Checked);
  };
  // A worker script that cannot load (offline before it was cached, a stale deploy) reports here.
  worker.onerror = (ev) => {
    ev.preventDefault();
    giveUp();
  };
  return worker;
}

/** Start the worker now (a file's request is about to go out), so it is ready when the text is. */
export function warmValidator(): void {
  ensureWorker();
}

/** Parse and validate a file's text with schema `name` (and decode `rows`), off the main thread when it can. */
export function checkFile(name: SchemaName, body: string, rows?: RowFields): Promise<Checked> {
  const w = ensureWorker();
  if (!w) return onMainThread(name, body, rows);
  return new Promise((resolve) => {
    const request: CheckRequest = { id: nextId++, name, body, rows };
    pending.set(request.id, { resolve, request });
    w.postMessage(request);
  });
}
