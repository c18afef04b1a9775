// Raw HTML tags and autolinks, recognised by loops rather than regexes: a regex over a tag with many
// attributes keeps one backtracking entry per attribute, and overflows its stack on a long line.
// Each function reads forward once from `at` and never past `end`.

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
    if (isAsciiAlnum(c) || c === 45 /* - */) i++;
    else break;
  }
  return i;
}

function isAttributeNameStart(c: number): boolean {
  return isAsciiLetter(c) || c === 95 /* _ */ || c === 58 /* : */;
}

function isAttributeNameUnit(c: number): boolean {
  return isAsciiAlnum(c) || c === 95 || c === 46 /* . */ || c === 58 || c === 45;
}

/** An unquoted attribute value may not hold whitespace, quotes, `=`, `<`, `>` or a backtick. */
function isUnquotedValueUnit(c: number): boolean {
  return !isJsWhitespace(c) && c !== 34 && c !== 39 && c !== 61 && c !== 60 && c !== 62 && c !== 96;
}

/** Past an attribute value (`"…"`, `'…'` or unquoted) at `at`, or -1. */
function attributeValueEnd(text: string, at: number, end: number): number {
  const q = text.charCodeAt(at);
  if (q === 34 || q === 39) {
    for (let i = at + 1; i < end; i++) if (text.charCodeAt(i) === q) return i + 1;
    return -1;
  }
  let i = at;
  while (i < end && isUnquotedValueUnit(text.charCodeAt(i))) i++;
  return i > at ? i : -1;
}

/** The end of an open tag (`<name attr="v" …>` or `…/>`) at `at`, or -1. */
export function openTagEnd(text: string, at: number, end: number): number {
  if (text.charCodeAt(at) !== 60 /* < */) return -1;
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
    if (eq < end && text.charCodeAt(eq) === 61 /* = */) {
      const value = attributeValueEnd(text, skipWhitespace(text, eq + 1, end), end);
      if (value < 0) return -1;
      i = value;
    }
  }
  if (i < end && text.charCodeAt(i) === 47 /* / */) i++;
  return i < end && text.charCodeAt(i) === 62 /* > */ ? i + 1 : -1;
}

/** The end of a closing tag (`</name >`) at `at`, or -1. */
export function closeTagEnd(text: string, at: number, end: number): number {
  if (text.charCodeAt(at) !== 60 || text.charCodeAt(at + 1) !== 47) return -1;
  const name = tagNameEnd(text, at + 2, end);
  if (name < 0) return -1;
  const i = skipWhitespace(text, name, end);
  return i < end && text.charCodeAt(i) === 62 ? i + 1 : -1;
}

/** Whether [at, end) is one complete open or closing tag followed only by whitespace (an HTML block of kind 7). */
export function isCompleteTagLine(text: string, at: number, end: number): boolean {
  const stop = text.charCodeAt(at + 1) === 47 ? closeTagEnd(text, at, end) : openTagEnd(text, at, end);
  return stop >= 0 && skipWhitespace(text, stop, end) === end;
}

/** The end of a URI autolink (`<scheme:…>`, a scheme of 2–32 units) at `at`, or -1. */
export function uriAutolinkEnd(text: string, at: number, end: number): number {
  if (text.charCodeAt(at) !== 60 || !isAsciiLetter(text.charCodeAt(at + 1))) return -1;
  let i = at + 2;
  while (i < end && i - at - 1 <= 32) {
    const c = text.charCodeAt(i);
    if (isAsciiAlnum(c) || c === 43 /* + */ || c === 46 /* . */ || c === 45 /* - */) i++;
    else break;
  }
  const schemeLength = i - at - 1;
  if (schemeLength < 2 || schemeLength > 32 || i >= end || text.charCodeAt(i) !== 58 /* : */) return -1;
  for (i++; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 62) return i + 1;
    if (c === 60 || isJsWhitespace(c)) return -1;
  }
  return -1;
}

/** The characters an email autolink's local part may hold. */
function isEmailLocalUnit(c: number): boolean {
  return isAsciiAlnum(c) || (c >= 33 && c <= 47 && c !== 34 && c !== 40 && c !== 41 && c !== 44) || c === 61 || c === 63 || (c >= 94 && c <= 96) || (c >= 123 && c <= 126);
}

/** The end of an email autolink (`<local@domain.label>`, labels of at most 63 units) at `at`, or -1. */
export function emailAutolinkEnd(text: string, at: number, end: number): number {
  if (text.charCodeAt(at) !== 60) return -1;
  let i = at + 1;
  while (i < end && isEmailLocalUnit(text.charCodeAt(i))) i++;
  if (i === at + 1 || i >= end || text.charCodeAt(i) !== 64 /* @ */) return -1;
  i++;
  // Labels separated by dots: alphanumeric at both ends, hyphens inside.
  for (;;) {
    const label = i;
    while (i < end && i - label < 63 && (isAsciiAlnum(text.charCodeAt(i)) || text.charCodeAt(i) === 45)) i++;
    if (i === label || !isAsciiAlnum(text.charCodeAt(label)) || !isAsciiAlnum(text.charCodeAt(i - 1))) return -1;
    if (i >= end) return -1;
    const c = text.charCodeAt(i);
    if (c === 62) return i + 1;
    if (c !== 46) return -1;
    i++;
  }
}
