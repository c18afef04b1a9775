// Finds concept surfaces in prose: one pass of the automaton per prose block, leftmost-longest,
// without overlaps, whole words for Latin script, emphasis markers and line breaks see-through.

import { isProseBlock, type Block } from '../markdown/blocks';
import { blockExclusions } from '../markdown/markdownStructure';
import { Ch } from '../text/charCodes';
import { isAsciiAlnum, isAsciiDigit, isAsciiLetter, isSpaceOrTab, isWordUnit, foldWidth } from '../text/chars';
import { SPACE_CLASS } from './automaton';
import type { CompiledPack, Surface } from './compiledPack';

/** What scanRange() runs: an automaton and the surfaces its patterns are (a pack's names, or a pack's cues). */
export interface Matcher {
  readonly automaton: CompiledPack['automaton'];
  readonly surfaces: readonly Pick<Surface, 'concept' | 'wordStart' | 'wordEnd' | 'caseSensitive' | 'exact'>[];
}

/** One surface found in the text, before the document-level context check. */
export interface Match {
  /** Index of the concept in the compiled pack. */
  concept: number;
  /** Index of the surface form that matched. */
  surface: number;
  /** UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
}


/** Emphasis markers are see-through, so `对称**破缺**` still names symmetry breaking. */
export function isTransparent(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === Ch.Star || c === Ch.Tilde) return true;
  // An underscore inside a word (snake_case) is not emphasis.
  return c === Ch.Underscore && !(isWordUnit(text.charCodeAt(i - 1)) && isWordUnit(text.charCodeAt(i + 1)));
}

/**
 * Whether a word goes on before `at`. An underscore that is not emphasis (isTransparent) joins words
 * of an identifier: "entropy" in cross_entropy_wiki is no whole word.
 */
function wordBefore(text: string, at: number, floor: number): boolean {
  let i = at - 1;
  while (i >= floor && isTransparent(text, i)) i--;
  return i >= floor && (isWordUnit(text.charCodeAt(i)) || text.charCodeAt(i) === Ch.Underscore);
}

function wordAfter(text: string, at: number, ceiling: number): boolean {
  let i = at;
  while (i < ceiling && isTransparent(text, i)) i++;
  return i < ceiling && (isWordUnit(text.charCodeAt(i)) || text.charCodeAt(i) === Ch.Underscore);
}

/** How far past a name inModelIdentifier() looks: identifiers of models run to a few dozen characters. */
const VERSION_TAIL_MAX = 40;

/**
 * Whether the name at [start, end) is the middle of a model's identifier: hyphen-joined to a word before
 * it, and going on after a hyphen into a version or size (text-embedding-3-small,
 * jina-embeddings-v2-base-en, bce-embedding-base_v1). A name that opens the word is a name of its own
 * with a version (GPT-4, ResNet-50 in a writer's pack), and "embedding-based" has no version.
 */
function inModelIdentifier(text: string, start: number, end: number, floor: number, ceiling: number): boolean {
  if (start - 2 < floor || text.charCodeAt(start - 1) !== Ch.Hyphen || !isAsciiAlnum(text.charCodeAt(start - 2))) return false;
  return versionTail(text, end, ceiling);
}

/**
 * Whether the hyphen at `at` leads on to a version or size: within the ASCII word that goes on, a part
 * after a hyphen or underscore starts with a digit or is "v" and a digit. Reads at most
 * VERSION_TAIL_MAX units.
 */
function versionTail(text: string, at: number, ceiling: number): boolean {
  if (text.charCodeAt(at) !== Ch.Hyphen) return false;
  const stop = Math.min(ceiling, at + VERSION_TAIL_MAX);
  for (let i = at; i + 1 < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === Ch.Hyphen || c === Ch.Underscore) {
      const d = text.charCodeAt(i + 1);
      if (isAsciiDigit(d) || ((d === Ch.LowerV || d === Ch.UpperV) && i + 2 < stop && isAsciiDigit(text.charCodeAt(i + 2)))) return true;
    } else if (!isAsciiAlnum(c)) return false;
  }
  return false;
}

/**
 * Whether the name ending at `end` is pinned to a version by a comparison, as in a list of
 * requirements: "transformers >=4.15", "transformers==4.30", "transformers<3". Only a name that ends in
 * a Latin letter, and only the forms prose does not use: a two-character comparison, or a one-character
 * one written tight on both sides ("LLMs > 100B" stays prose). A bare version ("Python 3.11.4") is left
 * alone: it still names the thing in a writer's pack of software. Reads at most five units.
 */
function pinnedVersion(text: string, end: number, ceiling: number): boolean {
  if (!isAsciiLetter(text.charCodeAt(end - 1))) return false;
  let i = end;
  const spaced = i < ceiling && isSpaceOrTab(text.charCodeAt(i));
  if (spaced) i++;
  if (i + 1 >= ceiling) return false;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  if (d === Ch.Equals && (c === Ch.Gt || c === Ch.Lt || c === Ch.Equals || c === Ch.Tilde || c === Ch.Exclamation)) {
    i += 2;
    if (i < ceiling && text.charCodeAt(i) === Ch.Space) i++;
    return i < ceiling && isAsciiDigit(text.charCodeAt(i));
  }
  return !spaced && (c === Ch.Gt || c === Ch.Lt) && isAsciiDigit(d);
}

/**
 * Scans [from, to) of `text`, skipping the excluded start/end pairs, and appends the matches to `out`.
 * Matching restarts at every excluded range: a term is never joined across code or a tag.
 */
export function scanRange(text: string, from: number, to: number, excluded: readonly number[], cp: Matcher, out: Match[]): void {
  const a = cp.automaton;
  const classOf = a.classOf;
  const depth = a.depth;
  const outStart = a.outStart;
  const ring = a.ring;
  const ringMask = ring.length - 1;
  const { column, shift, rows } = a.dense;
  const hits = new PendingHits(text, from, to, cp, out);
  let state = 0;
  let fed = 0;
  let lastSpace = true;
  let ex = 0;
  let nextEx = excluded.length > 0 ? excluded[0]! : Infinity;
  let i = from;
  while (i < to) {
    if (i >= nextEx) {
      // An excluded range: settle what is pending and start afresh after it.
      const begin = excluded[ex]!;
      const stop = excluded[ex + 1]!;
      ex += 2;
      nextEx = ex < excluded.length ? excluded[ex]! : Infinity;
      if (stop <= i) continue;
      hits.settle(Infinity);
      state = 0;
      lastSpace = true;
      fed++;
      i = stop;
      // A code span reads as one backtick, so that a pack can exclude a name written right after code
      // (`XML`语言 is a computer language). The loader keeps backticks out of names (packValidator),
      // so none is joined across code.
      const tick = classOf[Ch.Backtick]!;
      if (tick !== 0 && isCodeSpan(text, begin, stop)) {
        state = a.next(0, tick);
        ring[fed & ringMask] = begin;
        fed++;
        lastSpace = false;
        if (outStart[state] !== outStart[state + 1]) hits.collect(state, fed, begin);
      }
      continue;
    }
    const u = text.charCodeAt(i);
    const cls = classOf[u]!;
    if (cls === 0) {
      if (isTransparent(text, i)) {
        i++;
        continue;
      }
      if (state !== 0 || hits.count > 0) {
        fed++;
        state = 0;
        if (hits.count > 0) hits.settle(Infinity);
      }
      lastSpace = false;
      i++;
      continue;
    }
    if (cls === SPACE_CLASS) {
      // A soft line break: the next line's indentation and quote markers are part of the break.
      if (u === Ch.LineFeed || u === Ch.CarriageReturn) i = lineBreakEnd(text, i + 1, Math.min(to, nextEx)) - 1;
      if (lastSpace) {
        i++;
        continue;
      }
      lastSpace = true;
    } else lastSpace = false;
    const c = column[cls]!;
    state = c >= 0 ? rows[(state << shift) | c]! : a.next(state, cls);
    ring[fed & ringMask] = i;
    fed++;
    if (outStart[state] !== outStart[state + 1]) hits.collect(state, fed, i);
    if (hits.count > 0) hits.settle(fed - depth[state]!);
    i++;
  }
  hits.settle(Infinity);
}

/** Whether [start, stop) is one inline code span: it opens and closes with a backtick. */
function isCodeSpan(text: string, start: number, stop: number): boolean {
  return stop - start >= 2 && text.charCodeAt(start) === Ch.Backtick && text.charCodeAt(stop - 1) === Ch.Backtick;
}

/** Past the indentation, quote markers and further line breaks that follow a line break, from `j`. */
export function lineBreakEnd(text: string, j: number, stop: number): number {
  while (j < stop) {
    const c = text.charCodeAt(j);
    if (c === Ch.Space || c === Ch.Tab || c === Ch.LineFeed || c === Ch.CarriageReturn || c === Ch.Gt) j++;
    else break;
  }
  return j;
}

/**
 * Hits seen in one range but not yet settled; leftmost-longest is decided once no longer hit can
 * still start earlier. Positions are counted in symbols fed (`fed`), offsets in the text. The first
 * `count` entries count; the arrays are never shrunk, so a dense run of hits allocates nothing.
 */
class PendingHits {
  count = 0;
  /** Fed index up to which matches have been emitted. */
  private settledTo = 0;
  private readonly start: number[] = [];
  private readonly end: number[] = [];
  private readonly surface: number[] = [];
  private readonly startOff: number[] = [];
  private readonly endOff: number[] = [];

  constructor(
    private readonly text: string,
    private readonly from: number,
    private readonly to: number,
    private readonly cp: Matcher,
    private readonly out: Match[],
  ) {}

  /** Adds the hits of the patterns that end in `state`, just fed with the unit at `i`. */
  collect(state: number, fed: number, i: number): void {
    const { text, cp } = this;
    const a = cp.automaton;
    const ring = a.ring;
    const ringMask = ring.length - 1;
    const o1 = a.outStart[state + 1]!;
    for (let o = a.outStart[state]!; o < o1; o++) {
      const p = a.outputs[o]!;
      const startFed = fed - a.patternLength[p]!;
      if (startFed < this.settledTo) continue;
      const s = cp.surfaces[p]!;
      const startOff = ring[startFed & ringMask]!;
      const endOff = i + 1;
      if (s.wordStart && wordBefore(text, startOff, this.from)) continue;
      if (s.wordEnd && wordAfter(text, endOff, this.to)) continue;
      if (s.concept >= 0 && inModelIdentifier(text, startOff, endOff, this.from, this.to)) continue;
      if (s.concept >= 0 && pinnedVersion(text, endOff, this.to)) continue;
      if (s.caseSensitive && !sameCase(text, ring, ringMask, startFed, s.exact)) continue;
      const n = this.count++;
      this.start[n] = startFed;
      this.end[n] = fed;
      this.surface[n] = p;
      this.startOff[n] = startOff;
      this.endOff[n] = endOff;
    }
  }

  /** Emits the pending hits that no hit starting at `minFutureStart` or later can beat. */
  settle(minFutureStart: number): void {
    const { start, end } = this;
    while (this.count > 0) {
      let best = -1;
      for (let k = 0; k < this.count; k++) {
        if (start[k]! < this.settledTo) continue;
        if (best < 0 || start[k]! < start[best]! || (start[k] === start[best] && end[k]! > end[best]!)) best = k;
      }
      if (best < 0) {
        this.count = 0;
        return;
      }
      if (start[best]! >= minFutureStart) return;
      const p = this.surface[best]!;
      const s = this.cp.surfaces[p]!;
      // A name is settled only once no exclusion can still start inside it.
      if (s.concept >= 0 && end[best]! > minFutureStart) return;
      const straddle = s.concept >= 0 ? this.straddlingExclusionEnd(best) : -1;
      if (straddle >= 0) this.settledTo = straddle;
      else {
        if (s.concept >= 0) this.out.push({ concept: s.concept, surface: p, start: this.startOff[best]!, end: this.endOff[best]! });
        this.settledTo = end[best]!;
      }
      this.dropSettled();
    }
  }

  /**
   * Where the furthest exclusion that starts inside hit `b` and ends two or more symbols past it
   * ends, or -1. Such a compound claims the letters the two share: in "human language model" and
   * 有意识形态 the names "human language" and 有意识 run into "language model" and 意识形态, and are
   * not meant. One symbol is too little to tell a compound from a particle (自然语言所取代).
   */
  private straddlingExclusionEnd(b: number): number {
    const { start, end, surface } = this;
    let furthest = -1;
    for (let k = 0; k < this.count; k++) {
      if (start[k]! <= start[b]! || start[k]! >= end[b]! || end[k]! < end[b]! + 2) continue;
      if (this.cp.surfaces[surface[k]!]!.concept < 0 && end[k]! > furthest) furthest = end[k]!;
    }
    return furthest;
  }

  /** Keeps only the hits that start past the last match emitted. */
  private dropSettled(): void {
    const { start, end, surface, startOff, endOff } = this;
    let w = 0;
    for (let k = 0; k < this.count; k++) {
      if (start[k]! < this.settledTo) continue;
      start[w] = start[k]!;
      end[w] = end[k]!;
      surface[w] = surface[k]!;
      startOff[w] = startOff[k]!;
      endOff[w] = endOff[k]!;
      w++;
    }
    this.count = w;
  }
}

function sameCase(text: string, ring: Int32Array, mask: number, startFed: number, exact: string): boolean {
  for (let k = 0; k < exact.length; k++) {
    const expected = exact.charCodeAt(k);
    if (expected === Ch.Space) continue;
    if (foldWidth(text.charCodeAt(ring[(startFed + k) & mask]!)) !== expected) return false;
  }
  return true;
}

/** Scans one block; prose blocks only. `excluded` (empty) receives the block's excluded ranges. */
export function scanBlock(text: string, block: Block, cp: CompiledPack, out: Match[], excluded: number[] = []): void {
  if (!isProseBlock(block.kind)) return;
  // The caller may keep the block's excluded ranges (the lint reads the same ones).
  blockExclusions(text, block, excluded);
  scanRange(text, block.contentStart, block.contentEnd, excluded, cp, out);
}

/**
 * Drops contextual matches (bare "attention", 注意力…) in a document that names neither their concept
 * nor a related one by an unambiguous surface.
 */
export function applyContext(matches: readonly Match[], cp: CompiledPack): Match[] {
  const dropped = unsupportedConcepts(matches, cp);
  if (!dropped) return matches as Match[];
  return matches.filter((m) => !cp.surfaces[m.surface]!.contextual || dropped[m.concept] !== 1);
}

/** The concepts whose contextual matches have no support in the document, or undefined if there are none. */
export function unsupportedConcepts(matches: readonly Match[], cp: CompiledPack): Uint8Array | undefined {
  const surfaces = cp.surfaces;
  const firm = new Uint8Array(cp.concepts.length);
  const contextual = new Uint8Array(cp.concepts.length);
  let anyContextual = false;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    if (surfaces[m.surface]!.contextual) {
      contextual[m.concept] = 1;
      anyContextual = true;
    } else firm[m.concept] = 1;
  }
  if (!anyContextual) return undefined;
  let dropped: Uint8Array | undefined;
  for (let c = 0; c < contextual.length; c++) {
    if (!contextual[c] || firm[c] === 1 || cp.neighbours[c]!.some((n) => firm[n] === 1)) continue;
    (dropped ??= new Uint8Array(cp.concepts.length))[c] = 1;
  }
  return dropped;
}
