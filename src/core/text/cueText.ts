// Text as a sense's cues are compared with it: both the cues (when a pack is compiled) and a block's
// text (when it is scanned) go through cueText, so that the comparison is a plain substring search.

import { foldWidth, isJsWhitespace } from './chars';

const GT = 62;

function isCjk(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

function isEmphasisMarker(c: number): boolean {
  return c === 42 /* * */ || c === 95 /* _ */ || c === 126 /* ~ */;
}

/**
 * Width and case folded, emphasis markers dropped, a wrapped line read as one (with the next line's
 * block-quote markers), no space beside Chinese characters, and every other run of whitespace one
 * space. One pass, no regex, so a long run costs its length once: a whitespace run is held back until
 * the next character shows whether it touches Chinese. The units go to a buffer, not to string pieces
 * (a block of a million short words would be a million pieces for the collector).
 */
export function cueText(s: string): string {
  const buf = new Uint16Array(s.length);
  let n = 0;
  let pendingSpace = false;
  /** Just after a line break: indentation and `>` markers belong to the break. */
  let afterBreak = false;
  let prevCjk = false;
  for (let i = 0; i < s.length; i++) {
    const c = foldWidth(s.charCodeAt(i));
    const dropped = isEmphasisMarker(c) || (afterBreak && (c === 32 || c === 9 || c === GT));
    if (!dropped) afterBreak = c === 10;
    if (dropped || afterBreak || isJsWhitespace(c)) {
      if (!dropped) pendingSpace = true;
      continue;
    }
    const cjk = isCjk(c);
    if (pendingSpace && !prevCjk && !cjk) buf[n++] = 32;
    pendingSpace = false;
    prevCjk = cjk;
    buf[n++] = c;
  }
  if (pendingSpace && !prevCjk) buf[n++] = 32;
  return unitsToString(buf, n).toLowerCase();
}

/** The first `n` units of `buf` as a string, in chunks that keep the argument list short. */
function unitsToString(buf: Uint16Array, n: number): string {
  let out = '';
  for (let k = 0; k < n; k += 8192) out += String.fromCharCode(...buf.subarray(k, Math.min(n, k + 8192)));
  return out;
}
