import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CsvError, CsvParser, parseCsv, readCsvRecords } from '../import/csv';

/** Feeds `text` to a parser in chunks of `size` characters. */
function parseInChunks(text: string, size: number, options = {}): string[][] {
  const parser = new CsvParser(options);
  const rows: string[][] = [];
  for (let at = 0; at < text.length; at += size) rows.push(...parser.push(text.slice(at, at + size)));
  return [...rows, ...parser.end()];
}

const ESCO_LIKE =
  'conceptUri,preferredLabel,altLabels,description\r\n' +
  'u1,manage musical staff,"manage staff of music\nmanage music staff",Assign tasks\r\n' +
  'u2,"say ""hello"", politely","",\r\n' +
  'u3,plain,x\r\n';

describe('CSV parser', () => {
  it('keeps newlines and commas inside quoted fields', () => {
    expect(parseCsv('a,"one, two\nthree",c\nd,e,f\n')).toEqual([
      ['a', 'one, two\nthree', 'c'],
      ['d', 'e', 'f'],
    ]);
  });

  it('reads a doubled quote as one quote, also at the edges of a field', () => {
    expect(parseCsv('"""quoted""","a ""b"" c",""""\n')).toEqual([['"quoted"', 'a "b" c', '"']]);
  });

  it('returns ragged rows as they are and keeps empty fields', () => {
    expect(parseCsv('a,b,c\nd\ne,f,g,h\n,,\n')).toEqual([
      ['a', 'b', 'c'],
      ['d'],
      ['e', 'f', 'g', 'h'],
      ['', '', ''],
    ]);
  });

  it('ends rows at LF, CRLF or CR, skips blank lines, and reads a last row without a line break', () => {
    expect(parseCsv('a,b\r\nc,d\re,f\n\n\r\ng,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('drops a byte-order mark at the start only', () => {
    expect(parseCsv('\ufeffname,x\n\ufeffy,z\n')).toEqual([
      ['name', 'x'],
      ['\ufeffy', 'z'],
    ]);
  });

  it('gives the same rows however the text is split into chunks (quotes, "" and CRLF across chunks)', () => {
    const whole = parseCsv(ESCO_LIKE);
    expect(whole).toEqual([
      ['conceptUri', 'preferredLabel', 'altLabels', 'description'],
      ['u1', 'manage musical staff', 'manage staff of music\nmanage music staff', 'Assign tasks'],
      ['u2', 'say "hello", politely', '', ''],
      ['u3', 'plain', 'x'],
    ]);
    for (let size = 1; size <= ESCO_LIKE.length; size++)
      expect(parseInChunks(ESCO_LIKE, size)).toEqual(whole);
  });

  it('keeps stray quotes literally instead of losing text', () => {
    expect(parseCsv('ab"c,"x"y,z\n')).toEqual([['ab"c', 'xy', 'z']]);
  });

  it('refuses a quoted field that is never closed', () => {
    expect(() => parseCsv('a,b\n"open,c\n')).toThrow(CsvError);
    expect(() => parseCsv('a,b\n"open,c\n')).toThrow(/row 2 is never closed/);
  });

  it('reads tab-separated text without quoting, as O*NET publishes it', () => {
    expect(
      parseInChunks('Code\tExample\r\n11-1011.00\t"Quoted" Product\tY\r\n', 3, {
        delimiter: '\t',
        quote: null,
      }),
    ).toEqual([
      ['Code', 'Example'],
      ['11-1011.00', '"Quoted" Product', 'Y'],
    ]);
  });

  it('streams a file as records keyed by the header, padding short rows and naming missing columns', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csv-spec-'));
    const file = join(dir, 'skills.csv');
    writeFileSync(file, ESCO_LIKE, 'utf8');
    const records: Array<Record<string, string>> = [];
    for await (const record of readCsvRecords(file, { requiredColumns: ['conceptUri'] }))
      records.push(record);
    expect(records).toHaveLength(3);
    expect(records[2]).toEqual({
      conceptUri: 'u3',
      preferredLabel: 'plain',
      altLabels: 'x',
      description: '',
    });
    await expect(async () => {
      for await (const record of readCsvRecords(file, { requiredColumns: ['skillType'] })) void record;
    }).rejects.toThrow(/no "skillType" column/);
  });
});
