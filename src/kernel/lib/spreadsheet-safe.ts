// One helper for every spreadsheet cell the app writes (CSV and XLSX alike). Document text is
// untrusted: a cell beginning with = + - @ (or a tab or carriage return, which some spreadsheets
// skip before reading a formula) would run as a formula — =HYPERLINK(…) can leak data or lure a
// click. The cell gets a leading apostrophe, the convention spreadsheets show as "text". Control
// and bidirectional-override characters (which can reorder what a reader sees) are removed first,
// so they cannot hide a formula behind them. Numbers are not text and pass through as numbers.

// C0 controls except tab, line feed and carriage return; DEL; C1 controls; bidi embeddings,
// overrides and isolates; the invisible direction marks.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCellText(text: string): string {
  const clean = text.replace(UNSAFE, '');
  return FORMULA_START.test(clean) ? `'${clean}` : clean;
}

export type CellValue = string | number | null;

/** A cell as written: text made safe, numbers untouched, null stays empty. */
export function safeCell(v: CellValue): CellValue {
  return typeof v === 'string' ? safeCellText(v) : v;
}
