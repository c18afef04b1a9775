// Character classes the scanner and the Markdown parser share. Code units, not code points:
// every concept surface is in the BMP, and offsets are UTF-16 as in VS Code.

import { Ch } from './charCodes';

/** Letters and digits of scripts that separate words with spaces (Latin, Greek, Cyrillic). */
export function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xff10 && c <= 0xff19) return true; // full-width digits
  if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return true; // full-width letters
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return c >= 0x370 && c <= 0x52f;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiAlnum(c: number): boolean {
  return isAsciiDigit(c) || isAsciiLetter(c);
}

export function isSpaceOrTab(c: number): boolean {
  return c === Ch.Space || c === Ch.Tab;
}

/** ASCII punctuation, which a backslash can escape in CommonMark. */
export function isAsciiPunct(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/**
 * Folds one code unit the way matching sees it: full-width ASCII to half-width, curly apostrophes and
 * Unicode hyphens to ASCII. Case is not folded here.
 */
export function foldWidth(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000) return 32;
  if (c === 0x2019 || c === 0x2018) return 39;
  if (c === 0x2010 || c === 0x2011) return 45;
  return c;
}

/** What `\s` matches in a JavaScript regex. */
export function isJsWhitespace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The units foldWidth changes: most text has none, so a string is folded by one regex pass. */
const WIDE = /[\uff01-\uff5e\u3000\u2018\u2019\u2010\u2011]/g;

/** foldWidth applied to every unit of a string. */
export function foldWidthText(s: string): string {
  return s.replace(WIDE, (ch) => String.fromCharCode(foldWidth(ch.charCodeAt(0))));
}

/**
 * The first `n` units of `buf` as a string, in chunks that keep the argument list short. For text
 * built unit by unit: a million string pieces would keep the collector busy.
 */
export function stringOfUnits(buf: Uint16Array, n: number): string {
  let out = '';
  for (let k = 0; k < n; k += 8192) out += String.fromCharCode.apply(null, buf.subarray(k, Math.min(n, k + 8192)) as unknown as number[]);
  return out;
}
