// Inline regions that are not prose, inside one prose block: code spans, math, HTML tags and
// comments, autolinks, bare URLs, link destinations and reference labels. Link text, image alt text
// and emphasis stay prose.

import { isAsciiAlnum, isAsciiLetter, isAsciiPunct, isJsWhitespace, isWordUnit } from '../text/chars';
import { closeTagEnd, emailAutolinkEnd, openTagEnd, uriAutolinkEnd } from './htmlSyntax';
import { LinkDestinations } from './linkDestinations';

/**
 * Closers (`-->`, `]]>`, `?>`, `>`) known to be missing from the rest of a range: an unclosed
 * comment searched once is not searched again for every later `<!--` of the same range.
 */
interface Unclosed {
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

function htmlEnd(text: string, at: number, end: number, unclosed: Unclosed): number {
  const next = text.charCodeAt(at + 1);
  if (next === 33 /* ! */) {
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
  if (next === 63 /* ? */) {
    if (unclosed.pi) return -1;
    const close = findWithin(text, '?>', at + 2, end);
    if (close < 0) unclosed.pi = true;
    return close >= 0 ? close + 2 : -1;
  }
  if (next === 47 /* / */) return closeTagEnd(text, at, end);
  return openTagEnd(text, at, end);
}

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
  return c === 63 || c === 33 || c === 46 || c === 44 || c === 58 || c === 42 || c === 95 || c === 126 || c === 39 || c === 34 || c === 59;
}

/** A bare URL (GFM autolink literal) starting at `at`, or -1. */
function bareUrlEnd(text: string, at: number, end: number): number {
  // Cheap checks first: this runs at every word that starts with h or w.
  const www = (text.charCodeAt(at) | 32) !== 104;
  if (www ? !startsWithFold(text, at + 1, 'ww.') : !startsWithFold(text, at + 1, 'ttp')) return -1;
  if (at > 0) {
    const prev = text.charCodeAt(at - 1);
    if (isWordUnit(prev) || prev === 47 /* / */ || prev === 64 /* @ */) return -1;
  }
  let i = at + 4;
  if (!www) {
    if ((text.charCodeAt(i) | 32) === 115 /* s */) i++;
    if (!text.startsWith('://', i)) return -1;
    i += 3;
  }
  // The URL runs to whitespace or `<`; one pass counts its parentheses.
  let opens = 0;
  let closes = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 60 /* < */ || isJsWhitespace(c)) break;
    if (c === 40) opens++;
    else if (c === 41) closes++;
  }
  if (i - at <= 4) return -1;
  // Trailing punctuation and unbalanced closing parentheses are not part of the URL (GFM), read
  // backwards from its end, once.
  let stop = i;
  for (;;) {
    const c = text.charCodeAt(stop - 1);
    if (isTrailingUrlPunct(c)) stop--;
    else if (c === 41 && closes > opens) {
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
function bareEmail(text: string, at: number, floor: number, end: number): [number, number] | null {
  let s = at;
  while (s > floor && isEmailAtext(text.charCodeAt(s - 1))) s--;
  if (s === at) return null;
  if (s > 0) {
    const prev = text.charCodeAt(s - 1);
    if (prev === 47 /* / */ || isEmailAtext(prev)) return null;
  }
  let j = at + 1;
  let dot = false;
  let data = false;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === 45 || c === 95 || isAsciiAlnum(c)) {
      data = true;
      j++;
    } else if (c === 46 /* . */ && j + 1 < end && isAsciiAlnum(text.charCodeAt(j + 1))) {
      dot = true;
      j++;
    } else break;
  }
  return data && dot && isAsciiLetter(text.charCodeAt(j - 1)) ? [s, j] : null;
}

function isEmailAtext(c: number): boolean {
  return c === 43 || c === 45 || c === 46 || c === 95 || isAsciiAlnum(c);
}

/** The end of a run of `ch` starting at `at`. */
function runEnd(text: string, at: number, end: number, ch: number): number {
  let j = at;
  while (j < end && text.charCodeAt(j) === ch) j++;
  return j;
}

/**
 * The runs of one character (backticks or `$`) in a range, by length, for finding closing runs. Built
 * once, on the first opening run, so that runs of many different lengths cost one pass, not one pass
 * each. An escaped `$` run does not close math.
 */
class ClosingRuns {
  private readonly starts = new Map<number, number[]>();
  /** Per length, the index of the first run that may still close (queries come in text order). */
  private readonly next = new Map<number, number>();

  constructor(text: string, from: number, end: number, ch: number) {
    let i = from;
    while (i < end) {
      if (text.charCodeAt(i) !== ch) {
        i++;
        continue;
      }
      const stop = runEnd(text, i, end, ch);
      if (!(ch === 36 && text.charCodeAt(i - 1) === 92)) {
        const list = this.starts.get(stop - i);
        if (list) list.push(i);
        else this.starts.set(stop - i, [i]);
      }
      i = stop;
    }
  }

  /** The end of the first run of exactly `len` units at or after `from`, or -1. */
  closing(from: number, len: number): number {
    const list = this.starts.get(len);
    if (!list) return -1;
    let k = this.next.get(len) ?? 0;
    while (k < list.length && list[k]! < from) k++;
    this.next.set(len, k);
    return k < list.length ? list[k]! + len : -1;
  }
}

/**
 * Where link titles were found unclosed, by closing character: a title that opens later with the
 * same character cannot close either (the same text lies ahead of it), so it is not searched again.
 */
type UnclosedTitles = Map<number, number>;

/** Parses an inline link's `(destination "title")` at `at` (the `(`); returns the end past `)`, or -1. */
function linkTailEnd(text: string, at: number, end: number, destinations: LinkDestinations, unclosedTitles: UnclosedTitles): number {
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
    i = destinations.endOf(i);
    if (i < 0) return -1;
  }
  skipWs();
  const q = text.charCodeAt(i);
  if (q === 34 || q === 39 || q === 40) {
    const closeCh = q === 40 ? 41 : q;
    i++;
    if (i >= (unclosedTitles.get(closeCh) ?? end)) return -1;
    const titleStart = i;
    while (i < end && text.charCodeAt(i) !== closeCh) {
      if (text.charCodeAt(i) === 92) i++;
      i++;
    }
    if (i >= end) {
      unclosedTitles.set(closeCh, titleStart);
      return -1;
    }
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
  /** The end of the last range pushed: an email's local part starts no earlier. */
  let floor = start;
  let backtickRuns: ClosingRuns | undefined;
  let dollarRuns: ClosingRuns | undefined;
  const unclosedTitles: UnclosedTitles = new Map();
  let destinations: LinkDestinations | undefined;
  const unclosed: Unclosed = { comment: false, cdata: false, pi: false, decl: false };
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
        const runs = c === 96 ? (backtickRuns ??= new ClosingRuns(text, stop, end, c)) : (dollarRuns ??= new ClosingRuns(text, stop, end, c));
        const close = runs.closing(stop, stop - i);
        if (close >= 0) {
          out.push(i, close);
          floor = close;
          i = close;
        } else i = stop;
        continue;
      }
      case 60 /* < */: {
        const stop = htmlOnly
          ? htmlEnd(text, i, end, unclosed)
          : Math.max(uriAutolinkEnd(text, i, end), emailAutolinkEnd(text, i, end), htmlEnd(text, i, end, unclosed));
        if (stop > i) {
          out.push(i, stop);
          floor = stop;
          i = stop;
          continue;
        }
        if (htmlOnly && text.startsWith('<!--', i)) {
          // In an HTML block, an unclosed comment hides the rest of it.
          out.push(i, end);
          floor = end;
          i = end;
          continue;
        }
        break;
      }
      case 91 /* [ */: {
        if (htmlOnly) break;
        // A footnote call, `[^label]`: the label is a name, not prose.
        if (text.charCodeAt(i + 1) === 94 /* ^ */) {
          const close = labelEnd(text, i + 2, end, true);
          if (close > i + 2) {
            out.push(i, close + 1);
            floor = close + 1;
            i = close + 1;
            continue;
          }
        }
        // A wiki link with a label, `[[target|label]]` (Obsidian, Foam): the target is a name, like a
        // link destination; the label is what the reader sees, prose.
        if (text.charCodeAt(i + 1) === 91 /* [ */) {
          const pipe = wikiLinkPipe(text, i + 2, end);
          if (pipe > 0) {
            out.push(i, pipe + 1);
            floor = pipe + 1;
            i = pipe + 1;
            continue;
          }
        }
        brackets++;
        break;
      }
      case 93 /* ] */: {
        if (htmlOnly || brackets === 0) break;
        brackets--;
        const n = text.charCodeAt(i + 1);
        if (n === 40 /* ( */) {
          const stop = linkTailEnd(text, i + 1, end, (destinations ??= new LinkDestinations(text, start, end)), unclosedTitles);
          if (stop > 0) {
            out.push(i + 1, stop);
            floor = stop;
            i = stop;
            continue;
          }
        } else if (n === 91 /* [ */) {
          const close = labelEnd(text, i + 2, end, false);
          if (close > 0) {
            out.push(i + 1, close + 1);
            floor = close + 1;
            i = close + 1;
            continue;
          }
        }
        break;
      }
      case 64 /* @ */: {
        if (htmlOnly) break;
        const email = bareEmail(text, i, floor, end);
        if (email) {
          out.push(email[0], email[1]);
          floor = email[1];
          i = email[1];
          continue;
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
          floor = stop;
          i = stop;
          continue;
        }
        break;
      }
    }
    i++;
  }
}

/**
 * The `]` that ends a link label (or, with `footnote`, a footnote label: no whitespace) starting at
 * `from`, within 999 units and the range; -1 if there is none or the label holds a `[`.
 */
/** In `[[target|label]]` from just after `[[`: the offset of the `|`, or -1 if this is no labelled wiki link on one line. */
function wikiLinkPipe(text: string, from: number, end: number): number {
  let pipe = -1;
  for (let j = from; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13 || c === 91 /* [ */) return -1;
    if (c === 124 /* | */ && pipe < 0) pipe = j;
    else if (c === 93 /* ] */) return text.charCodeAt(j + 1) === 93 && pipe > from ? pipe : -1;
  }
  return -1;
}

function labelEnd(text: string, from: number, end: number, footnote: boolean): number {
  const stop = Math.min(end, from + 1000);
  for (let k = from; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (c === 93 /* ] */) return k;
    if (c === 91 /* [ */) return -1;
    if (c === 92 /* \ */) k++;
    else if (footnote && (c === 32 || c === 9 || c === 10 || c === 13)) return -1;
  }
  return -1;
}
