// Worker thread body: announces itself once the pipeline is loaded, then builds each job it is sent.
import { parentPort } from 'node:worker_threads';
import { runJob, type DocumentJob } from './job';

parentPort!.on('message', (msg: { n: number; job: DocumentJob }) => {
  parentPort!.postMessage({ n: msg.n, result: runJob(msg.job) });
});
parentPort!.postMessage({ ready: true });
