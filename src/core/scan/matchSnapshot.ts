// The matches of one version of a document, as the incremental scan holds them: per block, with
// offsets relative to the block's start. Taking a snapshot copies one number and one reference per
// block that has matches; the flat list of absolute matches is made only when someone asks for all of
// them. So a keystroke in a large document costs what the edit touched, not what the document holds,
// and the queries the typing path makes (the match at the cursor, the matches in view, one concept's
// occurrences) read the blocks directly.

import type { Surface } from './compiledPack';
import type { Match } from './scanner';
import { conceptOfReading, isEvidenced } from './senses/blockReadings';

export class MatchSnapshot {
  private flat: Match[] | undefined;

  /**
   * @param starts the absolute start of each block that has matches, ascending
   * @param local that block's matches, sorted, offsets relative to its start; never changed afterwards
   * @param dropped concepts whose contextual surfaces the document does not support (see applyContext)
   * @param readings per block, the concept each match is read as in context (-1: none), where it has ambiguous names
   */
  constructor(
    private readonly starts: Int32Array,
    private readonly local: readonly (readonly Match[])[],
    private readonly dropped: Uint8Array | undefined,
    private readonly surfaces: readonly Surface[],
    private readonly readings: readonly (readonly number[] | undefined)[] = [],
  ) {}

  /** Every match, absolute, in document order (made on first use). */
  get all(): readonly Match[] {
    if (this.flat) return this.flat;
    const out: Match[] = [];
    for (let b = 0; b < this.local.length; b++) this.collect(b, 0, Infinity, -1, out);
    return (this.flat = out);
  }

  /**
   * The match under an offset: the one the offset is in, else one that ends right there. Where two
   * matches touch, the offset between them is in the second one.
   */
  at(offset: number): Match | undefined {
    const b = this.blockAtOrBefore(offset);
    if (b < 0) return undefined;
    const ms = this.local[b]!;
    const base = this.starts[b]!;
    // First match ending after the offset, then the kept ones on either side of it.
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (base + ms[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < ms.length; i++) {
      const m = ms[i]!;
      if (base + m.start > offset) break;
      const concept = this.conceptOf(b, i);
      if (concept >= 0) return this.absolute(m, base, concept);
    }
    for (let i = lo - 1; i >= 0; i--) {
      const m = ms[i]!;
      if (base + m.end !== offset) break;
      const concept = this.conceptOf(b, i);
      if (concept >= 0) return this.absolute(m, base, concept);
    }
    return undefined;
  }

  /** The matches that overlap [from, to), in document order. */
  overlapping(from: number, to: number): Match[] {
    const out: Match[] = [];
    for (let b = Math.max(0, this.blockAtOrBefore(from)); b < this.local.length && this.starts[b]! < to; b++) this.collect(b, from, to, -1, out);
    return out;
  }

  /** One concept's matches, in document order. */
  occurrencesOf(concept: number): Match[] {
    const out: Match[] = [];
    for (let b = 0; b < this.local.length; b++) this.collect(b, 0, Infinity, concept, out);
    return out;
  }

  /** How many matches each concept has (indexed by concept; length `conceptCount`). */
  countByConcept(conceptCount: number): Int32Array {
    const counts = new Int32Array(conceptCount);
    for (let b = 0; b < this.local.length; b++)
      for (let i = 0; i < this.local[b]!.length; i++) {
        const concept = this.conceptOf(b, i);
        if (concept >= 0) counts[concept]!++;
      }
    return counts;
  }

  private collect(b: number, from: number, to: number, concept: number, out: Match[]): void {
    const base = this.starts[b]!;
    const ms = this.local[b]!;
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i]!;
      if (base + m.end <= from) continue;
      if (base + m.start >= to) break;
      const read = this.conceptOf(b, i);
      if (read < 0 || (concept >= 0 && read !== concept)) continue;
      out.push(this.absolute(m, base, read));
    }
  }

  /** The concept match `i` of block `b` stands for, or -1 where it does not stand. */
  private conceptOf(b: number, i: number): number {
    const m = this.local[b]![i]!;
    const r = this.readings[b];
    const read = r ? r[i]! : m.concept;
    if (this.dropped && this.dropped[m.concept] === 1 && this.surfaces[m.surface]!.contextual && !isEvidenced(read)) return -1;
    return conceptOfReading(read);
  }

  private absolute(m: Match, base: number, concept: number): Match {
    return { concept, surface: m.surface, start: base + m.start, end: base + m.end };
  }

  /** The last block starting at or before the offset, or -1. */
  private blockAtOrBefore(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}
