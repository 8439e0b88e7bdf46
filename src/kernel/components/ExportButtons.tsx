// CSV and XLSX buttons for one ExportTable, built when clicked (not on every render). The XLSX
// button says so while the writer loads and names the reason if it fails.
import { useState } from 'react';
import { exportStrings as s } from '../i18n/export';
import { downloadCsv, downloadXlsx } from '../lib/export-files';
import type { ExportTable } from '../lib/export-table';
import './export-buttons.css';

interface Props {
  basename: string;
  table: () => ExportTable;
  disabled?: boolean;
  /** Label of the CSV button when a view words it itself (e.g. with the row count). */
  csvLabel?: string;
  testIdPrefix?: string;
}

export default function ExportButtons({ basename, table, disabled, csvLabel, testIdPrefix = 'export' }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const xlsx = async () => {
    setBusy(true);
    setError(null);
    try {
      await downloadXlsx(basename, table());
    } catch (e) {
      setError(s.failed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" data-testid={`${testIdPrefix}-csv`} disabled={disabled} onClick={() => downloadCsv(basename, table())}>
        {csvLabel ?? s.exportCsv}
      </button>
      <button type="button" data-testid={`${testIdPrefix}-xlsx`} disabled={disabled || busy} aria-busy={busy} onClick={xlsx}>
        {busy ? s.exporting : s.exportXlsx}
      </button>
      {error && <span role="alert" className="export-error">{error}</span>}
    </>
  );
}
