// The synthetic corpus of bench:scale and bench:pipeline (issue 11), one generator for both so the
// pipeline is timed on the corpus the views are measured on: document i takes seed i mod 5's text
// with its closing part swapped for another seed's closing part when both have one (parts start at a
// line "一、"…"十、"), a province among all 31 and a year among 2010–2026, a distinct id. Written as
// <dir>/data/documents.json + data/raw/ + the reviewed dictionaries; deterministic in n.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export interface SeedMeta { id: string; title: string; province: string | null; provinceCode: string | null; date: string | null; [k: string]: unknown }
export interface Province { code: string; name: string; short: string }

export const seeds = (): SeedMeta[] => JSON.parse(readFileSync(join(root, 'data/documents.json'), 'utf8')).documents;

/** The 31 provinces, from the built boundaries (`npm run data` writes public/geo/index.json). */
export const provinces = (): Province[] => JSON.parse(readFileSync(join(root, 'public/geo/index.json'), 'utf8')).provinces;

/** Split at part headings (一、 … 十、 at a line start); the last part is the closing one. */
function parts(text: string): string[] {
  const lines = text.split('\n');
  const starts = lines.map((l, i) => (/^\s*[一二三四五六七八九十]{1,2}、/.test(l) ? i : -1)).filter((i) => i >= 0);
  if (starts.length < 3) return [text];
  return [...starts.map((s, k) => lines.slice(k === 0 ? 0 : s, starts[k + 1] ?? lines.length).join('\n'))];
}

/** Writes corpus n into dir (its data/ folder); returns dir. */
export function writeCorpus(dir: string, n: number): string {
  const seedMeta = seeds();
  const seedText = seedMeta.map((m) => readFileSync(join(root, `data/raw/${m.id}.txt`), 'utf8'));
  const seedParts = seedText.map(parts);
  const all = provinces();
  mkdirSync(join(dir, 'data/raw'), { recursive: true });
  for (const d of ['dict', 'comparison', 'progress', 'geo']) cpSync(join(root, 'data', d), join(dir, 'data', d), { recursive: true });
  mkdirSync(join(dir, 'data/corrections'), { recursive: true });
  cpSync(join(root, 'data/corrections/script-phrases.json'), join(dir, 'data/corrections/script-phrases.json'));
  const docs: SeedMeta[] = [];
  for (let i = 0; i < n; i++) {
    const s = i % seedMeta.length;
    const seed = seedMeta[s];
    const p = all[i % all.length];
    const year = 2010 + (Math.floor(i / all.length) % 17);
    const id = `s${String(i).padStart(5, '0')}_${seed.id.slice(0, 3)}`;
    let text = seedText[s];
    // Recombine: swap the closing part for another seed's (the same seed for n = 5: the real corpus shape).
    const other = seedParts[(s + 1 + Math.floor(i / seedMeta.length)) % seedMeta.length];
    if (n > seedMeta.length && seedParts[s].length > 2 && other.length > 2) text = [...seedParts[s].slice(0, -1), other[other.length - 1]].join('\n');
    writeFileSync(join(dir, `data/raw/${id}.txt`), text);
    const date = seed.date ? `${year}${seed.date.slice(4)}` : null;
    docs.push({ ...seed, id, title: `${p.short}·${seed.title}（${year}）`, province: p.short, provinceCode: p.code, date, reviewed: true });
  }
  writeFileSync(join(dir, 'data/documents.json'), JSON.stringify({ documents: docs }, null, 1));
  return dir;
}
