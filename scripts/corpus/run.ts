// npm run eval:corpus [-- --json] [-- <corpus dir>]
// Parses every annotated text of the development corpus as a new user would (parseFile(path, null),
// no --province) and scores it against its hand-made annotation (scripts/corpus/score.ts). Prints a
// table per document, every miss, and the overall score as the LAST line. A thrown error counts as a
// crash of that document and the run goes on. Exit 0: this is a report; the floor is asserted in
// tests/pipeline/corpus.test.ts. Exit 1 only when the corpus itself is unreadable or malformed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { parseFile } from '../../pipeline/parse-cli';
import { toSimplified } from '../../pipeline/text/convert';
import { formatReport } from './report';
import { type Annotation, type Counts, type DocScore, type ParsedDoc, type Rates, rates, scoreCrash, scoreDocument, sumCounts } from './score';

const repo = join(import.meta.dirname, '../..');
export const CORPUS_DIR = join(repo, 'tests/fixtures/corpus');

const names = z.array(z.string().min(1));
const annotationFile = z.object({
  file: z.string().regex(/\.txt$/),
  tasks: z.array(z.object({
    label: z.string().min(1).nullable(),
    title: z.string().min(1),
    lead: names,
    support: names,
    responsible: names,
    position: z.number().int().positive().optional(),
  })),
});

export function loadAnnotations(dir: string): Annotation[] {
  const annDir = join(dir, 'annotations');
  return readdirSync(annDir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const path = join(annDir, f);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new Error(`${path}: not valid JSON (${(e as Error).message})`, { cause: e });
    }
    const parsed = annotationFile.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${path}: field ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    if (parsed.data.file !== f.replace(/\.json$/, '.txt')) {
      throw new Error(`${path}: field file: "${parsed.data.file}" does not match the annotation's name`);
    }
    return parsed.data;
  });
}

export interface CorpusResult { docs: DocScore[]; total: Counts; rates: Rates }

/** How a new user parses a file: no --province, nothing reviewed. */
export const parseAsNewUser = (file: string): ParsedDoc => parseFile(file, null).doc;

export function evaluateCorpus(dir = CORPUS_DIR, parse: (file: string) => ParsedDoc = parseAsNewUser): CorpusResult {
  const docs = loadAnnotations(dir).map((annotation) => {
    const file = join(dir, annotation.file);
    try {
      return scoreDocument(parse(file), annotation, toSimplified);
    } catch (e) {
      const err = e as Error;
      const message = `${err.name === 'InputError' ? '' : `${err.name}: `}${err.message}`.replaceAll(`${dir}/`, '');
      return scoreCrash(annotation, message);
    }
  });
  const total = sumCounts(docs);
  return { docs, total, rates: rates(total) };
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const dirArg = args.find((a) => !a.startsWith('--'));
  try {
    const result = evaluateCorpus(dirArg ?? CORPUS_DIR);
    if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else process.stdout.write(`corpus ${relative(process.cwd(), dirArg ?? CORPUS_DIR) || '.'}\n\n${formatReport(result.docs, result.total)}\n`);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
