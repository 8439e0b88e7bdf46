import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../../../pipeline/progress/csv';

describe('parseCsv (RFC 4180)', () => {
  it('reads plain records and keeps the line each starts on', () => {
    expect(parseCsv('a,b\n1,2\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it('handles quoted commas, doubled quotes, line breaks in quotes, CRLF and a BOM', () => {
    const text = '\ufeffh1,h2\r\n"a,b","say ""hi"""\r\n"two\nlines",x\r\nlast,row';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['h1', 'h2'] },
      { line: 2, fields: ['a,b', 'say "hi"'] },
      { line: 3, fields: ['two\nlines', 'x'] },
      { line: 5, fields: ['last', 'row'] },
    ]);
  });

  it('keeps empty fields and skips blank lines', () => {
    expect(parseCsv('a,,c\n\n,\n')).toEqual([
      { line: 1, fields: ['a', '', 'c'] },
      { line: 3, fields: ['', ''] },
    ]);
  });

  it('refuses a stray quote, text after a closing quote and an unclosed quote, naming the line', () => {
    expect(() => parseCsv('a\nb"c\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\n"b"c\n')).toThrow(expect.objectContaining({ line: 2, message: 'text after a closing quote' }));
    expect(() => parseCsv('a\n"open,\nstill open')).toThrow(/never closed/);
  });
});
