// A local document's actions: download the original file, download its JSON, remove it.
import { useState } from 'react';
import { importStrings as s } from './strings';

const actions = () => import('./local-actions');

export default function LocalActions({ id, title }: { id: string; title: string }) {
  const [error, setError] = useState<string | null>(null);
  const run = (fn: () => Promise<void>) => () => fn().catch((e: unknown) => setError((e as Error).message));
  return (
    <div className="local-actions" title={s.downloadHint}>
      <button type="button" onClick={run(async () => (await actions()).downloadLocalOriginal(id))}>{s.downloadOriginal}</button>
      <button type="button" onClick={run(async () => (await actions()).downloadLocalJson(id))}>{s.downloadJson}</button>
      <button
        type="button"
        className="danger"
        data-testid="remove-local"
        onClick={run(async () => {
          if (window.confirm(s.removeConfirm(title))) await (await actions()).removeLocalDocument(id);
        })}
      >
        {s.remove}
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
