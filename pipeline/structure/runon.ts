// Some documents arrive with their body on one line (a web page copied flat, a .docx pasted into a
// CMS, an HTML column with its tags removed). Their numbering is still there, after a sentence end
// or a space: "…建设。(责任单位:省水利厅)2.着力完善…", "一、推进农牧业 (一)增强粮食 1.实施…".
// Such lines are split before the outline is read. A line that holds at most one boundary is left
// alone: "加快1.5万亿元…" or a single "(一)" inside a sentence is not a new item.
import type { SourceLine } from './outline';

const CN = '[一二三四五六七八九十]{1,3}';
/** Labels that can open a line of the genre (see classify.ts for the full list of schemes). */
const LABEL = `(?:${CN}、|\\(${CN}\\)|【${CN}】|\\d{1,3}[.﹒、．](?![\\d.])|\\d{1,2}\\.\\d{1,2}(?:\\.\\d{1,2})?(?![\\d.%])\\s*(?![万亿千百十个元倍公米吨亩户人家项次台辆])(?=[\\u4e00-\\u9fff])|\\(\\d{1,3}\\)(?!\\d)|[①-⑳])`;
/**
 * A label after a sentence end (。;:!?) or a closing bracket, or after whitespace. Whitespace alone
 * is enough in flat documents because the headings of the genre carry no full stop:
 * "二、丰富赛事活动,完善赛事体系 (四)大力发展职业赛事。"
 */
const BOUNDARY = new RegExp(`(?:(?<=[。;:!?)】])\\s*|\\s+)(?=${LABEL})`, 'g');

/** Fewer boundaries than this in a line: an inline mention, not a flattened outline. */
const MIN_BOUNDARIES = 2;

export function splitRunOnLines(lines: SourceLine[]): SourceLine[] {
  return lines.flatMap((line) => {
    const found = [...line.text.matchAll(BOUNDARY)].map((m) => m.index + m[0].length).filter((c) => c > 0);
    if (found.length < MIN_BOUNDARIES) return [line];
    const cuts = [0, ...found, line.text.length];
    const out: SourceLine[] = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const text = line.text.slice(cuts[i], cuts[i + 1]).trim();
      if (!text) continue;
      const start = line.start + line.text.indexOf(text, cuts[i]);
      out.push({ start, end: start + text.length, text });
    }
    return out;
  });
}
