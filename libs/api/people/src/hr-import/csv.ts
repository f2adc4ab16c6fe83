/**
 * A small RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks inside quotes,
 * CRLF or LF line ends, a leading byte-order mark. Each record carries the line it starts on, so
 * errors can name it the way a spreadsheet user sees the file.
 */

export interface CsvRecord {
  /** 1-based line number where the record starts. */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

export function parseCsv(text: string): CsvRecord[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quotedFieldLine = 0;
  let atFieldStart = true;

  const endField = () => {
    fields.push(field);
    field = '';
    atFieldStart = true;
  };
  const endRecord = () => {
    endField();
    // A blank line (one empty field) is not a record: spreadsheets often end files with several.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };

  for (let i = 0; i < source.length; i++) {
    const char = source.charAt(i);
    if (inQuotes) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && atFieldStart) {
      inQuotes = true;
      quotedFieldLine = line;
      atFieldStart = false;
    } else if (char === ',') {
      endField();
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      // Lenient like spreadsheets: a quote inside an unquoted field is kept as a character.
      field += char;
      atFieldStart = false;
    }
  }
  if (inQuotes) throw new CsvSyntaxError(quotedFieldLine, 'a quoted field is never closed (missing ")');
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
