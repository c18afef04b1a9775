// A whole document scanned at once: its structure and its concept occurrences.

import { scanBlocks, type Block } from '../markdown/blocks';
import { sectionAt, structureOf, type MarkdownStructure } from '../markdown/markdownStructure';
import type { Heading } from '../markdown/headings';
import { LineIndex } from '../text/lineIndex';
import type { CompiledPack } from './compiledPack';
import { applyContext, scanBlock, type Match } from './scanner';
import { anyEndIn, candidateEnds, type CandidateEnds } from './prefilter';

export interface Occurrence {
  /** The concept's id. */
  concept: string;
  start: number;
  end: number;
  /** 0-based line and UTF-16 column of `start`. */
  line: number;
  column: number;
  /** The text as it stands in the document. */
  text: string;
  /** The heading of the section the occurrence stands in, if any. */
  section: Heading | undefined;
}

export interface DocumentScan {
  readonly structure: MarkdownStructure;
  readonly matches: readonly Match[];
  /** With `keepExclusions`: each prose block's excluded ranges, as the scanner read them. */
  readonly exclusions?: ReadonlyMap<Block, readonly number[]>;
}

/**
 * `ends`: candidateEnds() of the text, when the caller has them already (the CLI reads them from the
 * file's bytes).
 */
export function scanDocument(text: string, cp: CompiledPack, options: { keepExclusions?: boolean; ends?: CandidateEnds } = {}): DocumentScan {
  if (!options.keepExclusions) {
    // Only the blocks where a match may end are parsed inline and scanned (see prefilter.ts).
    const ends = options.ends ?? candidateEnds(text, cp);
    if (ends.length === 0) return withoutMatches(text);
    const { blocks } = scanBlocks(text);
    const matches: Match[] = [];
    for (const b of blocks) if (ends === 'all' || anyEndIn(ends, b.contentStart, b.contentEnd)) scanBlock(text, b, cp, matches);
    return { structure: structureOf(text, blocks), matches: applyContext(matches, cp) };
  }
  const { blocks } = scanBlocks(text);
  const matches: Match[] = [];
  const exclusions = new Map<Block, number[]>();
  for (const b of blocks) {
    const excluded: number[] = [];
    scanBlock(text, b, cp, matches, excluded);
    exclusions.set(b, excluded);
  }
  return { structure: structureOf(text, blocks), matches: applyContext(matches, cp), exclusions };
}

/** The scan of a document that has no match: its structure is parsed only if it is read. */
function withoutMatches(text: string): DocumentScan {
  let structure: MarkdownStructure | undefined;
  return {
    matches: [],
    get structure(): MarkdownStructure {
      return (structure ??= structureOf(text, scanBlocks(text).blocks));
    },
  };
}

/** One match as an occurrence: its concept's id, its position and its section. */
export function occurrenceOf(text: string, m: Match, headings: readonly Heading[], cp: CompiledPack, lines: LineIndex): Occurrence {
  const pos = lines.positionAt(m.start);
  return {
    concept: cp.concepts[m.concept]!.id,
    start: m.start,
    end: m.end,
    line: pos.line,
    column: pos.character,
    text: text.slice(m.start, m.end),
    section: sectionAt(headings, m.start),
  };
}

/** Resolves matches to occurrences with ids, positions and sections. */
export function toOccurrences(text: string, matches: readonly Match[], headings: readonly Heading[], cp: CompiledPack, lines = new LineIndex(text)): Occurrence[] {
  return matches.map((m) => occurrenceOf(text, m, headings, cp, lines));
}
