// Export the local entries as the CSV files the build reads (put them in data/progress/ and
// data/status/, then `npm run data`), or import such a file. An import is checked against the
// built documents by the build's rules; a bad file is refused whole, with its file:row message.
// The documents a file names are loaded when it is imported (or exported), never with the view:
// an indicator id starts with its document's id (<docId>/I001), a status row names its document.
import { useState } from 'react';
import type { PolicyDocument } from '../../shared/schema';
import { loadDocument } from '../data/resources';
import { CsvImportError, csvKind, parseProgressImport, parseStatusImport, progressCsv, statusCsv } from '../entries/csv';
import { saveProgress, saveStatus, useLocalEntries } from '../entries/store';
import { t } from '../i18n/strings';
import { downloadText } from '../lib/download';
import './entries.css';

const s = t.entries;

/** The first cell of every data row (after the header): the indicator or document ids a file names. */
function firstCells(text: string): string[] {
  return text.split(/\r?\n/).slice(1).map((l) => l.split(',')[0]!.trim().replace(/^"|"$/g, '')).filter(Boolean);
}

const docOfIndicator = (id: string) => id.split('/')[0]!;

/** What the named documents hold (a document that fails to load names nothing: its rows are refused as unknown). */
async function knownIn(docIds: Iterable<string>) {
  const docs = (await Promise.all([...new Set(docIds)].map((id) => loadDocument(id).catch(() => null)))).filter((d): d is PolicyDocument => d !== null);
  const indicators = new Map<string, { unit: string; name: string }>();
  const tasks = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const i of d.indicators) indicators.set(i.id, { unit: i.unit, name: i.name });
    tasks.set(d.id, new Set(d.tasks.map((x) => x.id)));
  }
  return { indicators, tasks };
}

export default function LocalEntriesBar() {
  const local = useLocalEntries();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const exportProgress = async () => {
    const known = await knownIn(local.progress.map((p) => docOfIndicator(p.indicatorId)));
    downloadText('progress-local.csv', progressCsv(local.progress, new Map([...known.indicators].map(([id, v]) => [id, v.name]))));
  };

  const onFile = async (file: File) => {
    const text = await file.text();
    try {
      const kind = csvKind(text);
      const ids = kind ? firstCells(text) : [];
      const known = await knownIn(kind === 'progress' ? ids.map(docOfIndicator) : ids);
      if (kind === 'progress') {
        const rows = parseProgressImport(file.name, text, known.indicators);
        await saveProgress(rows);
        setMessage({ ok: true, text: s.imported(rows.length, file.name) });
      } else if (kind === 'status') {
        const rows = parseStatusImport(file.name, text, known.tasks);
        await saveStatus(rows);
        setMessage({ ok: true, text: s.imported(rows.length, file.name) });
      } else {
        throw new CsvImportError(file.name, 1, 'header must start with "indicator," (progress) or "document," (status)');
      }
    } catch (e) {
      setMessage({ ok: false, text: s.importFailed + (e instanceof Error ? e.message : String(e)) });
    }
  };

  return (
    <div className="entries-bar" data-testid="entries-bar">
      <span className="muted">{s.counts(local.progress.length, local.status.length)}</span>
      <button type="button" disabled={local.progress.length === 0} onClick={() => void exportProgress()}>{s.exportProgress}</button>
      <button type="button" disabled={local.status.length === 0} onClick={() => downloadText('status-local.csv', statusCsv(local.status))}>{s.exportStatus}</button>
      <label className="import-label">
        {s.importCsv}
        <input
          type="file"
          accept=".csv,text/csv"
          data-testid="import-csv"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void onFile(f);
            e.target.value = '';
          }}
        />
      </label>
      {message && <p className={message.ok ? 'muted' : 'import-error'} role={message.ok ? 'status' : 'alert'} data-testid="import-message">{message.text}</p>}
    </div>
  );
}
