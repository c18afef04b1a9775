// Reading one line of Markdown: where it ends, and a cursor over its leading whitespace that counts
// columns as CommonMark does (a tab advances to the next multiple of 4).

import { Ch } from '../text/charCodes';
import { isSpaceOrTab } from '../text/chars';

/** A position in a line: the offset and its column (tabs expanded to multiples of 4). When a tab is
 * only partly consumed (the optional space after `>`), `pos` stays on it and `col` is inside it. */
export interface Cursor {
  pos: number;
  col: number;
}

/** Skips spaces and tabs. */
export function skipWs(text: string, c: Cursor, to: number): void {
  let { pos, col } = c;
  for (; pos < to; pos++) {
    const u = text.charCodeAt(pos);
    if (u === Ch.Space) col++;
    else if (u === Ch.Tab) col += 4 - (col % 4);
    else break;
  }
  c.pos = pos;
  c.col = col;
}

/** Consumes `n` columns of whitespace (the caller knows there are that many). */
export function consumeCols(text: string, c: Cursor, n: number): void {
  while (n > 0) {
    const u = text.charCodeAt(c.pos);
    if (u === Ch.Tab) {
      const stop = c.col + 4 - (c.col % 4);
      if (stop - c.col <= n) {
        n -= stop - c.col;
        c.col = stop;
        c.pos++;
      } else {
        c.col += n;
        n = 0;
      }
    } else {
      c.pos++;
      c.col++;
      n--;
    }
  }
}

/** After a `>`: consumes the optional space (one column of a tab). */
export function quoteSpace(text: string, c: Cursor, to: number): void {
  const u = c.pos < to ? text.charCodeAt(c.pos) : -1;
  if (u === Ch.Space || u === Ch.Tab) consumeCols(text, c, 1);
}

export function isBlankRange(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceOrTab(text.charCodeAt(i))) return false;
  return true;
}

/** Where the line that starts at `start` ends, before its break (`\n`, `\r\n` or `\r`). */
export function lineStopOf(text: string, start: number): number {
  let i = start;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === Ch.LineFeed || c === Ch.CarriageReturn) return i;
    i++;
  }
  return n;
}

/** Where the line after the one that ends at `stop` (see lineStopOf) starts; past the text's length at its end. */
export function nextLineStart(text: string, stop: number): number {
  if (stop >= text.length) return text.length + 1;
  return text.charCodeAt(stop) === Ch.CarriageReturn && text.charCodeAt(stop + 1) === Ch.LineFeed ? stop + 2 : stop + 1;
}

/** Where the line that starts at `start` ends (before its break) and where the next one starts. */
export function lineEnd(text: string, start: number): { end: number; next: number } {
  const end = lineStopOf(text, start);
  return { end, next: nextLineStart(text, end) };
}
