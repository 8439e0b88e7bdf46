// Documents imported in this browser (issue 12), as the data layer sees them: the list merged into
// the manifest, departments and quality, and each document read on demand. The store itself
// (IndexedDB through idb, local-store.ts) is loaded only when this browser holds local documents —
// a flag in localStorage says so — so the first view of a browser that never imported pays nothing.
import type { Department, DocumentQuality, DocumentSummary, Manifest, PolicyDocument, SearchShard } from '../../shared/schema';
import type { LocalSummary } from './local-store';

export type { LocalSummary } from './local-store';

const FLAG = 'atlas:local-documents';

function flagged(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(FLAG) === '1';
  } catch {
    return false;
  }
}

/** Called by the store after every write: whether any local document is left. */
export function setLocalFlag(any: boolean): void {
  try {
    if (any) localStorage.setItem(FLAG, '1');
    else localStorage.removeItem(FLAG);
  } catch {
    /* no storage: local documents then load only in the session that imported them */
  }
}

export async function listLocal(): Promise<LocalSummary[]> {
  if (!flagged()) return [];
  return (await import('./local-store')).listLocal();
}

export async function readLocalDocument(id: string): Promise<PolicyDocument | null> {
  return (await import('./local-store')).readLocalDocument(id);
}

/** Ids of documents imported in the browser (pipeline/browser/import-document.ts makes them). */
export const isLocalId = (id: string) => /^local_[0-9a-f]{16}$/.test(id);

export async function readLocalShard(id: string): Promise<SearchShard | null> {
  return (await import('./local-store')).readLocalShard(id);
}

export const isLocalPath = (path: string) => path.startsWith('local:');

/** The built manifest plus local documents (marked local and unreviewed); a build copy wins. */
export function mergeManifest(built: Manifest, local: LocalSummary[]): Manifest {
  const known = new Set(built.documents.map((d) => d.id));
  const extra = local.filter((l) => !known.has(l.id)).map((l) => ({ ...l.entry, local: true, reviewed: false }));
  return extra.length ? { ...built, documents: [...built.documents, ...extra] } : built;
}

export function mergeQuality<Q extends { documents: DocumentQuality[] }>(built: Q, local: LocalSummary[]): Q {
  const known = new Set(built.documents.map((d) => d.docId));
  const extra = local.filter((l) => !known.has(l.id)).map((l) => l.quality);
  return extra.length ? { ...built, documents: [...built.documents, ...extra] } : built;
}

/** A department named by built and local documents is one entry: mentions added, documents joined. */
export function mergeDepartments<D extends { departments: Department[] }>(built: D, local: LocalSummary[]): D {
  if (local.length === 0) return built;
  const byId = new Map(built.departments.map((d) => [d.id, d]));
  for (const l of local) {
    for (const dep of l.departments) {
      const had = byId.get(dep.id);
      if (!had) {
        byId.set(dep.id, dep);
        continue;
      }
      if (had.documents.includes(l.id)) continue;
      byId.set(dep.id, {
        ...had,
        aliases: [...new Set([...had.aliases, ...dep.aliases])],
        mentions: had.mentions + dep.mentions,
        documents: [...had.documents, ...dep.documents],
      });
    }
  }
  return { ...built, departments: [...byId.values()] };
}

/** What the overview's card shows for a local document, as the build's index gives it for a built one. */
export function localDocumentSummary(l: LocalSummary): DocumentSummary {
  const e = l.entry;
  const q = l.quality;
  const year = e.date && /^\d{4}/.test(e.date) ? Number(e.date.slice(0, 4)) : null;
  return {
    id: l.id, title: e.title, province: e.province, provinceCode: e.provinceCode, issuer: e.issuer, docNumber: e.docNumber, date: e.date, year,
    genre: e.genre, scope: e.scope ?? null, reviewed: false, tasks: q.tasks, units: e.counts.units, targets: q.targets, achieved: q.achieved,
    places: e.counts.places, tasksWithUnits: q.tasksWithUnits, damagedFound: q.damagedFound, damagedCorrected: q.damagedCorrected, warnings: [...q.warnings],
  };
}
