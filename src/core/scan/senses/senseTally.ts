// The weighing of one scope: each reading's evidence is the weight of the distinct cues that speak for
// it there, and the reading with the most wins once it reaches 1 (see DocumentSenses for the scopes).

import type { SenseRules } from './senseRules';
import { UNDECIDED, verdict, TIED, type Verdict } from './senseDecision';

/** Weights are sums of a pack's fractions (0.1 + 0.2 is not 0.3): closer than this, two are one. */
const EPSILON = 1e-9;
const sameWeight = (x: number, y: number): boolean => Math.abs(x - y) <= EPSILON;

/**
 * Scratch for weighing a scope, one name's readings at a time: start(), add() each cue, close(). Made
 * once per document and reused, since a document weighs thousands of scopes.
 */
export class SenseTally {
  /** Evidence and first cue per reading. */
  private readonly evidence: Float64Array;
  private readonly firstCue: Int32Array;
  /** Which cues are counted already in this weighing, and which to clear after it. */
  private readonly seen: Uint8Array;
  /** touched[0, touchedCount): emptied by its count, not by its length, so that it keeps its storage from weighing to weighing. */
  private readonly touched: number[] = [];
  private touchedCount = 0;
  private ambiguity = -1;
  private spoke = false;

  constructor(private readonly rules: SenseRules) {
    let most = 0;
    for (const a of rules.ambiguities) most = Math.max(most, a.readings.length);
    this.evidence = new Float64Array(most);
    this.firstCue = new Int32Array(most);
    this.seen = new Uint8Array(rules.cueTexts.length);
  }

  /** Starts weighing the readings of `ambiguity`. */
  start(ambiguity: number): void {
    this.ambiguity = ambiguity;
    this.spoke = false;
    const n = this.rules.ambiguities[ambiguity]!.readings.length;
    // A loop, not fill(): two or three readings, thousands of times a document.
    for (let r = 0; r < n; r++) {
      this.evidence[r] = 0;
      this.firstCue[r] = -1;
    }
  }

  /** Counts cue `id` at `weight` unless it (or the cue it is a remainder of) counted already in this weighing. */
  add(id: number, weight: number): void {
    const key = this.rules.baseOf[id]!;
    if (this.seen[key] === 1 || !this.count(id, weight)) return;
    this.seen[key] = 1;
    this.touched[this.touchedCount++] = key;
    this.spoke = true;
  }

  /** Ends the weighing: the verdict, or UNDECIDED when no cue spoke for any reading. */
  close(): Verdict {
    for (let k = 0; k < this.touchedCount; k++) this.seen[this.touched[k]!] = 0;
    this.touchedCount = 0;
    return this.spoke ? this.conclude() : UNDECIDED;
  }

  /** A whole weighing of the cues `ids`, each at its weight; a cue counts at its most (allSame: every cue weighs the same, so no sort). */
  weigh(ambiguity: number, weightOf: (cue: number) => number, ids: Iterable<number>, allSame = false): Verdict {
    this.start(ambiguity);
    const order = allSame ? ids : [...ids].sort((a, b) => weightOf(b) - weightOf(a));
    for (const id of order) this.add(id, weightOf(id));
    return this.close();
  }

  /** Adds cue `id` at `weight` to the evidence of the readings it speaks for; whether it speaks for any. */
  private count(id: number, weight: number): boolean {
    const pairs = this.rules.speaksFor[id]!;
    let any = false;
    for (let k = 0; k < pairs.length; k += 2) {
      if (pairs[k] !== this.ambiguity) continue;
      const r = pairs[k + 1]!;
      this.evidence[r]! += weight;
      if (this.firstCue[r] === -1) this.firstCue[r] = id;
      any = true;
    }
    return any;
  }

  /** The reading with the most evidence (at least 1), a tie going to the fallback, else to the first. */
  private conclude(): Verdict {
    const a = this.rules.ambiguities[this.ambiguity]!;
    const { evidence, firstCue } = this;
    let best = -1;
    for (let r = 0; r < a.readings.length; r++) {
      if (evidence[r]! < 1 - EPSILON) continue;
      if (best < 0 || evidence[r]! > evidence[best]! + EPSILON || (sameWeight(evidence[r]!, evidence[best]!) && r === a.fallback)) best = r;
    }
    if (best < 0) return UNDECIDED;
    let contested = false;
    let tied = false;
    for (let r = 0; r < a.readings.length; r++) {
      if (r === best || evidence[r]! <= 0) continue;
      contested = true;
      if (sameWeight(evidence[r]!, evidence[best]!)) tied = true;
    }
    return verdict(best, firstCue[best]!, contested) | (tied ? TIED : 0);
  }
}
