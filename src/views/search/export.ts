// The search results as an export table (CSV and XLSX): every hit found so far, in the page's
// group order, with a link back into the atlas.
import type { ExportTable } from '../../kernel/lib/export-table';
import { sourcesOf } from '../../kernel/lib/export-table';
import { t } from './strings';
import type { SearchDocFacts } from '../../shared/schema';
import type { SearchResults } from './engine';

/** `documents`: the facts of the searched documents (the shards carry them). */
export function resultsTable(query: string, results: SearchResults, documents: Iterable<SearchDocFacts>, origin: string): ExportTable {
  const hits = results.order.flatMap((k) => results.groups[k]);
  return {
    sheet: `搜索 ${query}`,
    columns: [
      { header: '类别', explain: '责任单位、地区、目标或任务', width: 10 },
      { header: '名称', explain: '单位或地区的名称；目标的名称与目标值；任务的标题（按原文）', width: 40 },
      { header: '说明', explain: '单位所属省份与任务数；地区的区划代码与任务数；目标的年份与文件；任务的省份与文件', width: 50 },
      { header: '链接', explain: '在施策图谱中打开该结果（原文出处、单位或地区页面）', width: 50 },
    ],
    rows: hits.map((h) => [t.search.groups[h.kind], h.label, h.detail, `${origin}${h.href}`]),
    sources: sourcesOf(documents, hits.flatMap((h) => (h.docId ? [h.docId] : []))),
  };
}
