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
 * the next character shows whether it touches Chinese, and unchanged text is copied in slices.
 */
export function cueText(s: string): string {
  let out = '';
  /** Start of the text not yet copied that is copied unchanged, or -1. */
  let copyFrom = -1;
  let pendingSpace = false;
  /** Just after a line break: indentation and `>` markers belong to the break. */
  let afterBreak = false;
  let prevCjk = false;
  for (let i = 0; i < s.length; i++) {
    const raw = s.charCodeAt(i);
    const c = foldWidth(raw);
    const dropped = isEmphasisMarker(c) || (afterBreak && (c === 32 || c === 9 || c === GT));
    if (!dropped) afterBreak = c === 10;
    if (dropped || afterBreak || isJsWhitespace(c)) {
      if (copyFrom >= 0) out += s.slice(copyFrom, i);
      copyFrom = -1;
      if (!dropped) pendingSpace = true;
      continue;
    }
    const cjk = isCjk(c);
    if (pendingSpace && !prevCjk && !cjk) out += ' ';
    pendingSpace = false;
    prevCjk = cjk;
    if (c !== raw) {
      if (copyFrom >= 0) out += s.slice(copyFrom, i);
      copyFrom = -1;
      out += String.fromCharCode(c);
    } else if (copyFrom < 0) copyFrom = i;
  }
  if (copyFrom >= 0) out += s.slice(copyFrom);
  if (pendingSpace && !prevCjk) out += ' ';
  return out.toLowerCase();
}
