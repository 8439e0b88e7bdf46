// The import's progress and results, one row per file: a progress bar and 取消 while it runs, the
// reason when it failed (naming the file), a link to the document when it is in.
import { Link } from 'wouter';
import { routePaths } from '../router/paths';
import { clearFinished, dismissJob, runner, type ImportJob } from './jobs-store';
import { importStrings as s } from './strings';
import { useImportJobs } from './use-import-jobs';

function JobRow({ job }: { job: ImportJob }) {
  const active = job.status === 'queued' || job.status === 'running';
  return (
    <li className={`import-job import-${job.status}`} data-testid="import-job" data-status={job.status} data-file={job.file}>
      <div className="import-job-head">
        <span className="import-file" title={job.file}>{job.file}</span>
        <span className="import-status">{job.status === 'running' ? s.stage[job.stage] : s.status[job.status]}</span>
      </div>
      {active && (
        <div className="import-job-progress">
          <progress max={1} value={job.status === 'queued' ? 0 : job.fraction} aria-label={s.progress(job.file)} />
          <button type="button" onClick={() => void runner().then((r) => r.cancelImport(job.key))}>{s.cancel}</button>
        </div>
      )}
      {job.status === 'error' && (
        <p className="import-error" role="alert">
          <strong>{s.failed(job.file)}</strong>：{job.message}
        </p>
      )}
      {job.status === 'done' && job.docId && (
        <p className="import-done">
          <Link href={routePaths.doc(job.docId)}>{job.title}</Link>
        </p>
      )}
      {!active && (
        <button type="button" className="import-dismiss" aria-label={`${s.dismiss} ${job.file}`} onClick={() => dismissJob(job.key)}>×</button>
      )}
    </li>
  );
}

export default function ImportPanel() {
  const jobs = useImportJobs();
  if (jobs.length === 0) return null;
  const finished = jobs.some((j) => j.status !== 'queued' && j.status !== 'running');
  return (
    <section className="import-panel" role="region" aria-label={s.panel} data-testid="import-panel">
      <header>
        <h2>{s.panel}</h2>
        {finished && <button type="button" onClick={clearFinished}>{s.clear}</button>}
      </header>
      <ul>
        {jobs.map((j) => (
          <JobRow key={j.key} job={j} />
        ))}
      </ul>
    </section>
  );
}
