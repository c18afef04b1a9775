// `csv`: one row per occurrence, RFC 4180 (CRLF line ends, fields quoted when they hold a comma, a
// quote, CR or LF, quotes doubled), with a UTF-8 byte order mark so that Excel reads it as UTF-8 and
// keeps Chinese intact.
//
// Formula injection: a spreadsheet runs a cell that starts with = + - or @ as a formula
// (=HYPERLINK(…), =cmd|…). Document text, file names and pack text are untrusted, so such a cell gets a
// leading apostrophe, which spreadsheets read as "text" and hide; a tab or CR at the start is treated
// the same. The apostrophe stays in the file for any other reader: strip it when a cell starts with
// '= '+ '- '@ (apostrophe then one of those) if you need the raw text.

import type { ExportInput } from './exportModel';

export const CSV_HEADER = ['file', 'line', 'column', 'concept', 'name_zh', 'name_en', 'section', 'text'] as const;

const BOM = '\uFEFF';

/** One field: neutralised if a spreadsheet would run it, quoted if it needs quotes. */
export function csvField(value: string): string {
  const c = value.charAt(0);
  const safe = c === '=' || c === '+' || c === '-' || c === '@' || c === '\t' || c === '\r' ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

export function exportCsv(input: ExportInput): string {
  const byId = new Map(input.pack.concepts.map((c) => [c.id, c]));
  const parts = [BOM + csvRow(CSV_HEADER)];
  for (const o of input.occurrences) {
    const c = byId.get(o.concept);
    parts.push(csvRow([o.file, String(o.line), String(o.column), o.concept, c?.name.zh ?? '', c?.name.en ?? '', o.section ?? '', o.text]));
  }
  return parts.join('');
}
