// Which text tokens of a render get which annotations: the document scanned once with the scanner the
// editor uses (same exclusions, same senses, same context rules), each occurrence placed in the one
// text token that holds its whole surface, and its link decided once per concept.

import { scanDocument } from '../scan/documentScan';
import type { CompiledPack } from '../scan/compiledPack';
import type { Match } from '../scan/scanner';
import type { Heading } from '../markdown/headings';
import type { Concept } from '../pack/packTypes';
import type { Lang } from '../pack/conceptPack';
import { pick } from '../features/language';
import type { MarkdownItLike, MdToken } from './markdownItTypes';
import { headingIds } from './previewSlugs';
import { textSpans, type TextSpan } from './tokenSpans';
import { LineIndex } from '../text/lineIndex';

/** Where a concept's section is, as a link: an href the renderer can follow and the heading's text. */
export interface SectionLink {
  href: string;
  title: string;
}

/** One annotation: a range of a text token's content. */
export interface Piece {
  from: number;
  to: number;
  concept: Concept;
  /** Undefined: no link (inside an existing link, or no section to go to). */
  href: string | undefined;
  title: string;
}

export interface AnnotationInput {
  md: MarkdownItLike;
  src: string;
  tokens: readonly MdToken[];
  cp: CompiledPack;
  lang: Lang;
  /** The section outside this document (the article's), when it has no heading naming the concept. */
  sectionLink?: (concept: Concept) => SectionLink | undefined;
}

/**
 * How long a tooltip may be, in UTF-16 units. Every occurrence repeats its tooltip in the output, so a
 * pack's explanation of megabytes would make a render of a few occurrences hundreds of megabytes.
 */
export const MAX_TOOLTIP = 1000;

/**
 * Longest in-document link id kept, in UTF-16 units. Every occurrence of a concept repeats the id of
 * the heading that names it; a heading of thousands of characters (nine per Chinese character once
 * encoded) would make the output grow with occurrences times heading length.
 */
export const MAX_LINK_ID = 512;

/** The tooltip: both names, then the explanation in the reader's language, cut at MAX_TOOLTIP. */
export function tooltip(concept: Concept, lang: Lang): string {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const main = pick(concept.name, lang);
  const second = concept.name[other];
  const names = second && second !== main ? `${main} · ${second}` : main;
  // Only the part that can be shown is collapsed: the cost stays bounded whatever the pack holds.
  const explanation = pick(concept.explanation, lang).slice(0, 2 * MAX_TOOLTIP).replace(/\s+/g, ' ').trim();
  const text = explanation ? `${names} — ${explanation}` : names;
  return text.length <= MAX_TOOLTIP ? text : `${cutAt(text, MAX_TOOLTIP - 1)}…`;
}

/** The first `n` UTF-16 units of `text`, one less if that would split a surrogate pair. */
function cutAt(text: string, n: number): string {
  const c = text.charCodeAt(n - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? n - 1 : n);
}

/** The index in `srcOf` whose offset is `offset` (the first such), or -1. */
function indexOfOffset(srcOf: Int32Array, offset: number): number {
  let lo = 0;
  let hi = srcOf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (srcOf[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return srcOf[lo] === offset ? lo : -1;
}

/** For each concept: the first heading of the document holding a whole occurrence of it. */
function namingHeadings(matches: readonly Match[], headings: readonly Heading[]): Map<number, Heading> {
  const out = new Map<number, Heading>();
  let h = 0;
  for (const m of matches) {
    while (h < headings.length && headings[h]!.end <= m.start) h++;
    const heading = headings[h];
    if (heading && m.start >= heading.start && m.end <= heading.end && !out.has(m.concept)) out.set(m.concept, heading);
  }
  return out;
}

/** The preview's id of each of the scan's headings, found by the line its `heading_open` starts on. */
function idsByLine(tokens: readonly MdToken[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const [i, id] of headingIds(tokens)) {
    const map = tokens[i]!.map;
    if (map) out.set(map[0], id);
  }
  return out;
}


/** Each concept's link, decided once: a heading of this document, else the section elsewhere. */
function linkResolver(input: AnnotationInput, matches: readonly Match[], headings: readonly Heading[]): (concept: number) => SectionLink | undefined {
  const naming = namingHeadings(matches, headings);
  let ids: Map<number, string> | undefined;
  let lines: LineIndex | undefined;
  const cache = new Map<number, SectionLink | undefined>();
  return (concept) => {
    if (cache.has(concept)) return cache.get(concept);
    let link: SectionLink | undefined;
    const h = naming.get(concept);
    if (h) {
      ids ??= idsByLine(input.tokens);
      lines ??= new LineIndex(input.src);
      const id = ids.get(lines.lineAt(h.start));
      if (id !== undefined && id.length <= MAX_LINK_ID) link = { href: `#${id}`, title: h.text };
    }
    link ??= input.sectionLink?.(input.cp.concepts[concept]!);
    cache.set(concept, link);
    return link;
  };
}

/** The annotations of a render, by text token. */
export function annotate(input: AnnotationInput): Map<MdToken, Piece[]> {
  const { src, cp, lang } = input;
  const scan = scanDocument(src, cp);
  const spans = textSpans(input.md, src, input.tokens);
  const linkOf = linkResolver(input, scan.matches, scan.structure.headings);
  const out = new Map<MdToken, Piece[]>();
  const tooltips = new Map<number, string>();
  let s = 0;
  for (const m of scan.matches) {
    // Spans are in document order and do not overlap: the one that may hold the match is the first that ends past its start.
    while (s < spans.length && spanEnd(spans[s]!) <= m.start) s++;
    const span = spans[s];
    if (!span || span.srcOf[0]! > m.start || spanEnd(span) < m.end) continue;
    const from = indexOfOffset(span.srcOf, m.start);
    const to = indexOfOffset(span.srcOf, m.end);
    if (from < 0 || to <= from) continue;
    const concept = cp.concepts[m.concept]!;
    const link = span.inLink ? undefined : linkOf(m.concept);
    let title = tooltips.get(m.concept);
    if (title === undefined) tooltips.set(m.concept, (title = tooltip(concept, lang)));
    const piece: Piece = { from, to, concept, href: link?.href, title };
    const list = out.get(span.token);
    if (list) list.push(piece);
    else out.set(span.token, [piece]);
  }
  return out;
}

function spanEnd(span: TextSpan): number {
  return span.srcOf[span.srcOf.length - 1]!;
}
