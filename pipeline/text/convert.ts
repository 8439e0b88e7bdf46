// Traditional → mainland simplified. 002–004 reached us machine-converted to traditional script;
// everything downstream (units, places, targets) is matched in simplified, so we convert once here.
// Wrong characters introduced by that earlier machine conversion are not fixed in code: they go
// through data/corrections/ where a person has checked them. Words opencc itself leaves in a
// non-mainland form (著力 for 着力) are fixed from the reviewed list data/corrections/script-phrases.json.
import { Converter } from 'opencc-js/t2cn';
import { z } from 'zod';

import phrasesJson from '../../data/corrections/script-phrases.json';
const phrasesFile = z.object({
  entries: z.array(z.object({ from: z.string().min(2), to: z.string().min(2), reason: z.string().min(2) })
    .refine((e) => e.from.length === e.to.length, 'a replacement must keep the length (cleaned offsets)')),
});

// Building the converter loads its dictionaries (~30 ms); do it once per process, lazily.
let converter: ((text: string) => string) | null = null;
let phrases: { re: RegExp; to: string }[] | null = null;

function loadPhrases(): { re: RegExp; to: string }[] {
  const parsed = phrasesFile.safeParse(phrasesJson);
  if (!parsed.success) throw new Error(`data/corrections/script-phrases.json: ${parsed.error.issues[0].message}`);
  // 显著/卓著/昭著 are real 著 words: 显著力度 must stay 显著力度.
  return parsed.data.entries.map((e) => ({ re: new RegExp(`(?<![显卓昭])${e.from}`, 'g'), to: e.to }));
}

export function toSimplified(text: string): string {
  converter ??= Converter({ from: 't', to: 'cn' });
  phrases ??= loadPhrases();
  let out = converter(text);
  if (out.includes('著')) for (const p of phrases) out = out.replace(p.re, p.to);
  return out;
}
