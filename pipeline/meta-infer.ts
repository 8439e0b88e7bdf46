// Metadata read off the text itself, for documents nobody has reviewed (npm run parse, npm run add,
// the browser's import). Pure: the same code runs in the build and in the import worker. Silence stays null.
import type { DocumentMeta } from '../src/shared/schema';

const basename = (file: string) => file.split(/[\\/]/).pop() ?? file;

/** The plan period a title names: 十三五 → 2020, 十四五 → 2025, "2016年行动计划" → 2016. */
export function planEndYearOf(title: string): number | null {
  if (/十三五/.test(title)) return 2020;
  if (/十四五/.test(title)) return 2025;
  if (/十五五/.test(title)) return 2030;
  const year = /(20\d{2})年(?:度)?(?:行动计划|工作要点|重点工作)/.exec(title);
  return year ? Number(year[1]) : null;
}

const GENRE_END = /(?:通知|意见|方案|措施|清单|办法|规划|计划|要点|分工|分解|决定|报告|细则|纲要|规定|安排|任务|意见书)(?:\(试行\)|\((?:19|20)\d{2}年度?\))?$/;
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
    // Line-wrap spaces inside the title (…综合保税区 高水平开放…, 自治区 2023 年) are not part of it.
    const candidate = cut.replace(/(?<=[\p{Script=Han}\d])\s+(?=[\p{Script=Han}\d])/gu, '').trim();
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

/** The document's own 文号: not one it cites ("根据《…的通知》(昆政发〔2016〕13号)"). */
function ownDocNumber(text: string): string | null {
  const head = text.slice(0, 3000);
  for (const m of head.matchAll(new RegExp(DOC_NUMBER.source, 'gu'))) {
    const before = head[m.index - 1] ?? '';
    const after = head[m.index + m[0].length] ?? '';
    if (/[(（《]/.test(before) || /[)）》]/.test(after)) continue;
    return m[0].replace(/\s+/g, '');
  }
  return null;
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
  const docNumber = ownDocNumber(text) ?? ownDocNumber(raw);
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
