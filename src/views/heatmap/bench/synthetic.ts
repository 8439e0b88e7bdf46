// Synthetic responsibility data for the benchmark only (npm run bench:heatmap): 300 departments ×
// 3,000 tasks. Names say 合成 (synthetic) so nobody mistakes them for document data.
// Shape mimics the real documents: a few departments on most tasks (发改委-like), teams that work
// together, half the tasks with 牵头/配合 roles and half with plain 责任单位 lists.
import type { Department, PolicyDocument, Task, TaskUnit } from '../../../shared/schema';

/** Small deterministic PRNG (mulberry32) so every run measures the same data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['government', 'government', 'government', 'party', 'central', 'city', 'collective'] as const;

export function syntheticData(nDepartments = 300, nTasks = 3000, seed = 7): { doc: Pick<PolicyDocument, 'id' | 'tasks'>; registry: Department[] } {
  const r = rng(seed);
  const registry: Department[] = Array.from({ length: nDepartments }, (_, i) => ({
    id: `syn-${i}`,
    province: '合成省',
    provinceCode: '999999',
    name: `合成部门${String(i).padStart(3, '0')}${i % 5 === 0 ? '（长名称用于测试截断显示效果）' : ''}`,
    aliases: [],
    // As the pipeline writes it (pinyin-pro at build time) for the synthetic 合成部门NNN names.
    pinyin: `he2 cheng2 bu4 men2 ${String(i).padStart(3, '0')}`,
    kind: KINDS[i % KINDS.length],
    category: i % 4 === 0 ? null : `类别${i % 17}`,
    categoryReason: null,
    placeCode: null,
    mentions: 0,
    documents: ['syn'],
  }));
  const teams = 40;
  const tasks: Task[] = [];
  for (let i = 0; i < nTasks; i++) {
    const part = String(1 + Math.floor(i / 600));
    const section = String(1 + Math.floor((i % 600) / 100));
    const team = Math.floor(r() * teams);
    const n = 2 + Math.floor(r() * 7);
    const ids = new Set<number>();
    if (r() < 0.6) ids.add(0); // the 发改委-like department on most tasks
    while (ids.size < n) {
      // 70% from the task's team (departments team, team+teams, …), 30% anyone: gives seriation structure.
      ids.add(r() < 0.7 ? (team + teams * Math.floor(r() * (nDepartments / teams))) % nDepartments : Math.floor(r() * nDepartments));
    }
    const withRoles = i % 2 === 0;
    const units: TaskUnit[] = [...ids].map((d, k) => ({
      name: registry[d].name,
      role: withRoles ? (k === 0 ? 'lead' : 'support') : 'responsible',
      departmentId: registry[d].id,
      asWritten: null,
    }));
    const title = `合成任务${i}`;
    tasks.push({
      id: `syn-${i}`, path: [part, section, String((i % 100) + 1)], kind: 'task', partTitle: `合成第${part}部分`,
      sectionTitle: `合成章节${part}-${section}`, title, text: title, units, unitsStated: true, unitsCitation: null,
      places: [], placeMentions: [], citation: { docId: 'syn', start: 0, end: 1, line: 1, quote: title },
    });
  }
  return { doc: { id: 'syn', tasks }, registry };
}
