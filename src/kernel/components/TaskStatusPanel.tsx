// 督办状态 of one task: its entries (built ones, and local ones with 本地录入, editable and
// deletable) and a form to enter one — status, date, note and a required source.
import { useState } from 'react';
import { t } from '../i18n/strings';
import { dateProblem } from '../entries/csv';
import { deleteEntry, saveStatus } from '../entries/store';
import { taskKey } from '../entries/task-status';
import { TASK_STATUSES } from '../entries/types';
import { useStatusIndex } from '../entries/use-status-index';
import type { TaskStatusValue } from '../../shared/schema';
import TaskStatusBadge from './TaskStatusBadge';
import './entries.css';

const s = t.entries;

interface Draft {
  id?: string;
  status: TaskStatusValue;
  date: string;
  note: string;
  source: string;
}

const today = () => new Date().toISOString().slice(0, 10);

export default function TaskStatusPanel({ docId, taskId }: { docId: string; taskId: string }) {
  const index = useStatusIndex();
  const entries = index.get(taskKey(docId, taskId)) ?? [];
  const latest = entries.at(-1) ?? null;
  const [draft, setDraft] = useState<Draft | null>(null);
  return (
    <section className="task-status-panel" data-testid="task-status-panel">
      <h4>
        {s.statusHeading} <TaskStatusBadge status={latest?.status ?? null} />
      </h4>
      {entries.length === 0 && <p className="muted">{s.statusNone}</p>}
      <ul className="entry-list">
        {entries.map((e, i) => (
          <li key={e.id ?? `built-${i}`} data-testid="status-entry">
            <TaskStatusBadge status={e.status} />
            <span>{e.date}</span>
            {e.local && <span className="local-badge" title={s.localTitle}>{s.local}</span>}
            {e.note && <span>{e.note}</span>}
            <span className="muted">{s.source}：{e.source}</span>
            {e.local && e.id && (
              <>
                <button type="button" onClick={() => setDraft({ id: e.id!, status: e.status, date: e.date, note: e.note, source: e.source })}>{s.edit}</button>
                <button type="button" onClick={() => void deleteEntry('status', e.id!)}>{s.delete}</button>
              </>
            )}
          </li>
        ))}
      </ul>
      {draft ? (
        <StatusForm draft={draft} onDone={() => setDraft(null)} docId={docId} taskId={taskId} />
      ) : (
        <button type="button" onClick={() => setDraft({ status: 'on-schedule', date: today(), note: '', source: '' })}>{s.statusAdd}</button>
      )}
    </section>
  );
}

function StatusForm({ draft, onDone, docId, taskId }: { draft: Draft; onDone: () => void; docId: string; taskId: string }) {
  const [d, setD] = useState(draft);
  const [error, setError] = useState<string | null>(null);
  const id = `ts-${draft.id ?? 'new'}`;
  const submit = async (ev: React.FormEvent) => {
    ev.preventDefault();
    const date = d.date.trim();
    if (dateProblem(date)) return setError(s.errors.date);
    if (d.source.trim() === '') return setError(s.errors.source);
    try {
      await saveStatus([{ id: d.id, docId, taskId, status: d.status, date, note: d.note.trim(), source: d.source.trim() }]);
      onDone();
    } catch (e) {
      setError(s.errors.saveFailed + String(e));
    }
  };
  return (
    <form className="entry-form" onSubmit={submit} data-testid="status-form" aria-label={s.statusAdd}>
      <label htmlFor={`${id}-status`}>{s.status}</label>
      <select id={`${id}-status`} name="status" value={d.status} onChange={(e) => setD({ ...d, status: e.target.value as TaskStatusValue })}>
        {TASK_STATUSES.map((v) => <option key={v} value={v}>{t.taskStatus.icon[v]} {t.taskStatus.label[v]}</option>)}
      </select>
      <label htmlFor={`${id}-date`}>{s.date}</label>
      <input id={`${id}-date`} name="date" value={d.date} placeholder={s.dateHint} onChange={(e) => setD({ ...d, date: e.target.value })} />
      <label htmlFor={`${id}-note`}>{s.note}</label>
      <input id={`${id}-note`} name="note" value={d.note} onChange={(e) => setD({ ...d, note: e.target.value })} />
      <label htmlFor={`${id}-source`}>{s.source}（{s.required}）</label>
      <input id={`${id}-source`} name="source" aria-required="true" value={d.source} onChange={(e) => setD({ ...d, source: e.target.value })} />
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="actions">
        <button type="submit">{s.save}</button>
        <button type="button" onClick={onDone}>{s.cancel}</button>
      </div>
    </form>
  );
}
