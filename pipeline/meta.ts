// Per-document metadata: the reviewed file data/documents.json for the corpus, and what can be read
// off the text itself for documents nobody has reviewed (npm run parse). Silence stays null.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { documentMeta, type DocumentMeta } from '../src/shared/schema';
import { InputError } from './errors';

export function loadDocumentMeta(path: string): DocumentMeta[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError(path, null, `cannot read metadata: ${(e as Error).message}`);
  }
  const parsed = z.object({ documents: z.array(documentMeta) }).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(path, null, `invalid metadata at ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data.documents;
}

/** The plan period a title names: 十三五 → 2020, 十四五 → 2025, "2016年行动计划" → 2016. */
export function planEndYearOf(title: string): number | null {
  if (/十三五/.test(title)) return 2020;
  if (/十四五/.test(title)) return 2025;
  if (/十五五/.test(title)) return 2030;
  const year = /(20\d{2})年(?:度)?(?:行动计划|工作要点|重点工作)/.exec(title);
  return year ? Number(year[1]) : null;
}

/** Metadata read from the first lines of a cleaned text; anything not found is null. */
export function inferMeta(file: string, text: string, province: { province: string; provinceCode: string }): DocumentMeta {
  const head = text.split('\n').slice(0, 15);
  const docNumber = head.join('\n').match(/[\p{Script=Han}]{1,8}〔(?:19|20)\d{2}〕\d{1,4}号/u)?.[0] ?? null;
  const dateLine = head.find((l) => /^(19|20)\d{2}年\d{1,2}月\d{1,2}日$/.test(l));
  const date = dateLine
    ? dateLine.replace(/^(\d{4})年(\d{1,2})月(\d{1,2})日$/, (_, y, m, d) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`)
    : null;
  const issuerIndex = dateLine ? head.indexOf(dateLine) - 1 : -1;
  const issuer = issuerIndex >= 0 && /(人民政府|办公厅|委员会|办公室)$/.test(head[issuerIndex]) ? head[issuerIndex] : null;
  const title = head.find((l) => l.length >= 6 && !/^[\p{Script=Han}]{1,8}〔/u.test(l) && !/:$/.test(l))?.replace(/^关于印发/, '') ?? basename(file);
  const id = basename(file).replace(/\.[^.]+$/, '').replace(/[^A-Za-z0-9_-]/g, '_') || 'document';
  return {
    id, title, province: province.province, provinceCode: province.provinceCode, issuer, docNumber, date,
    genre: /报告/.test(title) ? 'work-report' : /行动计划/.test(title) ? 'action-plan' : /分工/.test(title) ? 'task-division' : 'implementation-plan',
    script: 'simplified', planEndYear: planEndYearOf(title), note: 'Metadata read from the text by `npm run parse`, not reviewed.',
  };
}
