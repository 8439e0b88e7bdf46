// A department's portfolio: every task naming it across the province's documents, with role counts.
// Pure; the page only renders it.
import type { Department, PolicyDocument, Task, UnitRole } from '../../../shared/schema';

export interface PortfolioTask {
  task: Task;
  role: UnitRole;
  /** First in a 责任单位 list of a task without roles — shown as such, never as lead. */
  listedFirst: boolean;
  /** How many departments the task names (context: sole owner vs one of nine). */
  departmentCount: number;
}

export interface RoleTally {
  lead: number;
  support: number;
  responsible: number;
  listedFirst: number;
  total: number;
}

export interface PortfolioDocument {
  docId: string;
  title: string;
  tasks: PortfolioTask[];
  counts: RoleTally;
}

export interface Portfolio {
  documents: PortfolioDocument[];
  totals: RoleTally;
}

const STRENGTH: Record<UnitRole, number> = { lead: 2, support: 1, responsible: 0 };
const tally = (): RoleTally => ({ lead: 0, support: 0, responsible: 0, listedFirst: 0, total: 0 });

function addTo(t: RoleTally, p: PortfolioTask): void {
  t[p.role]++;
  if (p.listedFirst) t.listedFirst++;
  t.total++;
}

export function buildPortfolio(department: Pick<Department, 'id'>, docs: readonly Pick<PolicyDocument, 'id' | 'title' | 'tasks'>[]): Portfolio {
  const totals = tally();
  const documents: PortfolioDocument[] = [];
  for (const doc of docs) {
    const counts = tally();
    const tasks: PortfolioTask[] = [];
    for (const task of doc.tasks) {
      const mine = task.units.map((u, i) => ({ u, i })).filter(({ u }) => u.departmentId === department.id);
      if (!mine.length) continue;
      // Named twice on one task (alias + full name): one entry, the stronger role.
      const best = mine.reduce((a, b) => (STRENGTH[b.u.role] > STRENGTH[a.u.role] ? b : a));
      const hasRoles = task.units.some((u) => u.role !== 'responsible');
      const p: PortfolioTask = {
        task,
        role: best.u.role,
        listedFirst: !hasRoles && mine[0].i === 0, // a sole department is listed first too (same rule as the heatmap)
        departmentCount: new Set(task.units.map((u) => u.departmentId)).size,
      };
      tasks.push(p);
      addTo(counts, p);
      addTo(totals, p);
    }
    documents.push({ docId: doc.id, title: doc.title, tasks, counts });
  }
  return { documents, totals };
}
