// Per-document metadata: the reviewed file data/documents.json for the corpus, and what can be read
// off the text itself for documents nobody has reviewed (npm run parse). Silence stays null.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { documentMeta, type DocumentMeta } from '../src/shared/schema';
import { InputError } from './errors';
import { hiddenKind } from './text/hostile';

/** One refused entry of data/documents.json: its id when it has a usable one, and why. */
export interface MetaProblem {
  /** The entry's id when it is a safe file name (its previous output can then be kept), else null. */
  id: string | null;
  message: string;
}

export interface MetaFile {
  documents: DocumentMeta[];
  problems: MetaProblem[];
  /** Set when the file as a whole cannot be read (missing, not JSON, no documents array). */
  unreadable: string | null;
  /** Every entry in file order: its safe id (null when it has none) and its metadata when valid. */
  entries: Array<{ id: string | null; meta: DocumentMeta | null }>;
}

const SAFE_ID = /^[A-Za-z0-9_-]+$/;

/** "line 40, column 3" for a JSON.parse error that gives a character position. */
function jsonPosition(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return '';
  const before = text.slice(0, Number(m[1])).split('\n');
  return ` at line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : String(JSON.stringify(v) ?? v));

/**
 * data/documents.json checked entry by entry: a bad entry is refused with its id and field, the
 * others are kept. Ids become file names (data/raw/<id>.txt, docs/<id>.json), so anything path-like
 * is refused, and a duplicated id is refused in every entry that carries it (which one is right is
 * for a person to say).
 */
export function readDocumentMeta(path: string): MetaFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { documents: [], problems: [], entries: [], unreadable: `cannot read metadata: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message.replace(/ in JSON at position \d+.*$/, '').replace(/^Unexpected end of JSON input$/, 'the file ends in the middle of the JSON (cut short?)');
    return { documents: [], problems: [], entries: [], unreadable: `not valid JSON${jsonPosition(text, (e as Error).message)}: ${message}` };
  }
  const list = (json as { documents?: unknown } | null)?.documents;
  if (!Array.isArray(list)) return { documents: [], problems: [], entries: [], unreadable: 'expected an object with a "documents" array' };

  const documents: DocumentMeta[] = [];
  const problems: MetaProblem[] = [];
  const entries: MetaFile['entries'] = [];
  const entryIds = list.map((e) => (e && typeof e === 'object' ? (e as { id?: unknown }).id : undefined));
  const counts = new Map<unknown, number>();
  for (const id of entryIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  list.forEach((entry, i) => {
    const rawId = entryIds[i];
    const safe = typeof rawId === 'string' && SAFE_ID.test(rawId) ? rawId : null;
    const label = `documents[${i}]${safe ? ` (id ${safe})` : ''}`;
    entries.push({ id: safe, meta: null });
    if (typeof rawId !== 'string' || rawId === '') {
      problems.push({ id: null, message: `${label}: id is missing or not a string (${show(rawId)})` });
      return;
    }
    if (!safe) {
      problems.push({ id: null, message: `${label}: id ${show(rawId)} is refused: ids name files, so only letters, digits, _ and - are allowed` });
      return;
    }
    if ((counts.get(rawId) ?? 0) > 1) {
      const others = entryIds.flatMap((id, k) => (id === rawId && k !== i ? [`documents[${k}]`] : []));
      problems.push({ id: safe, message: `${label}: id is also used by ${others.join(', ')}; every entry with this id is refused until one is renamed` });
      return;
    }
    // Metadata is shown as written (titles, issuers): a hidden character there is refused, not kept.
    const hidden = Object.entries(entry as Record<string, unknown>).flatMap(([field, v]) => {
      if (typeof v !== 'string') return [];
      const at = [...v].findIndex((c) => hiddenKind(c.codePointAt(0)!) !== null);
      return at < 0 ? [] : [`${field}: hidden character U+${[...v][at].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at character ${at + 1} (bidi, zero-width or control characters are not allowed)`];
    });
    if (hidden.length) {
      problems.push({ id: safe, message: `${label}: ${hidden.join('; ')}` });
      return;
    }
    const parsed = documentMeta.safeParse(entry);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => {
        const field = issue.path.join('.') || '(entry)';
        const value = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined), entry);
        return `${field}: ${issue.message}${value !== undefined ? ` (got ${show(value)})` : ''}`;
      });
      problems.push({ id: safe, message: `${label}: ${issues.join('; ')}` });
      return;
    }
    documents.push(parsed.data);
    entries[i].meta = parsed.data;
  });
  return { documents, problems, unreadable: null, entries };
}

/** Strict form for tools and tests: every entry must be valid. */
export function loadDocumentMeta(path: string): DocumentMeta[] {
  const { documents, problems, unreadable } = readDocumentMeta(path);
  if (unreadable) throw new InputError(path, null, unreadable);
  if (problems.length) throw new InputError(path, null, `invalid metadata: ${problems[0].message}`);
  return documents;
}

/** The plan period a title names: 十三五 → 2020, 十四五 → 2025, "2016年行动计划" → 2016. */
export function planEndYearOf(title: string): number | null {
  if (/十三五/.test(title)) return 2020;
  if (/十四五/.test(title)) return 2025;
  if (/十五五/.test(title)) return 2030;
  const year = /(20\d{2})年(?:度)?(?:行动计划|工作要点|重点工作)/.exec(title);
  return year ? Number(year[1]) : null;
}

const GENRE_END = /(?:通知|意见|方案|措施|清单|办法|规划|计划|要点|分工|分解|决定|报告|细则|纲要|规定|安排|任务|意见书)(?:\(试行\))?$/;
const DOC_NUMBER = /[\p{Script=Han}]{1,8}\s*[〔[]\s*(?:19|20)\d{2}\s*[〕\]]\s*\d{1,4}\s*[号號]/u;
const CN_DIGIT: Record<string, string> = { '〇': '0', '○': '0', '零': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9' };

/** 二○一一年四月六日 → 2011-04-06; 2021年11月22日 / 2021-11-22 → ISO. null when not a real date. */
export function readDate(s: string): string | null {
  const cn = /([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/.exec(s);
  const num = /((?:19|20)\d{2})\s*(?:年|-|\/|\.)\s*(\d{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2})/.exec(s);
  let y: number; let m: number; let d: number;
  if (cn) {
    y = Number([...cn[1]].map((c) => CN_DIGIT[c]).join(''));
    const n = (t: string) => (t === '十' ? 10 : t.startsWith('十') ? 10 + Number(CN_DIGIT[t[1]]) : t.endsWith('十') ? Number(CN_DIGIT[t[0]]) * 10 : t.length === 3 ? Number(CN_DIGIT[t[0]]) * 10 + Number(CN_DIGIT[t[2]]) : Number(CN_DIGIT[t]));
    m = n(cn[2]); d = n(cn[3]);
  } else if (num) {
    [y, m, d] = [Number(num[1]), Number(num[2]), Number(num[3])];
  } else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1949 || y > 2100) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The title: the first line (or, in a document written on one line, the first stretch before its
 * 文号 or addressees) that reads as a title — it ends with a genre word (…的通知, …措施, …清单) and is
 * short. A whole document on one line never becomes its own title.
 */
export function inferTitle(lines: string[]): string | null {
  for (const line of lines.slice(0, 25)) {
    const cut = line.split(/\s{2,}|[〔[]\s*(?:19|20)\d{2}|各省|各市|各县|各区|各乡|各旗|:/)[0]
      .replace(DOC_NUMBER, '')
      // The 文号's series before its cut year: "…指导意见 国办发" → "…指导意见".
      .replace(/\s+[\p{Script=Han}]{1,8}?[发办字函]\s*$/u, '');
    const candidate = cut.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '').trim().replace(/^关于印发/, '');
    if (candidate.length >= 6 && candidate.length <= 80 && GENRE_END.test(candidate) && !/[。;]/.test(candidate)) return candidate;
  }
  return null;
}

const ISSUER_END = /(?:国务院|人民政府|政府|办公厅|办公室|委员会|政府办)$/;

/** Issuer: the title's own "X关于…", a signature line before the date, or the page's 来源/信息来源. */
export function inferIssuer(lines: string[], title: string | null, raw: string): string | null {
  const fromTitle = title && /^(.{2,30}?(?:国务院办公厅|国务院|人民政府办公厅|人民政府办公室|人民政府|政府办公室|办公厅|办公室|委员会))关于/.exec(title);
  if (fromTitle) return fromTitle[1];
  for (let i = 1; i < lines.length; i++) {
    if (readDate(lines[i]) && /^\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})年/.test(lines[i]) && ISSUER_END.test(lines[i - 1].trim()) && lines[i - 1].trim().length <= 30) return lines[i - 1].trim();
  }
  const signed = /((?:国务院办公厅|国务院|[\p{Script=Han}]{2,20}?(?:人民政府办公厅|人民政府办公室|人民政府)))\s*(?:&nbsp;|\s)*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日/u.exec(raw);
  if (signed) return signed[1];
  const source = /(?:信息来源|来源)\s*[:：]\s*([\p{Script=Han}]{2,30}?)(?:\s|$|作者|日期|浏览)/mu.exec(raw);
  return source ? source[1] : null;
}

/** Date: a signature date line, a 成文日期, else the page's publication date. */
export function inferDate(lines: string[], raw: string): string | null {
  for (const line of lines) {
    const t = line.trim().replace(/\?+$/, '');
    if (/^(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/.test(t)) return readDate(t);
  }
  const signed = /(?:国务院办公厅|国务院|人民政府办公厅|人民政府办公室|人民政府)\s*(?:&nbsp;|\s)*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)/.exec(raw);
  if (signed) return readDate(signed[1]);
  const written = /成文日期\s*[:：]?\s*\n?\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)/.exec(raw);
  if (written) return readDate(written[1]);
  const chinese = /[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日/.exec(raw.slice(0, 4000));
  if (chinese) return readDate(chinese[0]);
  const page = /(?:发布时间|时间|日期|发布日期)\s*[:：]\s*((?:19|20)\d{2}-\d{1,2}-\d{1,2})/.exec(raw);
  return page ? readDate(page[1]) : null;
}

export interface InferredPlace {
  province: string | null;
  provinceCode: string | null;
  scope: DocumentMeta['scope'];
  issuerCode: string | null;
}

/** Metadata read from a cleaned text (and the raw text, for page furniture); anything not found is null. */
export function inferMeta(file: string, text: string, place: InferredPlace, raw = text): DocumentMeta {
  const lines = text.split('\n');
  const rawLines = raw.split('\n');
  const docNumber = (text.slice(0, 3000).match(DOC_NUMBER)?.[0] ?? raw.slice(0, 3000).match(DOC_NUMBER)?.[0] ?? null)?.replace(/\s+/g, '') ?? null;
  const title = inferTitle(lines) ?? inferTitle(rawLines);
  const issuer = inferIssuer(lines, title, raw.replace(/&nbsp;/g, ' '));
  const date = inferDate(lines, raw.replace(/&nbsp;/g, ' '));
  const shown = title ?? basename(file);
  const id = basename(file).replace(/\.[^.]+$/, '').replace(/[^A-Za-z0-9_-]/g, '_') || 'document';
  return {
    id, title: shown, province: place.province, provinceCode: place.provinceCode, scope: place.scope, issuerCode: place.issuerCode,
    issuer, docNumber, date,
    genre: /报告/.test(shown) ? 'work-report' : /行动计划/.test(shown) ? 'action-plan' : /分工|分解/.test(shown) ? 'task-division' : 'implementation-plan',
    script: 'simplified', planEndYear: planEndYearOf(shown), note: 'Metadata read from the text by `npm run parse`, not reviewed.',
  };
}
