// IndexedDB through `idb`: two object stores, one per kind of entry. Everything stays in this
// browser until exported; nothing is sent anywhere.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LocalProgress, LocalStatus } from './types';

interface EntriesDB extends DBSchema {
  progress: { key: string; value: LocalProgress };
  status: { key: string; value: LocalStatus };
}

export const DB_NAME = 'policy-atlas-entries';

let db: Promise<IDBPDatabase<EntriesDB>> | null = null;

function open(): Promise<IDBPDatabase<EntriesDB>> {
  db ??= openDB<EntriesDB>(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('progress', { keyPath: 'id' });
      d.createObjectStore('status', { keyPath: 'id' });
    },
  });
  return db;
}

export type Kind = 'progress' | 'status';

export async function readAll(): Promise<{ progress: LocalProgress[]; status: LocalStatus[] }> {
  const d = await open();
  const [progress, status] = await Promise.all([d.getAll('progress'), d.getAll('status')]);
  return { progress, status };
}

export async function putProgress(rows: LocalProgress[]): Promise<void> {
  const tx = (await open()).transaction('progress', 'readwrite');
  await Promise.all([...rows.map((r) => tx.store.put(r)), tx.done]);
}

export async function putStatus(rows: LocalStatus[]): Promise<void> {
  const tx = (await open()).transaction('status', 'readwrite');
  await Promise.all([...rows.map((r) => tx.store.put(r)), tx.done]);
}

export async function remove(kind: Kind, id: string): Promise<void> {
  await (await open()).delete(kind, id);
}
