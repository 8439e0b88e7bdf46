// Worker threads start without the TypeScript loader the build runs under (tsx, or vitest's own);
// register tsx here, then load the worker body the pool names (batch/pool.ts): the document parser
// (worker.ts, the default) or the search shard builder (search-worker.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData?.body ?? './worker.ts');
