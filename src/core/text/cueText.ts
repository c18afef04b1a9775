// Text as a sense's cues are compared with it: both the cues (when a pack is compiled) and a block's
// text (when it is scanned) go through cueText, so that the comparison is a plain substring search.

import { Ch } from './charCodes';
import { foldWidth, foldWidthText, isJsWhitespace, stringOfUnits } from './chars';

/**
 * A line break with the next line's indentation and block-quote markers. Spaces before the break are
 * left to the whitespace pass: matching them here would retry a long run of spaces at each of them.
 */
const LINE_BREAK = /\r?\n[ \t>]*/g;
const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff';
/**
 * Whitespace beside a CJK character: a wrapped Chinese line, or the optional space in "KL 散度". A run
 * is tried from its first unit only (the `(?<!\s)`): tried at every unit, a long run not followed by a
 * Chinese character would be read again from each of them.
 */
const SPACE_BY_CJK = new RegExp(`(?<=[${CJK}])\\s+|(?<!\\s)\\s+(?=[${CJK}])`, 'g');

/**
 * Width and case folded, emphasis markers dropped, a wrapped line read as one, no space beside
 * Chinese characters, and every other run of whitespace one space. Two ways to the same text: regex
 * passes, fastest on a paragraph; and one loop into a buffer for a block past 4,096 units, where a
 * pass with hundreds of thousands of matches would keep the collector busy. Both are linear.
 */
export function cueText(s: string): string {
  return s.length <= 4096 ? cueTextByPasses(s) : cueTextByUnits(s);
}

export function cueTextByPasses(s: string): string {
  return foldWidthText(s)
    .replace(/[*_~]/g, '')
    .replace(LINE_BREAK, ' ')
    .replace(SPACE_BY_CJK, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}


function isCjk(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

function isEmphasisMarker(c: number): boolean {
  return c === Ch.Star || c === Ch.Underscore || c === Ch.Tilde;
}

/** The same text in one pass: a whitespace run is held back until the next character shows whether it touches Chinese. */
export function cueTextByUnits(s: string): string {
  return foldWithOrigins(s, 0, s.length, true).folded.toLowerCase();
}

/**
 * [from, to) of `text` folded as cueText() folds it, case aside (the scanner's automaton folds case
 * itself), with the offset in `text` of each unit, so that what is found in the folded text can be
 * placed in the source. `trailingSpace`: a whitespace run at the end is kept as one space.
 */
export function foldWithOrigins(text: string, from: number, to: number, trailingSpace = false): { folded: string; origin: Int32Array } {
  const buf = new Uint16Array(to - from + 1);
  const origin = new Int32Array(to - from + 1);
  let n = 0;
  let pendingSpace = -1;
  /** Just after a line break: indentation and `>` markers belong to the break. */
  let afterBreak = false;
  let prevCjk = false;
  for (let i = from; i < to; i++) {
    const c = foldWidth(text.charCodeAt(i));
    const dropped = isEmphasisMarker(c) || (afterBreak && (c === Ch.Space || c === Ch.Tab || c === Ch.Gt));
    if (!dropped) afterBreak = c === Ch.LineFeed;
    if (dropped || afterBreak || isJsWhitespace(c)) {
      if (!dropped && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    const cjk = isCjk(c);
    if (pendingSpace >= 0 && !prevCjk && !cjk) {
      origin[n] = pendingSpace;
      buf[n++] = 32;
    }
    pendingSpace = -1;
    prevCjk = cjk;
    origin[n] = i;
    buf[n++] = c;
  }
  if (trailingSpace && pendingSpace >= 0 && !prevCjk) {
    origin[n] = pendingSpace;
    buf[n++] = 32;
  }
  return { folded: stringOfUnits(buf, n), origin };
}
