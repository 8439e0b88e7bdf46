// Reviewed corrections of damaged source text (data/corrections/<docId>.json). Applied to the RAW
// lines, before anything else touches them, so each entry's `original` is exactly what a person
// sees in data/raw/. A correction whose original is gone means the source or the file changed
// under the reviewer's feet: that must stop the build, never pass silently.
import { InputError } from '../errors';

export interface Correction {
  original: string;
  replacement: string;
  reason: string;
}

export interface AppliedCorrection extends Correction {
  /** 1-based raw line. */
  line: number;
  /** 0-based column (UTF-16 code units) of the original in the raw line. */
  column: number;
}

export function correctionsPath(dir: string, docId: string): string {
  return `${dir.replace(/\/$/, '')}/${docId}.json`;
}

/** Parse at the edge: the loose JSON becomes checked entries, or an error naming file and entry. */
export function parseCorrections(json: string, file: string): Correction[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new InputError(file, null, `malformed JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(data)) throw new InputError(file, null, 'expected an array of corrections');
  return data.map((entry, i) => {
    const e = entry as Record<string, unknown>;
    for (const key of ['original', 'replacement', 'reason'] as const) {
      if (typeof e?.[key] !== 'string') {
        throw new InputError(file, null, `entry ${i}: missing or non-string "${key}"`);
      }
    }
    const c = { original: e.original as string, replacement: e.replacement as string, reason: e.reason as string };
    if (c.original === '') throw new InputError(file, null, `entry ${i}: empty "original"`);
    if (c.reason.trim() === '') throw new InputError(file, null, `entry ${i}: empty "reason" for ${JSON.stringify(c.original)}`);
    if (/[\r\n]/.test(c.original) || /[\r\n]/.test(c.replacement)) {
      throw new InputError(file, null, `entry ${i}: corrections must not span line breaks: ${JSON.stringify(c.original)}`);
    }
    return c;
  });
}

/**
 * Replace every occurrence of every original, line by line. Throws when an original occurs nowhere:
 * `file` names the corrections file so the message says where to look.
 */
export function applyCorrections(
  rawText: string,
  corrections: Correction[],
  file: string,
): { text: string; applied: AppliedCorrection[] } {
  const lines = rawText.split('\n');
  const applied: AppliedCorrection[] = [];
  corrections.forEach((c, i) => {
    let found = false;
    for (let n = 0; n < lines.length; n++) {
      const parts = lines[n].split(c.original);
      if (parts.length === 1) continue;
      found = true;
      // Columns refer to the line as it was before this entry, which is what a reviewer searches.
      let column = 0;
      for (let k = 0; k < parts.length - 1; k++) {
        column += parts[k].length;
        applied.push({ ...c, line: n + 1, column });
        column += c.original.length;
      }
      lines[n] = parts.join(c.replacement);
    }
    if (!found) {
      throw new InputError(file, null, `correction ${i} not found in the source: ${JSON.stringify(c.original)} (${c.reason})`);
    }
  });
  return { text: lines.join('\n'), applied };
}
