// The prose of a document as the drafter reads it: the same length as the text, with everything that
// is not prose (code, math, HTML, link destinations, front matter, block markers) blanked out, so that
// offsets still point into the user's document.

import { parseMarkdown, sectionAt } from '../markdown/markdownStructure';
import type { Heading } from '../markdown/headings';
import { isHan } from '../text/script';

/** Stands for a unit that is not prose: no term, phrase or sentence runs across it. */
export const BREAK = '\u0000';

/**
 * Units of the document that are read at all. Past this the rest is ignored: the draft is a starting
 * point, and n-gram tables grow with the text (1 MB of prose is a long book).
 */
export const MAX_DRAFT_TEXT = 1_000_000;

export interface DraftProse {
  /** The document, cut to MAX_DRAFT_TEXT, with non-prose units replaced by BREAK. */
  prose: string;
  headings: readonly Heading[];
  /** The front matter's `title:`, if any. */
  frontTitle: string | undefined;
}

export { isHan };

export function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function hasHan(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isHan(s.charCodeAt(i))) return true;
  return false;
}

export function readProse(text: string): DraftProse {
  const source = text.length > MAX_DRAFT_TEXT ? text.slice(0, MAX_DRAFT_TEXT) : text;
  const structure = parseMarkdown(source);
  const ex = structure.excluded;
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k < ex.length; k += 2) {
    parts.push(source.slice(at, ex[k]), BREAK.repeat(ex[k + 1]! - ex[k]!));
    at = ex[k + 1]!;
  }
  parts.push(source.slice(at));
  const front = structure.blocks.find((b) => b.kind === 'frontmatter');
  return { prose: parts.join(''), headings: structure.headings, frontTitle: front ? frontMatterTitle(source.slice(front.start, front.end)) : undefined };
}

/** The value of a `title:` line of YAML front matter, quotes removed. */
function frontMatterTitle(block: string): string | undefined {
  for (const line of block.split('\n')) {
    if (!line.startsWith('title:')) continue;
    const value = line.slice(6).trim().replace(/^(["'])(.*)\1$/, '$2').trim();
    return value === '' ? undefined : value;
  }
  return undefined;
}

/** Which section (index into `sectionHeadings`, or -1 before the first) holds each offset, for ascending offsets. */
export function sectionIndexer(headings: readonly Heading[]): (offset: number) => number {
  const index = new Map(headings.map((h, i) => [h, i]));
  return (offset) => {
    const h = sectionAt(headings, offset);
    return h ? index.get(h)! : -1;
  };
}

/** Where a term was seen: how often, first where, in how many sections. */
export interface TermStat {
  count: number;
  first: number;
  spread: number;
  lastSection: number;
}

export function newStat(offset: number, section: number): TermStat {
  return { count: 1, first: offset, spread: 1, lastSection: section };
}

/** Counts one more occurrence; offsets come in ascending order, so a new section is a change of section. */
export function bump(stat: TermStat, section: number): void {
  stat.count++;
  if (section !== stat.lastSection) {
    stat.spread++;
    stat.lastSection = section;
  }
}

const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';', BREAK]);
/** How far an example sentence reaches on either side of the term. */
const EXAMPLE_REACH = 120;

/** The sentence around `offset`, markup markers and line breaks flattened, for the editor to show. */
export function exampleSentence(prose: string, offset: number, length: number): string {
  let s = offset;
  const lo = Math.max(0, offset - EXAMPLE_REACH);
  while (s > lo && !endsSentence(prose, s - 1)) s--;
  let e = offset + length;
  const hi = Math.min(prose.length, e + EXAMPLE_REACH);
  while (e < hi && !endsSentence(prose, e)) e++;
  if (e < prose.length && prose[e] !== BREAK && prose[e] !== '\n') e++;
  return prose
    .slice(s, e)
    .split(BREAK)
    .join(' ')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function endsSentence(prose: string, i: number): boolean {
  const ch = prose[i]!;
  if (SENTENCE_END.has(ch)) return true;
  if (ch === '\n') return prose[i + 1] === '\n' || prose[i - 1] === '\n';
  // A full stop ends an English sentence when a space follows (not "e.g" or "3.5").
  return ch === '.' && (i + 1 >= prose.length || prose[i + 1] === ' ' || prose[i + 1] === '\n');
}

/** Occurrences scanned at most for one marked term. */
const MAX_SCANNED = 10_000;

/**
 * Occurrences of a marked term (a heading piece, an emphasised or glossed term) that the statistics
 * did not count. Latin text matches whole words, ignoring case, with a plural "s" allowed.
 */
export function scanStat(prose: string, lowerProse: string, term: string, sectionOf: (offset: number) => number): TermStat | undefined {
  const latin = !hasHan(term);
  const hay = latin ? lowerProse : prose;
  const needle = latin ? term.toLowerCase() : term;
  let stat: TermStat | undefined;
  for (let at = hay.indexOf(needle), seen = 0; at >= 0 && seen < MAX_SCANNED; at = hay.indexOf(needle, at + 1), seen++) {
    if (latin && !wholeWord(hay, at, at + needle.length)) continue;
    if (stat) bump(stat, sectionOf(at));
    else stat = newStat(at, sectionOf(at));
  }
  return stat;
}

function wholeWord(s: string, start: number, end: number): boolean {
  const isWordAt = (i: number): boolean => i >= 0 && i < s.length && (isLatinLetter(s.charCodeAt(i)) || isDigit(s.charCodeAt(i)));
  if (isWordAt(start - 1)) return false;
  if (s[end] === 's') end++;
  return !isWordAt(end);
}
