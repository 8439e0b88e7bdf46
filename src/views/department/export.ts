// A department's tasks as an export table (CSV and XLSX): one row per task naming it, per
// document, with its role in plain words, its 督办 status (latest entry, and whether it was entered
// in this browser) and the document's 文号 and date. Headers in the UI language.
import { sourcesOf, type ExportTable } from '../../kernel/lib/export-table';
import type { StatusEntry } from '../../kernel/entries/task-status';
import { t } from './strings';
import type { Department } from '../../shared/schema';
import { roleKey } from '../../shared/department-roles';
import type { DocumentFacts } from './model/portfolio';
import type { DepartmentRow } from './model/rows';

/** Column order and widths in characters (a Han character counts about two). */
const WIDTHS: Record<keyof typeof t.department.exportColumns, number> = {
  unit: 20, province: 8, document: 40, docNumber: 18, docDate: 12, path: 10, task: 50, role: 10, units: 10, status: 10, statusDate: 12, statusSource: 10, line: 9,
};

export function portfolioTable(
  department: Pick<Department, 'name' | 'province'>,
  /** Every document of the portfolio with all of its rows (the export lists the full portfolio, not the pages shown). */
  documents: ReadonlyArray<DocumentFacts & { rows: readonly DepartmentRow[] }>,
  statusOf: (docId: string, taskId: string) => StatusEntry | null,
): ExportTable {
  const c = t.department.exportColumns;
  const columns = (Object.keys(WIDTHS) as (keyof typeof c)[]).map((k) => ({ ...c[k], width: WIDTHS[k] }));
  return {
    sheet: department.name.slice(0, 31),
    columns,
    rows: documents.flatMap((d) =>
      d.rows.map((r) => {
        const s = statusOf(r.docId, r.taskId);
        return [
          department.name, department.province, d.title, d.docNumber ?? t.common.notStated, d.date ?? t.common.notStated, r.path.join('.'), r.title,
          t.department.roleKey[roleKey(r)], r.departmentCount,
          s ? t.taskStatus.label[s.status] : t.taskStatus.label.none, s?.date ?? null, s ? (s.local ? t.entries.local : t.department.statusBuilt) : null,
          r.citation.line,
        ];
      }),
    ),
    sources: sourcesOf(documents, documents.filter((d) => d.rows.length).map((d) => d.id)),
  };
}
