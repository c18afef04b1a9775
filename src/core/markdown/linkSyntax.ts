// The parts of links that are names, not prose: an inline link's `(destination "title")`, a
// reference's `[label]`, a footnote call's label and a wiki link's target.

import { Ch } from '../text/charCodes';
import type { LinkDestinations } from './linkDestinations';

/**
 * Where link titles were found unclosed, by closing character: a title that opens later with the
 * same character cannot close either (the same text lies ahead of it), so it is not searched again.
 */
export type UnclosedTitles = Map<number, number>;

function isLinkWhitespace(c: number): boolean {
  return c === Ch.Space || c === Ch.Tab || c === Ch.LineFeed || c === Ch.CarriageReturn;
}

/** Past the spaces, tabs and line breaks at `i`. */
function skipLinkWhitespace(text: string, i: number, end: number): number {
  while (i < end && isLinkWhitespace(text.charCodeAt(i))) i++;
  return i;
}

/** Past a `<…>` destination at `i` (the `<`), or -1. */
function bracketedDestinationEnd(text: string, i: number, end: number): number {
  i++;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === Ch.Gt) break;
    if (c === Ch.LineFeed || c === Ch.CarriageReturn || c === Ch.Lt) return -1;
    if (c === Ch.Backslash) i++;
    i++;
  }
  return i >= end ? -1 : i + 1;
}

/** Past a link title at `i` (its opening quote or parenthesis), or -1. */
function titleEnd(text: string, i: number, end: number, unclosedTitles: UnclosedTitles): number {
  const q = text.charCodeAt(i);
  const closeCh = q === Ch.LeftParen ? Ch.RightParen : q;
  i++;
  if (i >= (unclosedTitles.get(closeCh) ?? end)) return -1;
  const titleStart = i;
  while (i < end && text.charCodeAt(i) !== closeCh) {
    if (text.charCodeAt(i) === Ch.Backslash) i++;
    i++;
  }
  if (i >= end) {
    unclosedTitles.set(closeCh, titleStart);
    return -1;
  }
  return i + 1;
}

/** Parses an inline link's `(destination "title")` at `at` (the `(`); returns the end past `)`, or -1. */
export function linkTailEnd(text: string, at: number, end: number, destinations: LinkDestinations, unclosedTitles: UnclosedTitles): number {
  let i = skipLinkWhitespace(text, at + 1, end);
  i = text.charCodeAt(i) === Ch.Lt ? bracketedDestinationEnd(text, i, end) : destinations.endOf(i);
  if (i < 0) return -1;
  i = skipLinkWhitespace(text, i, end);
  const q = text.charCodeAt(i);
  if (q === Ch.DoubleQuote || q === Ch.SingleQuote || q === Ch.LeftParen) {
    i = titleEnd(text, i, end, unclosedTitles);
    if (i < 0) return -1;
    i = skipLinkWhitespace(text, i, end);
  }
  return text.charCodeAt(i) === Ch.RightParen && i < end ? i + 1 : -1;
}

/** In `[[target|label]]` from just after `[[`: the offset of the `|`, or -1 if this is no labelled wiki link on one line. */
export function wikiLinkPipe(text: string, from: number, end: number): number {
  let pipe = -1;
  for (let j = from; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === Ch.LineFeed || c === Ch.CarriageReturn || c === Ch.LeftBracket) return -1;
    if (c === Ch.Pipe && pipe < 0) pipe = j;
    else if (c === Ch.RightBracket) return text.charCodeAt(j + 1) === Ch.RightBracket && pipe > from ? pipe : -1;
  }
  return -1;
}

/** In `![[file]]` from just after `[[`: the offset after `]]`, or -1 if the embed is empty, holds a `[` or a lone `]`, or does not close on its line. */
export function wikiEmbedEnd(text: string, from: number, end: number): number {
  for (let j = from; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === Ch.LineFeed || c === Ch.CarriageReturn || c === Ch.LeftBracket) return -1;
    if (c === Ch.RightBracket) return j > from && text.charCodeAt(j + 1) === Ch.RightBracket && j + 1 < end ? j + 2 : -1;
  }
  return -1;
}

/**
 * The `]` that ends a link label (or, with `footnote`, a footnote label: no whitespace) starting at
 * `from`, within 999 units and the range; -1 if there is none or the label holds a `[`.
 */
export function labelEnd(text: string, from: number, end: number, footnote: boolean): number {
  const stop = Math.min(end, from + 1000);
  for (let k = from; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (c === Ch.RightBracket) return k;
    if (c === Ch.LeftBracket) return -1;
    if (c === Ch.Backslash) k++;
    else if (footnote && isLinkWhitespace(c)) return -1;
  }
  return -1;
}
