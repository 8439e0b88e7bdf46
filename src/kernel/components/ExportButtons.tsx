// CSV and XLSX buttons for one ExportTable, built when clicked (not on every render) — by a function
// that may load what the table needs first (the department page fetches the pages of its list not
// yet shown). The buttons say so while the table or the writer loads, and name the reason if it fails.
import { useState } from 'react';
import { exportStrings as s } from '../i18n/export';
import { downloadCsv, downloadXlsx } from '../lib/export-files';
import type { ExportTable } from '../lib/export-table';
import './export-buttons.css';

interface Props {
  basename: string;
  table: () => ExportTable | Promise<ExportTable>;
  disabled?: boolean;
  /** Label of the CSV button when a view words it itself (e.g. with the row count). */
  csvLabel?: string;
  testIdPrefix?: string;
}

export default function ExportButtons({ basename, table, disabled, csvLabel, testIdPrefix = 'export' }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = (write: (table: ExportTable) => void | Promise<void>) => async () => {
    setBusy(true);
    setError(null);
    try {
      await write(await table());
    } catch (e) {
      setError(s.failed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" data-testid={`${testIdPrefix}-csv`} disabled={disabled || busy} onClick={run((x) => downloadCsv(basename, x))}>
        {csvLabel ?? s.exportCsv}
      </button>
      <button type="button" data-testid={`${testIdPrefix}-xlsx`} disabled={disabled || busy} aria-busy={busy} onClick={run((x) => downloadXlsx(basename, x))}>
        {busy ? s.exporting : s.exportXlsx}
      </button>
      {error && <span role="alert" className="export-error">{error}</span>}
    </>
  );
}
