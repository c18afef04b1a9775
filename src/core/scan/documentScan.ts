// A whole document scanned at once: its structure and its concept occurrences.

import { scanBlocks, type Block } from '../markdown/blocks';
import { sectionAt, structureOf, type MarkdownStructure } from '../markdown/markdownStructure';
import type { Heading } from '../markdown/headings';
import { LineIndex } from '../text/lineIndex';
import type { CompiledPack } from './compiledPack';
import { scanBlock, unsupportedConcepts, type Match } from './scanner';
import { DocumentSenses } from './senses/documentSenses';
import { blockReadings } from './senses/blockReadings';
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
 * file's bytes). Only the blocks where a match may end are parsed inline and scanned (see prefilter.ts);
 * with `keepExclusions`, every block (the lint reads their excluded ranges).
 */
export function scanDocument(text: string, cp: CompiledPack, options: { keepExclusions?: boolean; ends?: CandidateEnds } = {}): DocumentScan {
  const ends: CandidateEnds = options.keepExclusions ? 'all' : (options.ends ?? candidateEnds(text, cp));
  if (ends !== 'all' && ends.length === 0) return withoutMatches(text);
  const { blocks } = scanBlocks(text);
  const matches: Match[] = [];
  const exclusions = options.keepExclusions ? new Map<Block, number[]>() : undefined;
  const senses = cp.senseRules.ambiguities.length > 0 ? new DocumentSenses(text, blocks, cp.senseRules) : undefined;
  // Read in context after every block is scanned: a name's section or document may come later.
  const readings: (readonly number[] | undefined)[] = [];
  const firsts: number[] = [];
  for (const b of blocks) {
    firsts.push(matches.length);
    if (ends !== 'all' && !anyEndIn(ends, b.contentStart, b.contentEnd)) continue;
    const excluded: number[] = [];
    scanBlock(text, b, cp, matches, excluded);
    exclusions?.set(b, excluded);
  }
  firsts.push(matches.length);
  if (senses) for (let b = 0; b < blocks.length; b++) readings.push(blockReadings(senses, b, matches, firsts[b]!, firsts[b + 1]!, 0, cp));
  const kept = keptMatches(matches, firsts, readings, cp);
  return { structure: structureOf(text, blocks), matches: kept, ...(exclusions ? { exclusions } : {}) };
}

/**
 * The matches that stand: a contextual one only where the document supports its concept (counted on
 * the names as found, as the incremental scan counts them), each with the concept it is read as.
 */
function keptMatches(matches: Match[], firsts: readonly number[], readings: readonly (readonly number[] | undefined)[], cp: CompiledPack): Match[] {
  const dropped = unsupportedConcepts(matches, cp);
  if (!dropped && readings.every((r) => r === undefined)) return matches;
  const out: Match[] = [];
  for (let b = 0; b + 1 < firsts.length; b++) {
    const r = readings[b];
    for (let k = firsts[b]!; k < firsts[b + 1]!; k++) {
      const m = matches[k]!;
      if (dropped && dropped[m.concept] === 1 && cp.surfaces[m.surface]!.contextual) continue;
      const concept = r ? r[k - firsts[b]!]! : m.concept;
      if (concept < 0) continue;
      m.concept = concept;
      out.push(m);
    }
  }
  return out;
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
