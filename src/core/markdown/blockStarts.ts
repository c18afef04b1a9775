// What a line's first characters open: fences, ATX headings, list item markers, and whether a line
// interrupts a paragraph. Each reads forward from the line's first non-blank unit.

import { Ch } from '../text/charCodes';
import { isAsciiDigit, isSpaceOrTab } from '../text/chars';
import { htmlBlockStart, HtmlBlock } from './htmlBlocks';
import type { ThematicBreaks } from './lineShapes';
import { lineEnd } from './lineCursor';
import { FOOTNOTE_DEF } from './referenceDefinitions';

/**
 * The length of the code fence (three or more backticks or tildes) at `at`, or 0. A backtick fence's
 * info string may not hold a backtick. The fence character is the one at `at`.
 */
export function fenceLength(text: string, at: number, to: number): number {
  const ch = text.charCodeAt(at);
  if (ch !== Ch.Backtick && ch !== Ch.Tilde) return 0;
  let j = at;
  while (j < to && text.charCodeAt(j) === ch) j++;
  const len = j - at;
  if (len < 3) return 0;
  if (ch === Ch.Backtick && text.slice(j, to).includes('`')) return 0;
  return len;
}

/** The level of an ATX heading opening at `first` (one to six `#` before a space, a tab or the line's end), or 0. */
export function atxLevel(text: string, first: number, lineStop: number): number {
  let i = first;
  while (i < lineStop && i - first < 7 && text.charCodeAt(i) === Ch.Hash) i++;
  const level = i - first;
  return level <= 6 && (i >= lineStop || isSpaceOrTab(text.charCodeAt(i))) ? level : 0;
}

/**
 * The length of a list item marker at `first` (`-`, `+`, `*`, or up to nine digits and `.` or `)`,
 * followed by a space, a tab or the line's end), or -1; -1 also when the line is a thematic break.
 */
export function listMarkerLength(text: string, first: number, lineStop: number, isThematic: boolean): number {
  const c0 = text.charCodeAt(first);
  let end: number;
  if (c0 === Ch.Hyphen || c0 === Ch.Plus || c0 === Ch.Star) {
    if ((c0 === Ch.Star || c0 === Ch.Hyphen) && isThematic) return -1;
    end = first + 1;
  } else {
    let i = first;
    while (i < lineStop && i - first < 9 && isAsciiDigit(text.charCodeAt(i))) i++;
    const mark = text.charCodeAt(i);
    if (i === first || i >= lineStop || (mark !== Ch.Dot && mark !== Ch.RightParen)) return -1;
    end = i + 1;
  }
  return end >= lineStop || isSpaceOrTab(text.charCodeAt(end)) ? end - first : -1;
}

/** Whether the line at `first` (`rest` is the line from there) starts a leaf block that interrupts a paragraph. */
export function startsBlock(text: string, first: number, lineStop: number, rest: string, thematic: ThematicBreaks): boolean {
  const c0 = text.charCodeAt(first);
  return (
    (c0 === Ch.Hash && /^#{1,6}(?:[ \t]|$)/.test(rest)) ||
    fenceLength(text, first, lineStop) !== 0 ||
    (c0 === Ch.Dollar && rest.startsWith('$$')) ||
    (c0 === Ch.Lt && htmlBlockStart(rest, true) !== HtmlBlock.None) ||
    thematic.at(first, lineStop)
  );
}

/** Whether the line at `first` opens a container (outside the paragraph's own ones, so any list item). */
export function startsContainer(text: string, first: number, lineStop: number, rest: string, isThematic: boolean): boolean {
  const c0 = text.charCodeAt(first);
  return c0 === Ch.Gt || listMarkerLength(text, first, lineStop, isThematic) > 0 || (c0 === Ch.LeftBracket && FOOTNOTE_DEF.test(rest));
}

/** Front matter at the very start (after a BOM): YAML `---` or TOML `+++`. Returns its end, or -1. */
export function frontMatterEnd(text: string): number {
  const first = text.charCodeAt(0) === Ch.Bom ? 1 : 0;
  const { end, next } = lineEnd(text, first);
  const opener = text.slice(first, end).trimEnd();
  if (opener !== '---' && opener !== '+++') return -1;
  let at = next;
  while (at <= text.length) {
    const line = lineEnd(text, at);
    const body = text.slice(at, line.end).trimEnd();
    if (body === opener || (opener === '---' && body === '...')) return line.end;
    if (line.next > text.length) break;
    at = line.next;
  }
  return -1;
}
