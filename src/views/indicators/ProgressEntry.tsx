// 录入进展 on a target card: the figures entered here (本地录入, with their note; editable and
// deletable) and a form — value, date, the target's own unit (fixed), a required source note.
import { useState } from 'react';
import { dateProblem } from '../../kernel/entries/csv';
import { deleteEntry, saveProgress } from '../../kernel/entries/store';
import type { LocalProgress } from '../../kernel/entries/types';
import { t as shared } from '../../kernel/i18n/strings';
import { formatNumber } from '../../kernel/lib/format';
import type { Indicator } from '../../shared/schema';
import { t } from './strings';

const e = shared.entries;
const s = t.indicators;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

interface Draft {
  id?: string;
  value: string;
  date: string;
  note: string;
}

export default function ProgressEntry({ indicator, local }: { indicator: Pick<Indicator, 'id' | 'unit'>; local: LocalProgress[] }) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const sorted = [...local].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <div className="progress-entry">
      {sorted.length > 0 && (
        <ul className="entry-list">
          {sorted.map((p) => (
            <li key={p.id} data-testid="local-progress">
              <span className="local-badge" title={e.localTitle}>{e.local}</span>
              <strong>{formatNumber(p.value, p.unit)}</strong>
              <span>{p.date}</span>
              <span className="muted">{p.sourceNote}</span>
              <button type="button" onClick={() => setDraft({ id: p.id, value: String(p.value), date: p.date, note: p.sourceNote })}>{e.edit}</button>
              <button type="button" onClick={() => void deleteEntry('progress', p.id)}>{e.delete}</button>
            </li>
          ))}
        </ul>
      )}
      {draft ? (
        <ProgressForm indicator={indicator} draft={draft} onDone={() => setDraft(null)} />
      ) : (
        <button type="button" className="add-progress" onClick={() => setDraft({ value: '', date: String(new Date().getFullYear() - 1), note: '' })}>{s.enterProgress}</button>
      )}
    </div>
  );
}

function ProgressForm({ indicator, draft, onDone }: { indicator: Pick<Indicator, 'id' | 'unit'>; draft: Draft; onDone: () => void }) {
  const [d, setD] = useState(draft);
  const [error, setError] = useState<string | null>(null);
  const id = `pe-${indicator.id}-${draft.id ?? 'new'}`.replace(/[^\w-]/g, '_');
  const submit = async (ev: React.FormEvent) => {
    ev.preventDefault();
    const value = d.value.trim();
    const date = d.date.trim();
    if (!NUMBER.test(value)) return setError(e.errors.value);
    if (dateProblem(date)) return setError(e.errors.date);
    if (d.note.trim() === '') return setError(e.errors.source);
    try {
      await saveProgress([{ id: d.id, indicatorId: indicator.id, date, value: Number(value), unit: indicator.unit, sourceNote: d.note.trim() }]);
      onDone();
    } catch (err) {
      setError(e.errors.saveFailed + String(err));
    }
  };
  return (
    <form className="entry-form" onSubmit={submit} data-testid="progress-form" aria-label={s.enterProgress}>
      <label htmlFor={`${id}-value`}>{s.entryValue}</label>
      <span>
        <input id={`${id}-value`} name="value" inputMode="decimal" value={d.value} onChange={(x) => setD({ ...d, value: x.target.value })} />{' '}
        <span className="unit-fixed" data-testid="unit-fixed">{indicator.unit || shared.common.none}</span>
      </span>
      <label htmlFor={`${id}-date`}>{e.date}</label>
      <input id={`${id}-date`} name="date" value={d.date} placeholder={e.dateHint} onChange={(x) => setD({ ...d, date: x.target.value })} />
      <label htmlFor={`${id}-note`}>{s.entrySource}（{e.required}）</label>
      <input id={`${id}-note`} name="note" aria-required="true" value={d.note} onChange={(x) => setD({ ...d, note: x.target.value })} />
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="actions">
        <button type="submit">{e.save}</button>
        <button type="button" onClick={onDone}>{e.cancel}</button>
      </div>
    </form>
  );
}
