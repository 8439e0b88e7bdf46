// One department's index and task pages (index/department/<key>.json and
// index/department-tasks/<key>-<n>.json) from the build's (department, task) pairs, so its page reads
// one small file and the pages the user scrolls to — never a file of every department or document.
// A page holds whole documents (at least `pageSize` rows unless it is the last): a filter to one
// document reads one page and shows its full list. Pure; write.ts validates and writes.
import type { Department, DepartmentIndex, DepartmentIndexDocument, DepartmentRoleCounts, DepartmentTarget, DepartmentTask, DepartmentTaskRow, Indicator, PolicyDocument } from '../../src/shared/schema';
import { roleKey } from '../../src/shared/department-roles';
import { SCHEMA_VERSION } from '../../src/shared/schema-version';

/** What the department page lists of a task (once per task, whichever departments it names). */
export interface DepartmentTaskInfo {
  docId: string;
  taskId: string;
  path: string[];
  title: string;
  section: string;
  citation: DepartmentTaskRow['citation'];
  /** Distinct departments the task names. */
  departments: number;
  /** The document divides this task's units into 牵头/配合 (false: a plain 责任单位 list). */
  hasRoles: boolean;
}

export type DepartmentDocumentFacts = Omit<DepartmentIndexDocument, 'counts' | 'page'>;

export function departmentTaskInfo(doc: PolicyDocument): DepartmentTaskInfo[] {
  return doc.tasks
    .filter((t) => t.units.length > 0)
    .map((t) => ({
      docId: doc.id,
      taskId: t.id,
      path: t.path,
      title: t.title,
      section: t.sectionTitle ?? t.partTitle,
      citation: t.citation,
      departments: new Set(t.units.map((u) => u.departmentId)).size,
      // A list without 牵头/配合: its first unit is only listed first, never the lead.
      hasRoles: t.units.some((u) => u.role !== 'responsible'),
    }));
}

export function departmentDocument(doc: PolicyDocument): DepartmentDocumentFacts {
  return { id: doc.id, title: doc.title, docNumber: doc.docNumber, date: doc.date, sha256: doc.sha256 };
}

/** A document's targets the page can place: stage target, tied to a task. */
export const documentTargets = (doc: PolicyDocument): Indicator[] => doc.indicators.filter((i) => i.stage === 'target' && i.taskId !== null);

export interface DepartmentSources {
  info: (docId: string, taskId: string) => DepartmentTaskInfo | undefined;
  document: (docId: string) => DepartmentDocumentFacts | undefined;
  /** The document's targets (documentTargets), in document order. */
  targets: (docId: string) => readonly Indicator[];
}

export interface DepartmentFiles {
  index: Omit<DepartmentIndex, 'targets'> & { targets: DepartmentTarget[] };
  pages: Array<{ page: number; rows: DepartmentTaskRow[] }>;
}

const noCounts = (): DepartmentRoleCounts => ({ lead: 0, support: 0, first: 0, none: 0 });

/** `pairs`: this department's (department, task) pairs in manifest and task order. */
export function departmentFiles(key: string, department: Department, pairs: readonly DepartmentTask[], src: DepartmentSources, pageSize: number): DepartmentFiles {
  if (!(pageSize > 0)) throw new Error(`department index: invalid page size: ${pageSize}`);
  const byDoc = new Map<string, DepartmentTaskRow[]>();
  for (const p of pairs) {
    if (p.departmentId !== department.id) throw new Error(`department index ${department.id}: pair of another department: ${p.departmentId}`);
    const i = src.info(p.docId, p.taskId);
    if (!i) throw new Error(`department index ${department.id}: task ${p.docId}/${p.taskId} has no task info`);
    const rows = byDoc.get(p.docId) ?? byDoc.set(p.docId, []).get(p.docId)!;
    rows.push({
      docId: p.docId, taskId: p.taskId, path: i.path, title: i.title, section: i.section, citation: i.citation, role: p.role,
      // The pair's listedFirst is "opens the unit list"; it means something only where no roles are given.
      listedFirst: p.listedFirst && !i.hasRoles,
      departmentCount: i.departments,
    });
  }
  const documents: DepartmentIndexDocument[] = [];
  const pages: DepartmentFiles['pages'] = [];
  const targets: DepartmentTarget[] = [];
  let open: DepartmentTaskRow[] = [];
  for (const [docId, rows] of byDoc) {
    const facts = src.document(docId);
    if (!facts) throw new Error(`department index ${department.id}: document ${docId} has no facts`);
    const counts = noCounts();
    for (const r of rows) counts[roleKey(r)]++;
    documents.push({ ...facts, counts, page: pages.length });
    open.push(...rows);
    if (open.length >= pageSize) {
      pages.push({ page: pages.length, rows: open });
      open = [];
    }
    const mine = new Map(rows.map((r) => [r.taskId, r]));
    for (const indicator of src.targets(docId)) {
      const r = indicator.taskId === null ? undefined : mine.get(indicator.taskId);
      if (r) targets.push({ indicator, docId, taskTitle: r.title, role: r.role, listedFirst: r.listedFirst });
    }
  }
  if (open.length) pages.push({ page: pages.length, rows: open });
  return { index: { schemaVersion: SCHEMA_VERSION, key, department, documents, pages: pages.length, targets }, pages };
}
