// Built (status.json) and local task status, merged per task.
import { useMemo } from 'react';
import { useTaskStatus } from '../data/hooks';
import type { TaskStatusRow } from '../../shared/schema';
import { useLocalEntries } from './store';
import { statusIndex, type StatusEntry } from './task-status';

const NONE: TaskStatusRow[] = [];

/** enabled=false: status.json is not fetched yet (only local entries until it is). */
export function useStatusIndex(enabled = true): Map<string, StatusEntry[]> {
  const built = useTaskStatus(enabled);
  const local = useLocalEntries();
  const rows = built.data?.rows ?? NONE;
  return useMemo(() => statusIndex(rows, local.status), [rows, local.status]);
}
