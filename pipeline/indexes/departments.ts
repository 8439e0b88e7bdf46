// What the department page needs of one document beyond the (department, task) pairs: each task
// that names a unit, once, and the document's citation facts. Pure.
import type { DepartmentDocument, DepartmentTaskInfo, PolicyDocument } from '../../src/shared/schema';
import { registryScope } from '../document/scope';

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

export function departmentDocument(doc: PolicyDocument): DepartmentDocument {
  return { id: doc.id, title: doc.title, provinceCode: registryScope(doc).provinceCode, docNumber: doc.docNumber, date: doc.date, sha256: doc.sha256 };
}
