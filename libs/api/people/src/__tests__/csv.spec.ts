import { CsvSyntaxError, parseCsv } from '../hr-import/csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and a BOM, with start lines', () => {
    const text = '\uFEFFa,b,c\r\n"x, y","say ""hi""","two\nlines"\r\nlast,,\n\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x, y', 'say "hi"', 'two\nlines'] },
      { line: 4, fields: ['last', '', ''] },
    ]);
  });

  it('reads a last record without a line break and keeps empty trailing fields', () => {
    expect(parseCsv('a,b\n1,')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', ''] },
    ]);
  });

  it('names the line of a quoted field that is never closed', () => {
    expect(() => parseCsv('a\n"open\nstill')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\n"open\nstill')).toThrow(/line 2/);
  });
});
