// One document end to end: bytes → clean → outline → tasks, units, places → indicators → validated JSON.
// SHA-256 from a maintained pure implementation: this stage also runs in the browser's import worker.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import {
  SCHEMA_VERSION, policyDocument, type DocumentMeta, type DocumentQuality, type NumberingAnomaly, type OutlineNode, type PolicyDocument, type Task,
} from '../../src/shared/schema';
import { InputError, SourceError } from '../errors';
import { buildOutline, type Outline, type SourceLine } from '../structure/outline';
import { reconcileNumbering } from '../structure/reconcile';
import { splitRunOnLines } from '../structure/runon';
import { isContextTitle, taskCandidates } from '../structure/tasks';
import { tableCandidates } from '../structure/table';
import { proseCandidates } from '../structure/prose';
import { registryScope } from './scope';
import { cleanDocument, lineOfOffset, type Correction } from '../text/clean';
import { decodeRaw } from '../text/decode';
import type { Mention } from '../units/registry';
import { buildIndicators } from './indicators';
import { buildTask, type TaskContext } from './tasks';
import { findLeadRules } from '../units/lead-rule';

export interface BuiltDocument {
  doc: PolicyDocument;
  mentions: Mention[];
  quality: DocumentQuality;
}

function outlineNodes(outline: Outline, lines: SourceLine[]): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  outline.parts.forEach((p, i) => {
    const end = lines[p.lastLine].end;
    const partBearing = !isContextTitle(p.title);
    nodes.push({ path: [p.label], level: p.level === 'part' ? 'part' : 'heading', title: p.title, taskBearing: partBearing,
      start: lines[p.line].start, end: Math.max(end, i + 1 < outline.parts.length ? lines[outline.parts[i + 1].line].start - 1 : end) });
    for (const s of p.sections) {
      nodes.push({ path: [p.label, s.label.replace(/^【(.*)】$/, '$1')], level: 'section', title: s.title,
        taskBearing: partBearing && !isContextTitle(s.title), start: lines[s.line].start, end: lines[s.lastLine].end });
    }
  });
  return nodes;
}

/** Lines of a task table, blanked so the outline does not read its 序号 cells as items. */
function maskLines(lines: SourceLine[], masked: Set<number>): SourceLine[] {
  return lines.map((l, i) => (masked.has(i) ? { ...l, text: '|' } : l));
}

/** Two items with the same label (a duplicate the anomalies already name) must still have distinct ids. */
function uniqueIds(tasks: Task[], anomalies: NumberingAnomaly[], rawLine: (o: number) => number): Task[] {
  const seen = new Map<string, number>();
  return tasks.map((t) => {
    const n = (seen.get(t.id) ?? 0) + 1;
    seen.set(t.id, n);
    if (n === 1) return t;
    if (!anomalies.some((a) => a.kind === 'duplicate' && a.path.join('.') === t.id)) {
      anomalies.push({ kind: 'duplicate', path: t.path, line: rawLine(t.citation.start), message: `"${t.id}" is used by ${n} items` });
    }
    return { ...t, id: `${t.id}~${n}` };
  });
}

/** A document that stops mid-sentence or inside an open bracket stops inside its last item. */
function isCutOff(text: string, last: Task): boolean {
  const tail = text.slice(last.citation.start, last.citation.end).trimEnd();
  if (!/[。!?)）」』”】]$/.test(tail)) return true;
  const opened = (tail.match(/\(/g) ?? []).length;
  const closed = (tail.match(/\)/g) ?? []).length;
  return opened > closed;
}

/**
 * Every numbering label in the text is accounted for: inside a task, or a heading/context label of
 * the outline. The build fails if a label would vanish — that would be a parser bug, not bad input.
 */
function accountLabels(outline: Outline, lines: SourceLine[], tasks: Task[]): { found: number; tasks: number; context: number } {
  let inTasks = 0;
  let context = 0;
  for (const l of outline.labelled) {
    const at = lines[l.line].start;
    if (tasks.some((t) => t.citation.start <= at && at <= t.citation.end)) inTasks++;
    else context++;
  }
  return { found: outline.labelled.length, tasks: inTasks, context };
}

export function buildDocument(bytes: Uint8Array, meta: DocumentMeta, opts: { file: string; corrections: Correction[] }): BuiltDocument {
  const raw = decodeRaw(bytes, opts.file);
  const clean = cleanDocument(raw, { docId: meta.id, file: opts.file, corrections: opts.corrections });
  const lines: SourceLine[] = splitRunOnLines(
    clean.lines.map((l) => ({ start: l.start, end: l.end, text: clean.text.slice(l.start, l.end) })),
  );
  const rawLine = (offset: number) => lineOfOffset(clean.lines, offset);
  if (lines.length === 0) throw new InputError(opts.file, null, 'no text left after removing page furniture');

  // A task table (序号 | 任务 | 责任单位 …) is read by its header; the rest of the text by its numbering.
  const table = tableCandidates(lines);
  const outline = buildOutline(lines.filter((_, i) => !table.lines.has(i)).length === lines.length ? lines : maskLines(lines, table.lines));
  const problems = reconcileNumbering(outline);
  const anomalies: NumberingAnomaly[] = problems.map((p) => ({ kind: p.kind, path: p.path, line: rawLine(lines[p.line].start), message: p.message }));
  const warnings = new Set(clean.warnings);
  const aliases = new Map<string, string[]>();
  const scope = registryScope(meta);
  const ctx: TaskContext = {
    docId: meta.id, province: meta.province ?? '', provinceCode: scope.provinceCode, lines, text: clean.text, rawLine,
    warn: (m) => warnings.add(m), aliases, rules: [],
  };
  ctx.rules = findLeadRules(clean.text);
  let candidates = [...taskCandidates(outline, lines), ...table.candidates].sort((a, b) => a.lines[0] - b.lines[0]);
  if (candidates.length === 0) candidates = proseCandidates(lines);
  // Numbered parts that are all context (总体要求, 保障措施 without units) are a document with no tasks,
  // said as a warning; only text with no numbering, table or assignment at all is refused.
  if (candidates.length === 0 && outline.labelled.length === 0) {
    throw new InputError(opts.file, null, 'no recognisable structure: found no numbered items (一、 (一) 1. …), no task table and no assignments (由X牵头…)');
  }
  if (candidates.length === 0) warnings.add('no tasks: every numbered part is context (总体要求, 保障措施 …) and names no units');
  const built = candidates.map((c) => {
    try {
      return buildTask(c, ctx);
    } catch (e) {
      if (e instanceof SourceError) throw new InputError(opts.file, e.offset != null ? rawLine(e.offset) : null, e.message);
      throw e;
    }
  });
  // Items under a context title (保障措施) and parts read as measures are tasks only when they name units.
  const tasks = uniqueIds(built.filter((t, i) => !candidates[i].needsUnits || t.units.length > 0 || t.leaders?.length), anomalies, rawLine);
  const last = tasks[tasks.length - 1];
  if (last && isCutOff(clean.text, last)) {
    last.truncated = true;
    anomalies.push({ kind: 'truncated', path: last.path, line: last.citation.line,
      message: `the text stops inside ${last.path.join('.') || 'the last item'}: its text or unit list may be incomplete` });
  }
  for (const a of anomalies) warnings.add(`numbering: ${a.message}`);
  const labels = accountLabels(outline, lines, tasks);
  // The one gate left: an item that must be a task (not under a context title) may never vanish.
  for (const c of candidates) {
    if (c.needsUnits) continue;
    const at = c.span ? c.span[0] : lines[c.lines[0]].start;
    if (!tasks.some((t) => t.citation.start <= at && at <= t.citation.end)) {
      throw new InputError(opts.file, rawLine(at), `item ${c.path.join('.') || '(unnumbered)'} would vanish from the output (a parser bug: please report this document)`);
    }
  }
  const indicators = buildIndicators(outline, tasks, ctx, meta.planEndYear);
  // A node bears tasks when tasks were actually read inside it (a part can be task-bearing by title yet hold none).
  const outlineWithTasks = outlineNodes(outline, lines).map((n) => ({
    ...n, taskBearing: n.taskBearing && tasks.some((t) => n.start <= t.citation.start && t.citation.start <= n.end),
  }));

  const doc = policyDocument.parse({
    ...meta,
    schemaVersion: SCHEMA_VERSION,
    sha256: bytesToHex(sha256(bytes)),
    sourceFile: opts.file,
    text: clean.text,
    lines: clean.lines,
    rawLines: clean.rawLines,
    outline: outlineWithTasks,
    tasks,
    indicators,
    damage: clean.damage,
    anomalies,
    warnings: [...warnings],
  });
  const mentions: Mention[] = tasks.flatMap((t) =>
    t.units.map((u) => ({ name: u.name, province: scope.province, provinceCode: scope.provinceCode, docId: meta.id, taskId: t.id, role: u.role,
      aliases: aliases.get(u.name) })),
  );
  const quality: DocumentQuality = {
    docId: meta.id,
    tasks: tasks.length,
    tasksWithUnits: tasks.filter((t) => t.units.length > 0).length,
    unitMentions: mentions.length,
    distinctUnits: new Set(tasks.flatMap((t) => t.units.map((u) => u.departmentId))).size,
    targets: indicators.filter((i) => i.stage === 'target').length,
    achieved: indicators.filter((i) => i.stage === 'achieved').length,
    places: new Set(tasks.flatMap((t) => t.places)).size,
    damagedFound: clean.damage.length,
    damagedCorrected: clean.damage.filter((d) => d.replacement != null).length,
    damaged: clean.damage.map((d) => ({ line: d.line, column: d.column, original: d.original, corrected: d.replacement != null })),
    labels,
    anomalies,
    warnings: [...warnings],
    ...(clean.removed.total > 0 ? { removedCharacters: clean.removed } : {}),
  };
  return { doc, mentions, quality };
}
