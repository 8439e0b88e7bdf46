// Rough advance width of a line of text for layouts computed without a DOM (export frames, label
// margins): CJK characters and full-width marks are one em, Latin ones about half.
export function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? size : size * 0.56;
  return w;
}
