// The local entries in memory, loaded once from IndexedDB and kept in step with it: every change is
// written first, then shown (so what is on screen is what a reload shows). A hook for components.
import { useSyncExternalStore } from 'react';
import * as db from './db';
import type { NewProgress, NewStatus } from './csv';
import type { LocalProgress, LocalStatus } from './types';

export interface LocalEntries {
  ready: boolean;
  error: string | null;
  progress: LocalProgress[];
  status: LocalStatus[];
}

let state: LocalEntries = { ready: false, error: null, progress: [], status: [] };
const listeners = new Set<() => void>();
let started = false;

function set(next: Partial<LocalEntries>) {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

function start() {
  if (started) return;
  started = true;
  if (typeof indexedDB === 'undefined') {
    set({ ready: true, error: 'IndexedDB unavailable' });
    return;
  }
  db.readAll().then(
    (all) => set({ ready: true, ...all }),
    (e: unknown) => set({ ready: true, error: String(e) }),
  );
}

const subscribe = (l: () => void) => {
  start();
  listeners.add(l);
  return () => listeners.delete(l);
};
const snapshot = () => state;

export function useLocalEntries(): LocalEntries {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

const newId = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`);
const now = () => new Date().toISOString();

/** Adds (no id) or replaces (with the id of an existing entry) progress entries. */
export async function saveProgress(rows: (NewProgress & { id?: string })[]): Promise<void> {
  const full = rows.map((r) => ({ ...r, id: r.id ?? newId(), updatedAt: now() }));
  await db.putProgress(full);
  const ids = new Set(full.map((r) => r.id));
  set({ progress: [...state.progress.filter((p) => !ids.has(p.id)), ...full] });
}

export async function saveStatus(rows: (NewStatus & { id?: string })[]): Promise<void> {
  const full = rows.map((r) => ({ ...r, id: r.id ?? newId(), updatedAt: now() }));
  await db.putStatus(full);
  const ids = new Set(full.map((r) => r.id));
  set({ status: [...state.status.filter((p) => !ids.has(p.id)), ...full] });
}

export async function deleteEntry(kind: db.Kind, id: string): Promise<void> {
  await db.remove(kind, id);
  if (kind === 'progress') set({ progress: state.progress.filter((p) => p.id !== id) });
  else set({ status: state.status.filter((p) => p.id !== id) });
}
