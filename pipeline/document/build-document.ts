// One document end to end: bytes → clean → outline → tasks, units, places → indicators → validated JSON.
import { createHash } from 'node:crypto';
import {
  SCHEMA_VERSION, policyDocument, type DocumentMeta, type DocumentQuality, type OutlineNode, type PolicyDocument,
} from '../../src/shared/schema';
import { InputError, SourceError } from '../errors';
import { buildOutline, type Outline, type SourceLine } from '../structure/outline';
import { reconcileNumbering } from '../structure/reconcile';
import { splitRunOnLines } from '../structure/runon';
import { isContextTitle, taskCandidates } from '../structure/tasks';
import { cleanDocument, lineOfOffset, type Correction } from '../text/clean';
import { decodeRaw } from '../text/decode';
import type { Mention } from '../units/registry';
import { buildIndicators } from './indicators';
import { buildTask, type TaskContext } from './tasks';

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

export function buildDocument(bytes: Uint8Array, meta: DocumentMeta, opts: { file: string; corrections: Correction[] }): BuiltDocument {
  const raw = decodeRaw(bytes, opts.file);
  const clean = cleanDocument(raw, { docId: meta.id, file: opts.file, corrections: opts.corrections });
  const lines: SourceLine[] = splitRunOnLines(
    clean.lines.map((l) => ({ start: l.start, end: l.end, text: clean.text.slice(l.start, l.end) })),
  );
  const rawLine = (offset: number) => lineOfOffset(clean.lines, offset);
  if (lines.length === 0) throw new InputError(opts.file, null, 'no text left after removing page furniture');

  const outline = buildOutline(lines);
  if (outline.parts.length === 0) {
    throw new InputError(opts.file, null, 'no recognisable structure: found no parts (一、…) and no headings');
  }
  const problems = reconcileNumbering(outline);
  if (problems.length) {
    const p = problems[0];
    throw new InputError(opts.file, rawLine(lines[p.line].start), `numbering does not reconcile in ${p.message}`);
  }
  const warnings = new Set(clean.warnings);
  const aliases = new Map<string, string[]>();
  const ctx: TaskContext = {
    docId: meta.id, province: meta.province, provinceCode: meta.provinceCode, lines, text: clean.text, rawLine,
    warn: (m) => warnings.add(m), aliases,
  };
  const tasks = taskCandidates(outline, lines).map((c) => {
    try {
      return buildTask(c, ctx);
    } catch (e) {
      if (e instanceof SourceError) throw new InputError(opts.file, e.offset != null ? rawLine(e.offset) : null, e.message);
      throw e;
    }
  });
  const indicators = buildIndicators(outline, tasks, ctx, meta.planEndYear);
  // A node bears tasks when tasks were actually read inside it (a part can be task-bearing by title yet hold none).
  const outlineWithTasks = outlineNodes(outline, lines).map((n) => ({
    ...n, taskBearing: n.taskBearing && tasks.some((t) => n.start <= t.citation.start && t.citation.start <= n.end),
  }));

  const doc = policyDocument.parse({
    ...meta,
    schemaVersion: SCHEMA_VERSION,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    sourceFile: opts.file,
    text: clean.text,
    lines: clean.lines,
    rawLines: clean.rawLines,
    outline: outlineWithTasks,
    tasks,
    indicators,
    damage: clean.damage,
    warnings: [...warnings],
  });
  const mentions: Mention[] = tasks.flatMap((t) =>
    t.units.map((u) => ({ name: u.name, province: meta.province, provinceCode: meta.provinceCode, docId: meta.id, taskId: t.id, role: u.role,
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
    warnings: [...warnings],
    ...(clean.removed.total > 0 ? { removedCharacters: clean.removed } : {}),
  };
  return { doc, mentions, quality };
}
