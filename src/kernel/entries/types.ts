// Figures and task status a person entered in this browser (录入进展, 督办状态). Kept locally
// (IndexedDB) until exported as the CSV files the build reads; nothing here is ever filled in by the app.
import type { TaskStatusValue } from '../../shared/schema';

export interface LocalProgress {
  id: string;
  indicatorId: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as in data/progress/*.csv. */
  date: string;
  value: number;
  /** Always the target's own unit (the form does not let it differ). */
  unit: string;
  sourceNote: string;
  updatedAt: string;
}

export interface LocalStatus {
  id: string;
  docId: string;
  taskId: string;
  status: TaskStatusValue;
  date: string;
  note: string;
  source: string;
  updatedAt: string;
}

export const TASK_STATUSES: readonly TaskStatusValue[] = ['completed', 'on-schedule', 'at-risk', 'behind'];
