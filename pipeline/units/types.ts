// Types of the unit parser's output (issue 2d). Offsets are relative to the text handed in.

export interface ParsedUnit {
  /** Simplified, normalised name: shared suffix expanded, elided 省 restored, 〈〉 dropped, 〔〕 → (), 等 removed. */
  name: string;
  role: 'lead' | 'support' | 'responsible';
  /** The raw segment as written when it differs from name, else null. */
  asWritten: string | null;
  /** Other names the source gives for the same unit (the 〈…〉 annotation), when any. */
  aliases?: string[];
}

export interface UnitClause {
  /** [start, end) of the whole clause, e.g. the "(" … ")" or a labelled line up to its "。". */
  start: number;
  end: number;
  units: ParsedUnit[];
  /** People under 责任领导: and the like. */
  leaders: string[];
  /** The list runs to the end of the text without its closing bracket (a cut-off excerpt). */
  unclosed?: boolean;
}
