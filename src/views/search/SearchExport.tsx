// CSV and XLSX of the results page (what has been searched so far); the sources are the searched
// documents' facts, carried by their shards (no manifest).
import ExportButtons from '../../kernel/components/ExportButtons';
import type { SearchDocFacts } from '../../shared/schema';
import type { SearchResults } from './engine';
import { resultsTable } from './export';

export default function SearchExport({ query, results, docs }: { query: string; results: SearchResults; docs: ReadonlyMap<string, SearchDocFacts> }) {
  return (
    <div className="search-exports">
      <ExportButtons basename="search-results" testIdPrefix="search-export" table={() => resultsTable(query, results, docs.values(), location.origin)} />
    </div>
  );
}
