// A department's tasks as an export table (CSV and XLSX): one row per task naming it, per document.
import { sourcesOf, type ExportTable } from '../../kernel/lib/export-table';
import { t } from './strings';
import type { Department, PolicyDocument } from '../../shared/schema';
import type { Portfolio } from './model/portfolio';

export function portfolioTable(department: Pick<Department, 'name' | 'province'>, portfolio: Portfolio, docs: readonly Pick<PolicyDocument, 'id' | 'title' | 'docNumber' | 'date' | 'sha256'>[]): ExportTable {
  return {
    sheet: department.name,
    columns: [
      { header: '单位', explain: '责任单位（经审核的规范名称）', width: 20 },
      { header: '省份', explain: '单位所属省份', width: 8 },
      { header: '文件', explain: '任务所在文件的标题', width: 40 },
      { header: '任务编号', explain: '任务在文件中的编号（部分.条目）', width: 10 },
      { header: '任务', explain: '任务标题，按原文', width: 50 },
      { header: '角色', explain: '牵头、配合，或“负责”（文件只列责任单位、不分牵头与配合时）', width: 8 },
      { header: '列于首位', explain: '“是”：在不分牵头与配合的责任单位名单中排第一（不表示牵头）', width: 9 },
      { header: '该任务责任单位数', explain: '该任务列出的责任单位总数', width: 10 },
      { header: '原文行号', explain: '任务在原始文件中的行号', width: 9 },
    ],
    rows: portfolio.documents.flatMap((d) =>
      d.tasks.map((p) => [
        department.name, department.province, d.title, p.task.id, p.task.title, t.role[p.role], p.listedFirst ? '是' : '否', p.departmentCount, p.task.citation.line,
      ]),
    ),
    sources: sourcesOf(docs, portfolio.documents.map((d) => d.docId)),
  };
}
