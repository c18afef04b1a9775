// Heading text as a reader sees it (inline markup stripped), and GitHub-compatible slugs on request.

import { slug as githubSlug } from 'github-slugger';
import { Ch } from '../text/charCodes';
import type { Block } from './blocks';
import { isPathText, scanInline } from './inline';

export interface Heading {
  level: number;
  /** The heading text with inline markup stripped: `### 神奇的**涌现**` gives "神奇的涌现". */
  text: string;
  /** The whole heading, markers included. */
  start: number;
  end: number;
  /** The heading's text span in the source. */
  contentStart: number;
  contentEnd: number;
}

/** What inline markup in a heading starts with: escapes, code, math, emphasis, links, HTML, e-mail and bare URLs. */
const MAY_HOLD_MARKUP = /[\\`$*_~[\]!<@]|https?:|www\./i;

/** Strips inline Markdown from the source of one heading. */
export function stripInlineMarkup(source: string): string {
  // Most headings are plain text: nothing for the inline scanner or the marker passes to find.
  return MAY_HOLD_MARKUP.test(source) ? stripParsedMarkup(source) : source.replace(/\s+/g, ' ').trim();
}

/** stripInlineMarkup by the inline scanner and the marker passes, whatever the heading holds. */
export function stripParsedMarkup(source: string): string {
  const excluded: number[] = [];
  scanInline(source, 0, source.length, excluded);
  let out = '';
  let at = 0;
  for (let k = 0; k < excluded.length; k += 2) {
    const s = excluded[k]!;
    const e = excluded[k + 1]!;
    out += source.slice(at, s);
    const piece = source.slice(s, e);
    // Code and math keep their text, and so do URLs, file names and bare paths, which show as written
    // (GitHub's anchor keeps their letters); tags, destinations, labels and template tags do not show.
    const fence = fencedContent(piece);
    if (fence !== undefined) out += fence.trim();
    else if (/^(https?:|www\.)/i.test(piece) || isPathText(piece)) out += piece;
    at = e;
  }
  out += source.slice(at);
  // Escaped characters are literal; other markers go. Escapes are split off first so they survive.
  return out
    .split(/\\(?=[!-/:-@[-`{-~])/)
    .map((part, i) => (i === 0 ? stripMarkers(part) : part.charAt(0) + stripMarkers(part.slice(1))))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The text inside a code span or inline math (`` `…` ``, `$…$`): the piece opens and closes with runs
 * of the same length, as the inline scanner found them. Undefined for any other piece.
 */
function fencedContent(piece: string): string | undefined {
  const ch = piece.charCodeAt(0);
  if (ch !== Ch.Backtick && ch !== Ch.Dollar) return undefined;
  let run = 1;
  while (run < piece.length && piece.charCodeAt(run) === ch) run++;
  if (piece.length < 2 * run) return undefined;
  for (let k = piece.length - run; k < piece.length; k++) if (piece.charCodeAt(k) !== ch) return undefined;
  return piece.slice(run, piece.length - run);
}

function stripMarkers(s: string): string {
  return s
    .replace(/!?\[|\]/g, '')
    .replace(/[*~]+/g, '')
    .replace(/(^|[^\p{L}\p{N}])_+|_+(?=$|[^\p{L}\p{N}])/gu, '$1');
}

/**
 * Heading text past this many units is not read: no real heading is that long, and a crafted one of a
 * megabyte would otherwise go through every pass of stripping and slugging.
 */
export const MAX_HEADING_SOURCE = 4096;

/**
 * GitHub's anchors, unique within a document: a slug seen before gets `-1`, `-2`… (github-slugger's
 * numbering, kept in a Map: its object of slugs turns slow past a few hundred thousand headings).
 */
class UniqueSlugs {
  private readonly seen = new Map<string, number>();

  next(headingText: string): string {
    const base = githubSlug(headingText);
    let slug = base;
    while (this.seen.has(slug)) {
      const n = this.seen.get(base)! + 1;
      this.seen.set(base, n);
      slug = `${base}-${n}`;
    }
    this.seen.set(slug, 0);
    return slug;
  }
}

/** GitHub's anchors for a document's headings, unique within it, in order. Made only when asked for: a
 * scan does not need them. */
export function headingSlugs(headings: readonly Heading[]): string[] {
  const slugs = new UniqueSlugs();
  return headings.map((h) => slugs.next(h.text));
}

export function headingsOf(text: string, blocks: readonly Block[]): Heading[] {
  const out: Heading[] = [];
  for (const b of blocks) {
    if (b.kind !== 'heading') continue;
    const headingText = stripInlineMarkup(text.slice(b.contentStart, Math.min(b.contentEnd, b.contentStart + MAX_HEADING_SOURCE)));
    out.push({
      level: b.level,
      text: headingText,
      start: b.start,
      end: b.end,
      contentStart: b.contentStart,
      contentEnd: b.contentEnd,
    });
  }
  return out;
}
