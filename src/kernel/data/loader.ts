// Fetch one JSON file, parse it, validate it with the shared schema. Every failure becomes a
// DataLoadError naming the file and the reason, so the error panel can say what went wrong.
import type { z } from 'zod';
import { t } from '../i18n/strings';
import { takeEarly } from './early';

export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DataLoadError';
  }
}

export type FetchLike = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'headers' | 'text'>>;

export interface LoadOptions<T> {
  fetchImpl?: FetchLike;
  /** Base URL of the data folder, ending in '/'. */
  base?: string;
  /** Value to use when the file does not exist (optional files such as progress.json). */
  whenMissing?: T;
  /** Bypass the HTTP cache (a retry after the file was fixed must not get the broken copy). */
  fresh?: boolean;
}

export const DATA_BASE = `${import.meta.env?.BASE_URL ?? '/'}data/`;

/** Zod issues → one readable line: "documents.0.title: Invalid input; …" (first three). */
export function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  const more = error.issues.length > 3 ? ` (+${error.issues.length - 3})` : '';
  return shown.join('; ') + more;
}

export async function loadJson<S extends z.ZodType>(
  file: string,
  schema: S,
  opts: LoadOptions<z.infer<S>> = {},
): Promise<z.infer<S>> {
  // The default cache mode lets the first load reuse index.html's <link rel=preload> of the manifest.
  // index.html may have started this file already (cold /doc/ links); a retry never reuses it.
  const fetchImpl: FetchLike =
    opts.fetchImpl ?? ((url) => (!opts.fresh && takeEarly(file)) || fetch(url, opts.fresh ? { cache: 'reload' } : {}));
  const url = `${opts.base ?? DATA_BASE}${file}`;
  let res: Awaited<ReturnType<FetchLike>>;
  try {
    res = await fetchImpl(url);
  } catch (e) {
    throw new DataLoadError(file, t.errors.network(e instanceof Error ? e.message : String(e)));
  }
  // A dev server or static host answers a missing file with index.html (SPA fallback): an HTML
  // body is a missing file, not "invalid JSON".
  const isHtml = (res.headers.get('content-type') ?? '').includes('text/html');
  if (!res.ok || isHtml) {
    if (opts.whenMissing !== undefined && (res.status === 404 || isHtml)) return opts.whenMissing;
    throw new DataLoadError(file, t.errors.notFound(res.ok ? 404 : res.status));
  }
  const body = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    throw new DataLoadError(file, t.errors.invalidJson(e instanceof Error ? e.message : String(e)));
  }
  // jitless: each file is validated once per page load, and zod's compiled fast path costs more to
  // generate (new Function per object schema) than it saves on one parse (001: ~15 ms jitless vs
  // 30–70 ms with codegen). Per call, because zod fixes its global jitless flag when a schema is
  // built — z.config() run by main.tsx came after schema.ts had been evaluated and did nothing.
  const parsed = schema.safeParse(json, { jitless: true });
  if (!parsed.success) throw new DataLoadError(file, t.errors.schema(describeIssues(parsed.error)));
  return parsed.data;
}
