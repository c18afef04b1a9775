// The layout of a pack's JSON text: its indentation and line ends, and how a new value is written in it.

export interface PackFormat {
  insertSpaces: boolean;
  tabSize: number;
  eol: '\n' | '\r\n';
}

/** The layout new text gets when the file shows none (one line, or no indented line). */
export const DEFAULT_FORMAT: PackFormat = { insertSpaces: true, tabSize: 2, eol: '\n' };

/** Lines longer than this are broken: a value is written on one line when it fits. */
const LINE_WIDTH = 100;

/** The file's indentation (tabs or spaces, and how many) and line end, from the lines it has. */
export function detectFormat(text: string): PackFormat {
  let crlf = 0;
  let lf = 0;
  let tabs = 0;
  let spaces = 0;
  let smallest = Infinity;
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10) continue;
    if (i < text.length) {
      if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
      else lf++;
    }
    // Only the first character decides tab or space; the run of spaces gives the unit.
    const first = text.charCodeAt(lineStart);
    if (first === 9) tabs++;
    else if (first === 32) {
      let n = 0;
      while (text.charCodeAt(lineStart + n) === 32) n++;
      const rest = text.charCodeAt(lineStart + n);
      // A line of spaces only, or a continuation of a block comment, says nothing about the unit.
      if (rest !== 10 && rest !== 13 && rest !== 42 && lineStart + n < text.length) {
        spaces++;
        smallest = Math.min(smallest, n);
      }
    }
    lineStart = i + 1;
  }
  const eol = crlf > lf ? '\r\n' : lf > 0 ? '\n' : DEFAULT_FORMAT.eol;
  if (tabs > spaces) return { insertSpaces: false, tabSize: DEFAULT_FORMAT.tabSize, eol };
  const tabSize = spaces > 0 ? Math.min(8, smallest) : DEFAULT_FORMAT.tabSize;
  return { insertSpaces: true, tabSize, eol };
}

export function indentUnit(f: PackFormat): string {
  return f.insertSpaces ? ' '.repeat(f.tabSize) : '\t';
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function entries(value: object): [string, unknown][] {
  // Undefined members are left out, as JSON.stringify leaves them out.
  return Object.entries(value).filter(([, v]) => v !== undefined);
}

/** A value on one line, with a space after each comma and colon (`{"zh": "熵", "en": "entropy"}`). */
export function flatJson(value: unknown, space = ' '): string {
  if (Array.isArray(value)) return `[${value.map((v) => flatJson(v === undefined ? null : v, space)).join(',' + space)}]`;
  if (value !== null && typeof value === 'object')
    return `{${entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${space}${flatJson(v, space)}`)
      .join(',' + space)}}`;
  return JSON.stringify(value as Json) ?? 'null';
}

/**
 * A value as it is written at `indent`, after `lead` characters on its first line: on one line when it
 * fits the width (and `broken` is not asked for), else with one member on each line, each member again on
 * one line when it fits.
 */
export function renderJson(value: unknown, indent: string, lead: number, f: PackFormat, broken = false): string {
  if (value === null || typeof value !== 'object') return flatJson(value);
  const empty = Array.isArray(value) ? value.length === 0 : entries(value).length === 0;
  const flat = broken && !empty ? '' : flatJson(value);
  if (empty || (!broken && indent.length + lead + flat.length <= LINE_WIDTH)) return flat;
  const inner = indent + indentUnit(f);
  const lines = Array.isArray(value)
    ? value.map((v) => inner + renderJson(v === undefined ? null : v, inner, 0, f))
    : entries(value).map(([k, v]) => {
        const key = `${JSON.stringify(k)}: `;
        return inner + key + renderJson(v, inner, key.length, f);
      });
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return open + f.eol + lines.join(',' + f.eol) + f.eol + indent + close;
}
