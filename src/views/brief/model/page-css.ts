// The paper's running header and footer (@page margin boxes, Chromium ≥ 131): the briefing's
// name and the build date on every printed page, the page number on the right. Margin boxes only
// take a CSS string, so the text is written into a <style> rule — escaped here, since a document
// title is untrusted text (a quote or a backslash must not end the string or the rule).

/** A CSS string literal of `s`: every character outside letters, digits, CJK and spaces as an escape; controls and bidi marks dropped. */
export function cssString(s: string): string {
  let out = '';
  // eslint-disable-next-line no-control-regex -- control characters are what is stripped.
  for (const ch of s.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')) {
    out += /[\p{L}\p{N} ·]/u.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  }
  return `"${out}"`;
}

/** The named page `brief` (A4 portrait, the app's 12 mm side margins), with its header and footer text. */
export function briefPageRule(header: string, footer: string): string {
  const box = 'font-size: 8pt; color: #444;';
  return (
    '@page brief { size: A4 portrait; margin: 16mm 12mm 16mm 12mm; ' +
    `@top-left { content: ${cssString(header)}; ${box} } ` +
    `@bottom-left { content: ${cssString(footer)}; ${box} } ` +
    `@bottom-right { content: counter(page) " / " counter(pages); ${box} } }`
  );
}
