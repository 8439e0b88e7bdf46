// A document's job as the build runs it: parse, then write its JSON where the build said, and hand
// back only the hash of that JSON and what the cross-document steps need. Writing where the parse
// ran (a worker, or the main thread with --jobs 0) keeps 3,000 documents' JSON text out of the main
// thread's memory; the file is written only when the parse succeeded, so a failing document keeps
// its previous output.
import { createHash } from 'node:crypto';
import { writeFileAtomic } from '../io';
import { failureOf, runJob, type Derived, type DocumentJob, type JobFailure } from './job';

export interface WriteJob {
  job: DocumentJob;
  /** Where its JSON goes (absolute path). */
  out: string;
}

export type WrittenResult = { ok: true; output: string; derived: Derived } | { ok: false; failure: JobFailure };

export function runAndWrite({ job, out }: WriteJob): WrittenResult {
  const r = runJob(job);
  if (!r.ok) return r;
  try {
    writeFileAtomic(out, r.json);
  } catch (e) {
    // The disk, not the input: never remembered as the document's failure.
    return { ok: false, failure: { ...failureOf(e, job.file), reason: `cannot write ${out}: ${(e as Error).message}`, transient: true } };
  }
  return { ok: true, output: createHash('sha256').update(r.json).digest('hex'), derived: r.derived };
}
