import type { SourceLine } from '../../../pipeline/structure/outline';

/** Lines of a small cleaned excerpt, with offsets as the clean stage would give them. */
export function toLines(text: string): SourceLine[] {
  let offset = 0;
  return text.split('\n').map((t) => {
    const line = { start: offset, end: offset + t.length, text: t };
    offset += t.length + 1;
    return line;
  });
}
