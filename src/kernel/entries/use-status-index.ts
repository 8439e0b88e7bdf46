// Built (status.json) and local task status, merged per task.
import { useMemo } from 'react';
import { useTaskStatus } from '../data/hooks';
import type { TaskStatusRow } from '../../shared/schema';
import { useLocalEntries } from './store';
import { statusIndex, type StatusEntry } from './task-status';

const NONE: TaskStatusRow[] = [];

export function useStatusIndex(): Map<string, StatusEntry[]> {
  const built = useTaskStatus();
  const local = useLocalEntries();
  const rows = built.data?.rows ?? NONE;
  return useMemo(() => statusIndex(rows, local.status), [rows, local.status]);
}
