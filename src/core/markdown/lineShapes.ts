// Line shapes that the block scanner tests, as loops: thematic breaks and table rows. A
// regex with a repeated group (`(?:\*[ \t]*){3,}`) keeps a backtracking entry per repetition and
// overflows its stack on a line of a few million `*`; and a list nested a thousand levels deep asks
// whether the rest of its line is a thematic break once per level.

import { Ch } from '../text/charCodes';
import { isSpaceOrTab } from '../text/chars';

function isBreakMarker(c: number): boolean {
  return c === Ch.Star || c === Ch.Hyphen || c === Ch.Underscore;
}

/**
 * Answers "is [first, lineStop) a thematic break?" for any `first` of a line in constant time, after
 * one backward pass over the line's end that is shared by every question about that line.
 */
export class ThematicBreaks {
  private lineStop = -1;
  /** From here to the line's end there are only spaces, tabs and one kind of marker. */
  private runStart = 0;
  /** The third marker from the line's end (a break needs three), or -1. */
  private third = -1;
  private marker = 0;

  constructor(private readonly text: string) {}

  at(first: number, lineStop: number): boolean {
    if (lineStop !== this.lineStop) this.measure(lineStop);
    return first >= this.runStart && first <= this.third && this.text.charCodeAt(first) === this.marker;
  }

  private measure(lineStop: number): void {
    const text = this.text;
    this.lineStop = lineStop;
    this.marker = 0;
    this.third = -1;
    let count = 0;
    let i = lineStop;
    for (; i > 0; i--) {
      const c = text.charCodeAt(i - 1);
      if (isSpaceOrTab(c)) continue;
      if (this.marker === 0 && isBreakMarker(c)) this.marker = c;
      if (c !== this.marker) break;
      if (++count === 3) this.third = i - 1;
    }
    this.runStart = i;
  }
}

function skipSpaceOrTab(text: string, i: number, stop: number): number {
  while (i < stop && isSpaceOrTab(text.charCodeAt(i))) i++;
  return i;
}

/** Whether [first, stop) is a GFM table delimiter row: `| --- | :-: |`, pipes at the ends optional. */
export function isTableDelimiterRow(text: string, first: number, stop: number): boolean {
  let i = first;
  if (text.charCodeAt(i) === Ch.Pipe) i++;
  for (;;) {
    // One cell: optional colons around at least one hyphen.
    i = skipSpaceOrTab(text, i, stop);
    if (text.charCodeAt(i) === Ch.Colon) i++;
    const dashes = i;
    while (i < stop && text.charCodeAt(i) === Ch.Hyphen) i++;
    if (i === dashes) return false;
    if (i < stop && text.charCodeAt(i) === Ch.Colon) i++;
    i = skipSpaceOrTab(text, i, stop);
    if (i >= stop) return true;
    if (text.charCodeAt(i) !== Ch.Pipe) return false;
    i = skipSpaceOrTab(text, i + 1, stop);
    if (i >= stop) return true;
  }
}

/**
 * The cells of a table row in [first, stop): how many, each passed (trimmed, when not empty) to
 * `cell`. Cells are split at pipes that are not escaped, even inside code spans, as in GFM.
 */
export function tableCells(text: string, first: number, stop: number, cell?: (start: number, end: number) => void): number {
  let i = first;
  if (text.charCodeAt(i) === Ch.Pipe) i++;
  let from = i;
  let n = 0;
  for (; i <= stop; i++) {
    const c = i < stop ? text.charCodeAt(i) : Ch.Pipe;
    if (c === Ch.Backslash && i + 1 < stop) {
      i++;
      continue;
    }
    if (c !== Ch.Pipe) continue;
    let s = from;
    let e = Math.min(i, stop);
    while (s < e && isSpaceOrTab(text.charCodeAt(s))) s++;
    while (e > s && isSpaceOrTab(text.charCodeAt(e - 1))) e--;
    // What follows the last pipe is a cell only if it holds something.
    if (i < stop || s < e) {
      n++;
      if (cell && s < e) cell(s, e);
    }
    from = i + 1;
  }
  return n;
}
