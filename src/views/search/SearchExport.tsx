// CSV and XLSX of the results page (what has been searched so far).
import ExportButtons from '../../kernel/components/ExportButtons';
import { useManifest } from '../../kernel/data/hooks';
import type { SearchResults } from './engine';
import { resultsTable } from './export';

export default function SearchExport({ query, results }: { query: string; results: SearchResults }) {
  const manifest = useManifest();
  const documents = manifest.status === 'ready' ? manifest.data.documents : [];
  return (
    <div className="search-exports">
      <ExportButtons basename="search-results" testIdPrefix="search-export" table={() => resultsTable(query, results, documents, location.origin)} />
    </div>
  );
}
