// Inline regions that are not prose, inside one prose block: code spans, math, HTML tags and
// comments, autolinks, bare URLs, link destinations and reference labels. Link text, image alt text
// and emphasis stay prose.

import { isAsciiPunct, isWordUnit } from '../text/chars';

const OPEN_TAG = /<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/y;
const CLOSE_TAG = /<\/[A-Za-z][A-Za-z0-9-]*\s*>/y;
const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/y;
const EMAIL_AUTOLINK = /<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>/y;
const BARE_URL = /(?:https?:\/\/|www\.)[^\s<]*/iy;
const TRAILING_URL_PUNCT = /[?!.,:*_~'";]+$/;

function matchAt(re: RegExp, text: string, at: number, end: number): number {
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return -1;
  const stop = at + m[0].length;
  return stop <= end ? stop : -1;
}

/** The end of the HTML construct (tag, comment, declaration…) at `at`, or -1. */
export function htmlConstructEnd(text: string, at: number, end: number): number {
  const next = text.charCodeAt(at + 1);
  if (next === 33 /* ! */) {
    if (text.startsWith('<!--', at)) {
      if (text.startsWith('<!-->', at)) return at + 5;
      if (text.startsWith('<!--->', at)) return at + 6;
      const close = text.indexOf('-->', at + 4);
      return close >= 0 && close + 3 <= end ? close + 3 : -1;
    }
    if (text.startsWith('<![CDATA[', at)) {
      const close = text.indexOf(']]>', at + 9);
      return close >= 0 && close + 3 <= end ? close + 3 : -1;
    }
    if (/[A-Za-z]/.test(text.charAt(at + 2))) {
      const close = text.indexOf('>', at + 2);
      return close >= 0 && close < end ? close + 1 : -1;
    }
    return -1;
  }
  if (next === 63 /* ? */) {
    const close = text.indexOf('?>', at + 2);
    return close >= 0 && close + 2 <= end ? close + 2 : -1;
  }
  if (next === 47 /* / */) return matchAt(CLOSE_TAG, text, at, end);
  return matchAt(OPEN_TAG, text, at, end);
}

/** A bare URL (GFM autolink literal) starting at `at`, or -1. */
function bareUrlEnd(text: string, at: number, end: number): number {
  if (at > 0) {
    const prev = text.charCodeAt(at - 1);
    if (isWordUnit(prev) || prev === 47 /* / */ || prev === 64 /* @ */) return -1;
  }
  let stop = matchAt(BARE_URL, text, at, end);
  if (stop < 0) return -1;
  let url = text.slice(at, stop);
  if (url.length <= 4 || /^www\.$/i.test(url)) return -1;
  // Trailing punctuation and an unbalanced closing parenthesis are not part of the URL.
  for (;;) {
    const trimmed = url.replace(TRAILING_URL_PUNCT, '');
    let t = trimmed;
    if (t.endsWith(')')) {
      const opens = t.split('(').length - 1;
      const closes = t.split(')').length - 1;
      if (closes > opens) t = t.slice(0, -1);
    }
    if (t === url) break;
    url = t;
  }
  stop = at + url.length;
  return stop > at + 4 ? stop : -1;
}

/** The end of a run of `ch` starting at `at`. */
function runEnd(text: string, at: number, end: number, ch: number): number {
  let j = at;
  while (j < end && text.charCodeAt(j) === ch) j++;
  return j;
}

/** Finds a closing run of exactly `len` units of `ch` after `from`; returns its end, or -1. */
function closingRun(text: string, from: number, end: number, ch: number, len: number): number {
  const needle = String.fromCharCode(ch).repeat(len);
  let i = from;
  for (;;) {
    const k = text.indexOf(needle, i);
    if (k < 0 || k + len > end) return -1;
    const stop = runEnd(text, k, end, ch);
    if (stop - k === len && !(ch === 36 && text.charCodeAt(k - 1) === 92)) return stop;
    i = stop;
  }
}

/** Parses an inline link's `(destination "title")` at `at` (the `(`); returns the end past `)`, or -1. */
function linkTailEnd(text: string, at: number, end: number): number {
  let i = at + 1;
  const skipWs = (): void => {
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  skipWs();
  if (text.charCodeAt(i) === 60 /* < */) {
    i++;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === 62) break;
      if (c === 10 || c === 13 || c === 60) return -1;
      if (c === 92) i++;
      i++;
    }
    if (i >= end) return -1;
    i++;
  } else {
    let depth = 0;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === 92 && i + 1 < end && isAsciiPunct(text.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      if (c <= 32) break;
      if (c === 40) depth++;
      else if (c === 41) {
        if (depth === 0) break;
        depth--;
      }
      i++;
    }
  }
  skipWs();
  const q = text.charCodeAt(i);
  if (q === 34 || q === 39 || q === 40) {
    const closeCh = q === 40 ? 41 : q;
    i++;
    while (i < end && text.charCodeAt(i) !== closeCh) {
      if (text.charCodeAt(i) === 92) i++;
      i++;
    }
    if (i >= end) return -1;
    i++;
    skipWs();
  }
  return text.charCodeAt(i) === 41 && i < end ? i + 1 : -1;
}

/**
 * Appends the excluded ranges of the prose in [start, end) to `out` as start/end pairs, in order.
 * `htmlOnly` is for the text of an HTML block, where Markdown is not parsed: only tags, comments and
 * bare URLs are excluded there.
 */
export function scanInline(text: string, start: number, end: number, out: number[], htmlOnly = false): void {
  let i = start;
  let brackets = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    switch (c) {
      case 92 /* \ */:
        if (!htmlOnly && i + 1 < end && isAsciiPunct(text.charCodeAt(i + 1))) {
          i += 2;
          continue;
        }
        break;
      case 96 /* ` */:
      case 36 /* $ */: {
        if (htmlOnly) break;
        const stop = runEnd(text, i, end, c);
        const close = closingRun(text, stop, end, c, stop - i);
        if (close >= 0) {
          out.push(i, close);
          i = close;
        } else i = stop;
        continue;
      }
      case 60 /* < */: {
        const stop = htmlOnly
          ? htmlConstructEnd(text, i, end)
          : Math.max(matchAt(AUTOLINK, text, i, end), matchAt(EMAIL_AUTOLINK, text, i, end), htmlConstructEnd(text, i, end));
        if (stop > i) {
          out.push(i, stop);
          i = stop;
          continue;
        }
        break;
      }
      case 91 /* [ */:
        if (!htmlOnly) brackets++;
        break;
      case 93 /* ] */: {
        if (htmlOnly || brackets === 0) break;
        brackets--;
        const n = text.charCodeAt(i + 1);
        if (n === 40 /* ( */) {
          const stop = linkTailEnd(text, i + 1, end);
          if (stop > 0) {
            out.push(i + 1, stop);
            i = stop;
            continue;
          }
        } else if (n === 91 /* [ */) {
          const close = text.indexOf(']', i + 2);
          if (close > 0 && close < end && !text.slice(i + 2, close).includes('[')) {
            out.push(i + 1, close + 1);
            i = close + 1;
            continue;
          }
        }
        break;
      }
      case 104 /* h */:
      case 72 /* H */:
      case 119 /* w */:
      case 87 /* W */: {
        const stop = bareUrlEnd(text, i, end);
        if (stop > 0) {
          out.push(i, stop);
          i = stop;
          continue;
        }
        break;
      }
    }
    i++;
  }
}
