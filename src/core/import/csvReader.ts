// RFC 4180 CSV read in one pass: fields quoted with `"` (a quote inside doubled) may hold commas and
// line breaks; records end with CRLF, LF or CR. A leading UTF-8 byte order mark is dropped. Linear in
// the text: each character is looked at once.

export interface CsvRecord {
  fields: string[];
  /** 1-based line where the record starts. */
  line: number;
}

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/** One quoted field from `i` (just after its opening quote): its value and where reading goes on. */
function quoted(text: string, start: number, state: { line: number }, startLine: number): { value: string; next: number } {
  let value = '';
  let from = start;
  let i = start;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) throw new CsvError('a quoted field is not closed by "', startLine);
    for (let k = i; k < q; k++) if (text.charCodeAt(k) === 0x0a || (text.charCodeAt(k) === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) state.line++;
    if (text.charCodeAt(q + 1) === 0x22) {
      value += text.slice(from, q + 1);
      i = from = q + 2;
      continue;
    }
    value += text.slice(from, q);
    return { value, next: q + 1 };
  }
}

/** The records of a CSV text; blank lines are records with one empty field. */
export function readCsv(input: string): CsvRecord[] {
  return [...csvRecords(input)];
}

/** The records one by one, for a reader that need not keep them all. */
export function* csvRecords(input: string): Generator<CsvRecord> {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const state = { line: 1 };
  let i = 0;
  while (i < text.length) {
    const record: CsvRecord = { fields: [], line: state.line };
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === 0x22) {
        const q = quoted(text, i + 1, state, state.line);
        value = q.value;
        i = q.next;
      } else {
        let j = i;
        while (j < text.length) {
          const c = text.charCodeAt(j);
          if (c === 0x2c || c === 0x0a || c === 0x0d) break;
          if (c === 0x22) throw new CsvError('a quote inside a field that does not start with a quote (quote the whole field and double the quote)', state.line);
          j++;
        }
        value = text.slice(i, j);
        i = j;
      }
      record.fields.push(value);
      const c = text.charCodeAt(i);
      if (c === 0x2c) {
        i++;
        continue;
      }
      if (i < text.length && c !== 0x0a && c !== 0x0d) throw new CsvError('a quoted field must end at a comma or the end of the line', state.line);
      if (c === 0x0d) {
        i++;
        if (text.charCodeAt(i) === 0x0a) i++;
        state.line++;
      } else if (c === 0x0a) {
        i++;
        state.line++;
      }
      break;
    }
    yield record;
  }
}
