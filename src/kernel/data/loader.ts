// Fetch one JSON file, parse it, validate it with the shared schema. Every failure becomes a
// DataLoadError naming the file and the reason, so the error panel can say what went wrong.
import type { z } from 'zod';
import { t } from '../i18n/strings';
import { takeEarly } from './early';
import { checkTextWith, type Checked, type RowFields, type SchemaName } from './check-core';
import { checkFile, warmValidator } from './off-thread';

export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    /** The request got no answer at all (offline, host unreachable) — not a bad or missing file. */
    readonly network = false,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DataLoadError';
  }
}

export type FetchLike = (url: string, init?: { signal?: AbortSignal }) => Promise<Pick<Response, 'ok' | 'status' | 'headers' | 'text'>>;

declare global {
  interface Window {
    /** Tests shorten the request time limit (page.addInitScript); the app never sets it. */
    __atlasLoadTimeoutMs?: number;
  }
}

/** A request (answer and body) that takes longer than this fails with a timeout instead of loading forever. */
export const LOAD_TIMEOUT_MS = 15_000;

function timeoutMs(opts: { timeoutMs?: number }): number {
  const fromWindow = typeof window === 'undefined' ? undefined : window.__atlasLoadTimeoutMs;
  return opts.timeoutMs ?? (typeof fromWindow === 'number' && fromWindow > 0 ? fromWindow : LOAD_TIMEOUT_MS);
}

export interface LoadOptions<T> {
  fetchImpl?: FetchLike;
  /** Base URL of the data folder, ending in '/'. */
  base?: string;
  /** Value to use when the file does not exist (optional files such as progress.json). */
  whenMissing?: T;
  /** Bypass the HTTP cache (a retry after the file was fixed must not get the broken copy). */
  fresh?: boolean;
  /** Time limit for the request and its body (default LOAD_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Columnar fields to decode into rows, each row checked with its schema (loadJsonRows). */
  rows?: RowFields;
}

export const DATA_BASE = `${import.meta.env?.BASE_URL ?? '/'}data/`;

/**
 * A schema, or a function that loads one. A named one (kernel/data/schemas.ts: lazySchema) is
 * checked by the validation worker, off the main thread (off-thread.ts).
 */
export type SchemaSource<S extends z.ZodType> = S | ((() => Promise<S>) & { schemaName?: SchemaName });

export async function loadJson<S extends z.ZodType>(
  file: string,
  schema: SchemaSource<S>,
  opts: LoadOptions<z.infer<S>> = {},
): Promise<z.infer<S>> {
  // The default cache mode lets the first load reuse index.html's <link rel=preload> of the manifest.
  // index.html may have started this file already (cold /doc/ links); a retry never reuses it.
  const fetchImpl: FetchLike =
    opts.fetchImpl ??
    ((url, init) => (!opts.fresh && takeEarly(file)) || fetch(url, { ...(opts.fresh ? { cache: 'reload' } : {}), signal: init?.signal }));
  const url = `${opts.base ?? DATA_BASE}${file}`;
  // A server that never answers (or stalls mid-body) must end in the error panel, not 加载中… forever:
  // the request is aborted and the race settles with a timeout even if the fetch ignores the signal.
  const limit = timeoutMs(opts);
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new DataLoadError(file, t.errors.timeout(Math.round(limit / 100) / 10)));
    }, limit);
  });
  try {
    return await Promise.race([fetchAndParse(file, url, schema, fetchImpl, controller.signal, opts), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A file whose columnar fields (`rows`: field → row schema) arrive decoded into rows, each row
 * validated; a bad row fails naming the file, the field, the row and what is wrong. T is the
 * decoded shape; `whenMissing` is given in it too.
 */
export function loadJsonRows<T>(file: string, schema: SchemaSource<z.ZodType>, rows: RowFields, opts: Omit<LoadOptions<T>, 'rows'> = {}): Promise<T> {
  return loadJson(file, schema, { ...opts, rows } as LoadOptions<unknown>) as Promise<T>;
}

async function fetchAndParse<S extends z.ZodType>(file: string, url: string, source: SchemaSource<S>, fetchImpl: FetchLike, signal: AbortSignal, opts: LoadOptions<z.infer<S>>): Promise<z.infer<S>> {
  const name = typeof source === 'function' ? source.schemaName : undefined;
  // A named schema: the worker (which holds the schema) starts alongside the request. Otherwise the
  // schema loads alongside it (a lazy one is its own chunk); a chunk that cannot load is this file's
  // error too, named, not an unhandled rejection.
  if (name) warmValidator();
  const schemaReady: Promise<S> | null = name ? null : typeof source === 'function' ? source() : Promise.resolve(source);
  schemaReady?.catch(() => {});
  let res: Awaited<ReturnType<FetchLike>>;
  try {
    res = await fetchImpl(url, { signal });
  } catch (e) {
    throw new DataLoadError(file, t.errors.network(e instanceof Error ? e.message : String(e)), true);
  }
  // A dev server or static host answers a missing file with index.html (SPA fallback): an HTML
  // body is a missing file, not "invalid JSON".
  const isHtml = (res.headers.get('content-type') ?? '').includes('text/html');
  if (!res.ok || isHtml) {
    if (opts.whenMissing !== undefined && (res.status === 404 || isHtml)) return opts.whenMissing;
    throw new DataLoadError(file, t.errors.notFound(res.ok ? 404 : res.status));
  }
  const body = await res.text();
  let checked: Checked;
  if (name) checked = await checkFile(name, body, opts.rows);
  else {
    let schema: S;
    try {
      schema = await schemaReady!;
    } catch (e) {
      throw new DataLoadError(file, t.errors.network(e instanceof Error ? e.message : String(e)), true);
    }
    checked = checkTextWith(schema, body);
  }
  if (!checked.ok) throw new DataLoadError(file, checked.kind === 'json' ? t.errors.invalidJson(checked.detail) : t.errors.schema(checked.detail));
  return checked.data as z.infer<S>;
}
