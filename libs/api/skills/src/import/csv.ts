import { createReadStream, statSync } from 'node:fs';

/**
 * A small streaming CSV parser (RFC 4180 plus the leniencies real files need), written here rather
 * than added as a dependency: ESCO's files quote fields holding newlines, commas and doubled quotes,
 * and O*NET's are tab-separated with CRLF line ends and no quoting at all.
 *
 * - Text arrives in chunks of any size; a row, a quoted field, a doubled quote or a CRLF may be split
 *   across chunks.
 * - Quoted fields may contain delimiters, CR, LF and "" (one quote).
 * - Rows may have any number of fields (ragged rows are returned as they are).
 * - LF, CRLF and lone CR end a row; blank lines are skipped; a leading byte-order mark is dropped.
 * - A quote inside an unquoted field, or text after a closing quote, is kept literally.
 */
export interface CsvOptions {
  /** Field separator, one character (default ","). */
  delimiter?: string;
  /** Quote character, or null for formats without quoting such as O*NET's tab-separated files. */
  quote?: string | null;
}

export class CsvError extends Error {
  override name = 'CsvError';
}

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** Just read a quote inside a quoted field: either the closing quote or the first of "". */
  QuoteInQuoted,
}

export class CsvParser {
  private readonly delimiter: string;
  private readonly quote: string | null;
  private state = State.FieldStart;
  private field = '';
  private row: string[] = [];
  private skipLineFeed = false;
  private atStart = true;
  private rowsEmitted = 0;

  constructor(options: CsvOptions = {}) {
    this.delimiter = options.delimiter ?? ',';
    this.quote = options.quote === undefined ? '"' : options.quote;
    if (this.delimiter.length !== 1) throw new CsvError('The delimiter must be one character');
    if (this.quote !== null && (this.quote.length !== 1 || this.quote === this.delimiter)) {
      throw new CsvError('The quote must be one character, other than the delimiter');
    }
  }

  /** Parses a chunk and returns the rows it completed. */
  push(chunk: string): string[][] {
    const rows: string[][] = [];
    let i = 0;
    const end = chunk.length;
    if (this.atStart && end > 0) {
      this.atStart = false;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1;
    }
    while (i < end) {
      if (this.skipLineFeed) {
        this.skipLineFeed = false;
        if (chunk[i] === '\n') {
          i += 1;
          continue;
        }
      }
      switch (this.state) {
        case State.FieldStart:
          if (this.quote !== null && chunk[i] === this.quote) {
            this.state = State.Quoted;
            i += 1;
          } else {
            this.state = State.Unquoted;
          }
          break;
        case State.Unquoted: {
          let j = i;
          while (j < end) {
            const char = chunk[j];
            if (char === this.delimiter || char === '\n' || char === '\r') break;
            j += 1;
          }
          this.field += chunk.slice(i, j);
          if (j < end) this.terminate(chunk[j], rows);
          i = j + 1;
          break;
        }
        case State.Quoted: {
          const j = chunk.indexOf(this.quote as string, i);
          if (j === -1) {
            this.field += chunk.slice(i);
            i = end;
          } else {
            this.field += chunk.slice(i, j);
            this.state = State.QuoteInQuoted;
            i = j + 1;
          }
          break;
        }
        case State.QuoteInQuoted: {
          const char = chunk[i];
          if (char === this.quote) {
            this.field += char;
            this.state = State.Quoted;
            i += 1;
          } else if (char === this.delimiter || char === '\n' || char === '\r') {
            this.terminate(char, rows);
            i += 1;
          } else {
            // `"abc"def`: not valid CSV, but losing data is worse than keeping the stray text.
            this.state = State.Unquoted;
          }
          break;
        }
      }
    }
    return rows;
  }

  /** Ends the input: returns the last row if the text did not end with a line break. */
  end(): string[][] {
    if (this.state === State.Quoted) {
      throw new CsvError(`A quoted field in row ${this.rowsEmitted + 1} is never closed`);
    }
    const rows: string[][] = [];
    if (this.state !== State.FieldStart || this.row.length > 0) {
      this.row.push(this.field);
      this.emit(rows);
    }
    this.field = '';
    this.state = State.FieldStart;
    return rows;
  }

  private terminate(char: string, rows: string[][]): void {
    this.row.push(this.field);
    this.field = '';
    this.state = State.FieldStart;
    if (char === this.delimiter) return;
    if (char === '\r') this.skipLineFeed = true;
    this.emit(rows);
  }

  private emit(rows: string[][]): void {
    const row = this.row;
    this.row = [];
    if (row.length === 1 && row[0] === '') return;
    rows.push(row);
    this.rowsEmitted += 1;
  }
}

/** Parses a whole string (tests, small inputs). */
export function parseCsv(text: string, options: CsvOptions = {}): string[][] {
  const parser = new CsvParser(options);
  return [...parser.push(text), ...parser.end()];
}

export interface ReadProgress {
  bytesRead: number;
  totalBytes: number;
}

/** Streams the rows of a UTF-8 file, reporting how far it got after each chunk. */
export async function* readCsvRows(
  path: string,
  options: CsvOptions & { onProgress?: (progress: ReadProgress) => void } = {},
): AsyncGenerator<string[]> {
  const totalBytes = statSync(path).size;
  const parser = new CsvParser(options);
  // setEncoding (via `encoding`) decodes with a StringDecoder: a character split between two chunks
  // arrives whole.
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<string>) {
    yield* parser.push(chunk);
    options.onProgress?.({ bytesRead: stream.bytesRead, totalBytes });
  }
  yield* parser.end();
}

/**
 * Streams the rows of a file with a header row as records keyed by column name. Missing trailing
 * fields of a ragged row read as ''; fields beyond the header are ignored.
 */
export async function* readCsvRecords(
  path: string,
  options: CsvOptions & {
    onProgress?: (progress: ReadProgress) => void;
    requiredColumns?: readonly string[];
  } = {},
): AsyncGenerator<Record<string, string>> {
  let header: string[] | undefined;
  for await (const row of readCsvRows(path, options)) {
    if (!header) {
      header = row.map((name) => name.trim());
      const missing = (options.requiredColumns ?? []).filter((name) => !header?.includes(name));
      if (missing.length) {
        throw new CsvError(
          `${path} has no ${missing.map((name) => `"${name}"`).join(', ')} column (found: ${header.join(', ')})`,
        );
      }
      continue;
    }
    const record: Record<string, string> = {};
    header.forEach((name, index) => {
      record[name] = row[index] ?? '';
    });
    yield record;
  }
  if (!header) throw new CsvError(`${path} is empty: expected a header row`);
}
