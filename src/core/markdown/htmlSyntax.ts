// Raw HTML (tags, comments, processing instructions, declarations, CDATA) and autolinks, recognised
// by loops rather than regexes: a regex over a tag with many attributes keeps one backtracking entry
// per attribute, and overflows its stack on a long line.
// Each function reads forward once from `at` and never past `end`.

import { Ch } from '../text/charCodes';
import { isAsciiAlnum, isAsciiLetter, isJsWhitespace } from '../text/chars';

/** Past the whitespace at `at`. */
function skipWhitespace(text: string, at: number, end: number): number {
  while (at < end && isJsWhitespace(text.charCodeAt(at))) at++;
  return at;
}

/** Past a tag name (`[A-Za-z][A-Za-z0-9-]*`) at `at`, or -1. */
function tagNameEnd(text: string, at: number, end: number): number {
  if (at >= end || !isAsciiLetter(text.charCodeAt(at))) return -1;
  let i = at + 1;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isAsciiAlnum(c) || c === Ch.Hyphen) i++;
    else break;
  }
  return i;
}

function isAttributeNameStart(c: number): boolean {
  return isAsciiLetter(c) || c === Ch.Underscore || c === Ch.Colon;
}

function isAttributeNameUnit(c: number): boolean {
  return isAsciiAlnum(c) || c === Ch.Underscore || c === Ch.Dot || c === Ch.Colon || c === Ch.Hyphen;
}

/** An unquoted attribute value may not hold whitespace, quotes, `=`, `<`, `>` or a backtick. */
function isUnquotedValueUnit(c: number): boolean {
  return !isJsWhitespace(c) && c !== Ch.DoubleQuote && c !== Ch.SingleQuote && c !== Ch.Equals && c !== Ch.Lt && c !== Ch.Gt && c !== Ch.Backtick;
}

/** Past an attribute value (`"…"`, `'…'` or unquoted) at `at`, or -1. */
function attributeValueEnd(text: string, at: number, end: number): number {
  const q = text.charCodeAt(at);
  if (q === Ch.DoubleQuote || q === Ch.SingleQuote) {
    for (let i = at + 1; i < end; i++) if (text.charCodeAt(i) === q) return i + 1;
    return -1;
  }
  let i = at;
  while (i < end && isUnquotedValueUnit(text.charCodeAt(i))) i++;
  return i > at ? i : -1;
}

/** The end of an open tag (`<name attr="v" …>` or `…/>`) at `at`, or -1. */
export function openTagEnd(text: string, at: number, end: number): number {
  if (text.charCodeAt(at) !== Ch.Lt) return -1;
  let i = tagNameEnd(text, at + 1, end);
  if (i < 0) return -1;
  for (;;) {
    const afterSpace = skipWhitespace(text, i, end);
    if (afterSpace === i || !isAttributeNameStart(text.charCodeAt(afterSpace))) {
      i = afterSpace;
      break;
    }
    i = afterSpace + 1;
    while (i < end && isAttributeNameUnit(text.charCodeAt(i))) i++;
    const eq = skipWhitespace(text, i, end);
    if (eq < end && text.charCodeAt(eq) === Ch.Equals) {
      const value = attributeValueEnd(text, skipWhitespace(text, eq + 1, end), end);
      if (value < 0) return -1;
      i = value;
    }
  }
  if (i < end && text.charCodeAt(i) === Ch.Slash) i++;
  return i < end && text.charCodeAt(i) === Ch.Gt ? i + 1 : -1;
}

/** The end of a closing tag (`</name >`) at `at`, or -1. */
export function closeTagEnd(text: string, at: number, end: number): number {
  if (text.charCodeAt(at) !== Ch.Lt || text.charCodeAt(at + 1) !== Ch.Slash) return -1;
  const name = tagNameEnd(text, at + 2, end);
  if (name < 0) return -1;
  const i = skipWhitespace(text, name, end);
  return i < end && text.charCodeAt(i) === Ch.Gt ? i + 1 : -1;
}

/** Whether [at, end) is one complete open or closing tag followed only by whitespace (an HTML block of kind 7). */
export function isCompleteTagLine(text: string, at: number, end: number): boolean {
  const stop = text.charCodeAt(at + 1) === Ch.Slash ? closeTagEnd(text, at, end) : openTagEnd(text, at, end);
  return stop >= 0 && skipWhitespace(text, stop, end) === end;
}

/** The end of a URI autolink (`<scheme:…>`, a scheme of 2–32 units) at `at`, or -1. */
export function uriAutolinkEnd(text: string, at: number, end: number): number {
  if (text.charCodeAt(at) !== Ch.Lt || !isAsciiLetter(text.charCodeAt(at + 1))) return -1;
  let i = at + 2;
  while (i < end && i - at - 1 <= 32) {
    const c = text.charCodeAt(i);
    if (isAsciiAlnum(c) || c === Ch.Plus || c === Ch.Dot || c === Ch.Hyphen) i++;
    else break;
  }
  const schemeLength = i - at - 1;
  if (schemeLength < 2 || schemeLength > 32 || i >= end || text.charCodeAt(i) !== Ch.Colon) return -1;
  for (i++; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === Ch.Gt) return i + 1;
    if (c === Ch.Lt || isJsWhitespace(c)) return -1;
  }
  return -1;
}

/** The characters an email autolink's local part may hold. */
function isEmailLocalUnit(c: number): boolean {
  return (
    isAsciiAlnum(c) ||
    (c >= Ch.Exclamation && c <= Ch.Slash && c !== Ch.DoubleQuote && c !== Ch.LeftParen && c !== Ch.RightParen && c !== Ch.Comma) ||
    c === Ch.Equals ||
    c === Ch.Question ||
    (c >= Ch.Caret && c <= Ch.Backtick) ||
    (c >= Ch.LeftBrace && c <= Ch.Tilde)
  );
}

/** The end of an email autolink (`<local@domain.label>`, labels of at most 63 units) at `at`, or -1. */
export function emailAutolinkEnd(text: string, at: number, end: number): number {
  if (text.charCodeAt(at) !== Ch.Lt) return -1;
  let i = at + 1;
  while (i < end && isEmailLocalUnit(text.charCodeAt(i))) i++;
  if (i === at + 1 || i >= end || text.charCodeAt(i) !== Ch.At) return -1;
  i++;
  // Labels separated by dots: alphanumeric at both ends, hyphens inside.
  for (;;) {
    const label = i;
    while (i < end && i - label < 63 && (isAsciiAlnum(text.charCodeAt(i)) || text.charCodeAt(i) === Ch.Hyphen)) i++;
    if (i === label || !isAsciiAlnum(text.charCodeAt(label)) || !isAsciiAlnum(text.charCodeAt(i - 1))) return -1;
    if (i >= end) return -1;
    const c = text.charCodeAt(i);
    if (c === Ch.Gt) return i + 1;
    if (c !== Ch.Dot) return -1;
    i++;
  }
}

/**
 * Closers (`-->`, `]]>`, `?>`, `>`) known to be missing from the rest of a range: an unclosed
 * comment searched once is not searched again for every later `<!--` of the same range.
 */
export interface Unclosed {
  comment: boolean;
  cdata: boolean;
  pi: boolean;
  decl: boolean;
}

/** `needle` in [from, end), or -1. It does not look past `end` (`indexOf` would, to the text's end). */
function findWithin(text: string, needle: string, from: number, end: number): number {
  const c = needle.charCodeAt(0);
  const last = end - needle.length;
  for (let k = from; k <= last; k++) if (text.charCodeAt(k) === c && text.startsWith(needle, k)) return k;
  return -1;
}

/** The end of a comment, CDATA section or declaration at `at` (`<!`), or -1. */
function bangEnd(text: string, at: number, end: number, unclosed: Unclosed): number {
  if (text.startsWith('<!--', at)) {
    if (text.startsWith('<!-->', at)) return at + 5;
    if (text.startsWith('<!--->', at)) return at + 6;
    if (unclosed.comment) return -1;
    const close = findWithin(text, '-->', at + 4, end);
    if (close < 0) unclosed.comment = true;
    return close >= 0 ? close + 3 : -1;
  }
  if (text.startsWith('<![CDATA[', at)) {
    if (unclosed.cdata) return -1;
    const close = findWithin(text, ']]>', at + 9, end);
    if (close < 0) unclosed.cdata = true;
    return close >= 0 ? close + 3 : -1;
  }
  if (isAsciiLetter(text.charCodeAt(at + 2))) {
    if (unclosed.decl) return -1;
    const close = findWithin(text, '>', at + 2, end);
    if (close < 0) unclosed.decl = true;
    return close >= 0 ? close + 1 : -1;
  }
  return -1;
}

/** The end of the inline raw HTML (a tag, comment, processing instruction, declaration or CDATA section) at `at`, or -1. */
export function inlineHtmlEnd(text: string, at: number, end: number, unclosed: Unclosed): number {
  const next = text.charCodeAt(at + 1);
  if (next === Ch.Exclamation) return bangEnd(text, at, end, unclosed);
  if (next === Ch.Question) {
    if (unclosed.pi) return -1;
    const close = findWithin(text, '?>', at + 2, end);
    if (close < 0) unclosed.pi = true;
    return close >= 0 ? close + 2 : -1;
  }
  if (next === Ch.Slash) return closeTagEnd(text, at, end);
  return openTagEnd(text, at, end);
}
