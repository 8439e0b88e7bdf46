// Exploration aid, not part of the build: runs the targets extractor over the five seed documents
// (cleaned roughly here: opencc t→cn, inline pinyin stripped, full-width punctuation → ASCII) and
// prints every target and every dropped figure, so the rules can be checked against the text.
// Usage: npx tsx scripts/explore-targets.ts [docPrefix] [--dropped]
import { readFileSync, readdirSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { linkBaselines } from '../pipeline/targets/baseline';
import { categorize } from '../pipeline/targets/categories';
import { contextForHeading } from '../pipeline/targets/context';
import { extractTargets, type DroppedFigure } from '../pipeline/targets/extract';
import type { RawTarget, TargetContext } from '../pipeline/targets/types';

const toCn = OpenCC.Converter({ from: 't', to: 'cn' });
function roughClean(raw: string): string {
  let t = raw.replace(/\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+ ?)\)/g, '');
  t = toCn(t);
  const map: Record<string, string> = { '（': '(', '）': ')', '：': ':', '，': ',', '；': ';', '！': '!', '？': '?' };
  t = t.replace(/[（）：，；！？]/g, (c) => map[c]).replace(/[０-９Ａ-Ｚａ-ｚ％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return t.split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
}

// Section defaults for the exploration; the real pipeline takes them from the structure stage.
const DEFAULTS: Record<string, { ctx: TargetContext; planEndYear: number | null }> = {
  '000': { ctx: { stage: 'target', year: null }, planEndYear: 2020 },
  '001': { ctx: { stage: 'target', year: 2016 }, planEndYear: 2016 },
  '002': { ctx: { stage: 'target', year: null }, planEndYear: 2025 },
  '003': { ctx: { stage: 'target', year: 2025 }, planEndYear: 2025 },
  '004': { ctx: { stage: 'target', year: null }, planEndYear: null },
};

const only = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : null;
const showDropped = process.argv.includes('--dropped');
for (const file of readdirSync('data/raw').sort()) {
  const id = file.slice(0, 3);
  if (only && id !== only) continue;
  const text = roughClean(readFileSync(`data/raw/${file}`, 'utf8'));
  const { ctx: start, planEndYear } = DEFAULTS[id];
  let ctx = start;
  const counts = { target: 0, achieved: 0 };
  let offset = 0;
  const all: (RawTarget & { id: string })[] = [];
  console.log(`\n=== ${file}`);
  for (const line of text.split('\n')) {
    const heading = line.length < 30 && !line.includes('。') ? contextForHeading(line, planEndYear) : null;
    if (heading) ctx = heading;
    const dropped: DroppedFigure[] = [];
    for (const t of extractTargets(line, ctx, dropped)) {
      counts[t.stage]++;
      all.push({ ...t, id: `${id}-${all.length + 1}` });
      const range = t.valueMax !== null ? `${t.value}-${t.valueMax}` : `${t.value}`;
      console.log(`${t.stage === 'target' ? 'T' : 'A'} ${t.targetYear ?? '----'} ${t.kind.padEnd(6)} ${t.comparator.padEnd(2)} ${range}${t.unit}  【${t.name}】 ${categorize(t.name, t.quote) ?? 'UNCATEGORISED'}  @${offset + t.start}  «${t.quote.slice(0, 60)}»`);
    }
    if (showDropped) for (const d of dropped) console.log(`   - drop ${d.raw} (${d.reason})`);
    offset += line.length + 1;
  }
  for (const [tid, base] of linkBaselines(all)) {
    const t = all.find((x) => x.id === tid)!;
    console.log(`baseline: ${t.name} ${t.value}${t.unit} ← ${base.name} ${base.value}${base.unit}`);
  }
  console.log(`--- ${id}: ${counts.target} targets, ${counts.achieved} achieved`);
}
