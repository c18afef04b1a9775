// A whole document scanned at once: its structure and its concept occurrences.

import { scanBlocks, type Block } from '../markdown/blocks';
import { sectionAt, structureOf, type MarkdownStructure } from '../markdown/markdownStructure';
import type { Heading } from '../markdown/headings';
import { LineIndex } from '../text/lineIndex';
import type { CompiledPack } from './compiledPack';
import { scanBlock, unsupportedConcepts, type Match } from './scanner';
import { DocumentSenses } from './senses/documentSenses';
import type { ScannedRanges } from './senses/blockCues';
import { conceptOfReading, isEvidenced, readConcept } from './senses/blockReadings';
import { writerChoices } from './senses/writerChoices';
import { candidateEnds, EVERY_BLOCK, mayMatchIn, noCandidate, type CandidateEnds } from './prefilter';

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
  const ends: CandidateEnds = options.keepExclusions ? EVERY_BLOCK : (options.ends ?? candidateEnds(text, cp));
  if (noCandidate(ends)) return withoutMatches(text);
  const { blocks } = scanBlocks(text);
  const matches: Match[] = [];
  const exclusions = options.keepExclusions ? new Map<Block, number[]>() : undefined;
  // The excluded ranges each block's scan reads, kept for the cue pass, which would otherwise parse the block again.
  const scanned: ScannedRanges | undefined = cp.senseRules.ambiguities.length > 0 ? { ranges: [], at: new Int32Array(2 * blocks.length).fill(-1) } : undefined;
  // A slot for every block up front: filled out of order, a growing array would go sparse.
  const slots = scanned ? new Array<undefined>(blocks.length).fill(undefined) : [];
  const senses = scanned ? new DocumentSenses(text, blocks, cp.senseRules, slots, undefined, writerChoices(text, blocks, cp), scanned) : undefined;
  const firsts: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    firsts.push(matches.length);
    if (!mayMatchIn(ends, b.contentStart, b.contentEnd)) continue;
    const excluded: number[] = [];
    scanBlock(text, b, cp, matches, excluded);
    exclusions?.set(b, excluded);
    if (scanned === undefined) continue;
    scanned.at[2 * i] = scanned.ranges.length;
    for (const x of excluded) scanned.ranges.push(x);
    scanned.at[2 * i + 1] = scanned.ranges.length;
  }
  firsts.push(matches.length);
  // Read in context after every block is scanned (a name's section or document may come later), in
  // place: -1 where a name is read as no concept.
  const dropped = unsupportedConcepts(matches, cp);
  const evidenced = dropped && senses ? new Uint8Array(matches.length) : undefined;
  const read = senses ? readInPlace(senses, matches, firsts, cp, evidenced) : false;
  const kept = keptMatches(matches, dropped, read, cp, evidenced);
  return { structure: structureOf(text, blocks), matches: kept, ...(exclusions ? { exclusions } : {}) };
}

/**
 * Sets each ambiguous match's concept to its reading in context, and marks in `evidenced` (if given) the
 * readings that cues decided; whether any was ambiguous.
 */
function readInPlace(senses: DocumentSenses, matches: Match[], firsts: readonly number[], cp: CompiledPack, evidenced: Uint8Array | undefined): boolean {
  let any = false;
  for (let b = 0; b + 1 < firsts.length; b++)
    for (let k = firsts[b]!; k < firsts[b + 1]!; k++) {
      const m = matches[k]!;
      const ambiguity = cp.surfaces[m.surface]!.ambiguity;
      if (ambiguity < 0) continue;
      any = true;
      const r = readConcept(senses, b, ambiguity, m.start, cp);
      m.concept = conceptOfReading(r);
      if (evidenced && isEvidenced(r)) evidenced[k] = 1;
    }
  return any;
}

/**
 * The matches that stand: a contextual one only where the document supports its concept (`dropped`:
 * counted on the names as found, as the incremental scan counts them) or cues read it so (`evidenced`),
 * and none read as no concept.
 */
function keptMatches(matches: Match[], dropped: Uint8Array | undefined, read: boolean, cp: CompiledPack, evidenced: Uint8Array | undefined): Match[] {
  if (!dropped && !read) return matches;
  // Compacted in place: a dense document has a hundred thousand matches, and a copy of them all is garbage.
  let n = 0;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    if (m.concept < 0) continue;
    const surface = cp.surfaces[m.surface]!;
    if (dropped && surface.contextual && dropped[surface.concept] === 1 && evidenced?.[k] !== 1) continue;
    matches[n++] = m;
  }
  matches.length = n;
  return matches;
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
