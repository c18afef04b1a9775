// GFM autolink literals: bare URLs (`https://…`, `www.…`) and bare email addresses, which are never
// prose. Each is read forward once from where it may start, and never past the range's end.

import { Ch } from '../text/charCodes';
import { isAsciiAlnum, isAsciiLetter, isJsWhitespace, isWordUnit } from '../text/chars';

/** Whether the units at `at` spell `lower` (ASCII letters, any case; other units exactly). */
function startsWithFold(text: string, at: number, lower: string): boolean {
  for (let k = 0; k < lower.length; k++) {
    const c = text.charCodeAt(at + k);
    if (c !== lower.charCodeAt(k) && (c | 32) !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/** Units that GFM trims from the end of a bare URL. */
function isTrailingUrlPunct(c: number): boolean {
  return (
    c === Ch.Question ||
    c === Ch.Exclamation ||
    c === Ch.Dot ||
    c === Ch.Comma ||
    c === Ch.Colon ||
    c === Ch.Star ||
    c === Ch.Underscore ||
    c === Ch.Tilde ||
    c === Ch.SingleQuote ||
    c === Ch.DoubleQuote ||
    c === Ch.Semicolon
  );
}

/** A bare URL (GFM autolink literal) starting at `at`, or -1. */
export function bareUrlEnd(text: string, at: number, end: number): number {
  // Cheap checks first: this runs at every word that starts with h or w.
  const www = (text.charCodeAt(at) | 32) !== Ch.LowerH;
  if (www ? !startsWithFold(text, at + 1, 'ww.') : !startsWithFold(text, at + 1, 'ttp')) return -1;
  if (at > 0) {
    const prev = text.charCodeAt(at - 1);
    if (isWordUnit(prev) || prev === Ch.Slash || prev === Ch.At) return -1;
  }
  let i = at + 4;
  if (!www) {
    if ((text.charCodeAt(i) | 32) === Ch.LowerS) i++;
    if (!text.startsWith('://', i)) return -1;
    i += 3;
  }
  // The URL runs to whitespace or `<`; one pass counts its parentheses.
  let opens = 0;
  let closes = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === Ch.Lt || isJsWhitespace(c)) break;
    if (c === Ch.LeftParen) opens++;
    else if (c === Ch.RightParen) closes++;
  }
  if (i - at <= 4) return -1;
  // Trailing punctuation and unbalanced closing parentheses are not part of the URL (GFM), read
  // backwards from its end, once.
  let stop = i;
  for (;;) {
    const c = text.charCodeAt(stop - 1);
    if (isTrailingUrlPunct(c)) stop--;
    else if (c === Ch.RightParen && closes > opens) {
      stop--;
      closes--;
    } else break;
  }
  return stop > at + 4 ? stop : -1;
}

/**
 * A bare email address (GFM autolink literal) around the `@` at `at`: [from, end) pair, or null.
 * `floor` is where the local part may start at the earliest (the end of the last excluded range).
 */
export function bareEmail(text: string, at: number, floor: number, end: number): [number, number] | null {
  let s = at;
  while (s > floor && isEmailAtext(text.charCodeAt(s - 1))) s--;
  if (s === at) return null;
  if (s > 0) {
    const prev = text.charCodeAt(s - 1);
    if (prev === Ch.Slash || isEmailAtext(prev)) return null;
  }
  let j = at + 1;
  let dot = false;
  let data = false;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === Ch.Hyphen || c === Ch.Underscore || isAsciiAlnum(c)) {
      data = true;
      j++;
    } else if (c === Ch.Dot && j + 1 < end && isAsciiAlnum(text.charCodeAt(j + 1))) {
      dot = true;
      j++;
    } else break;
  }
  return data && dot && isAsciiLetter(text.charCodeAt(j - 1)) ? [s, j] : null;
}

function isEmailAtext(c: number): boolean {
  return c === Ch.Plus || c === Ch.Hyphen || c === Ch.Dot || c === Ch.Underscore || isAsciiAlnum(c);
}
