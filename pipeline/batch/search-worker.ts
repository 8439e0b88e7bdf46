// Worker thread body for search shards (batch/pool.ts runShardPool): builds and writes each shard it is sent.
import { parentPort } from 'node:worker_threads';
import { runShardJob, type ShardJob } from '../search/shard-job';

parentPort!.on('message', (msg: { n: number; job: ShardJob }) => {
  parentPort!.postMessage({ n: msg.n, result: runShardJob(msg.job) });
});
parentPort!.postMessage({ ready: true });
