// Worker thread body: loads the pipeline and its dictionaries, announces itself, then builds each job
// it is sent. The dictionaries are loaded before "ready" so that a document's time limit measures the
// document, not the worker's first use of the converter and the name index.
import { parentPort } from 'node:worker_threads';
import { nameIndex } from '../places/name-index';
import { toSimplified } from '../text/convert';
import { loadDepartmentDictionary } from '../units/dictionary';
import { runAndWrite, type WriteJob } from './write-job';

toSimplified('');
nameIndex();
loadDepartmentDictionary();

parentPort!.on('message', (msg: { n: number; job: WriteJob }) => {
  parentPort!.postMessage({ n: msg.n, result: runAndWrite(msg.job) });
});
parentPort!.postMessage({ ready: true });
