// An Aho–Corasick automaton over folded UTF-16 code units. Every surface form of every concept goes
// into one automaton, so a document is read once whatever the size of the pack.
//
// Code units are first mapped to small symbol classes (case and width folded); a unit that occurs in
// no pattern maps to class 0 and sends the automaton back to its root. Transitions out of the root
// live in a dense array, the trie's other edges in one open-addressing hash table; a missing edge
// follows failure links (amortised O(1) per symbol), which keeps compiling a large pack cheap.
//
// An edge's key is state × classCount + class. It fits an Int32Array for any pack of a sensible size;
// past 2^31 (say 100,000 states over 30,000 distinct characters: huge Chinese packs, merged) the keys
// go into a Float64Array instead, so that no pack is too large for the automaton, only for the memory.

// Compiling one from patterns is in automatonCompile.ts.

import { compileAutomaton, edgeTable, type AutomatonParts } from './automatonCompile';

export { SPACE_CLASS } from './automatonCompile';

export interface AutomatonPattern {
  /** The folded symbols, whitespace already collapsed to single spaces. */
  text: string;
}

/**
 * An automaton as plain numbers, to store at build time and restore without compiling
 * (the built-in pack's automaton is restored on activation). States are numbered in creation order,
 * so a state's parent always has a smaller number.
 */
export interface AutomatonData {
  classCount: number;
  /** Code unit and its class, for every unit of a class other than 0, as flat pairs. */
  classes: number[];
  /** For each state but the root: its number minus its parent's (small, so the text stays short). */
  parentDelta: number[];
  /** For each state but the root: the class of the edge into it. */
  edgeClass: number[];
  fail: number[];
  /** For each state, how many outputs it has (outStart's differences: mostly 0 or 1). */
  outCount: number[];
  outputs: number[];
  patternLength: number[];
}

/** Transitions by the classes of ASCII units, and of the non-ASCII classes given the rows' spare columns: rows[(state << shift) | column[class]], when column[class] ≥ 0. */
export interface DenseRows {
  readonly column: Int32Array;
  readonly shift: number;
  readonly rows: Uint16Array | Int32Array;
}

export class Automaton {
  /** Code unit → symbol class. */
  readonly classOf: Uint16Array;
  readonly classCount: number;
  /** Depth of each state: the length of the pattern prefix it stands for. */
  readonly depth: Int32Array;
  /** Patterns ending in each state (own and through suffix links): outputs[outStart[s] .. outStart[s+1]). */
  readonly outStart: Int32Array;
  readonly outputs: Int32Array;
  readonly patternLength: Int32Array;
  readonly maxPatternLength: number;
  /**
   * Scratch space for the scanner: the offsets of the last symbols fed, enough for the longest pattern.
   * Kept here so scanning a block allocates nothing; scanning is synchronous, so it is never shared.
   */
  readonly ring: Int32Array;
  private readonly rootNext: Int32Array;
  private readonly fail: Int32Array;
  private denseTable: DenseRows | undefined;
  private readonly parent: Int32Array;
  private readonly edgeClass: Int32Array;
  private readonly keys: Int32Array;
  /** The edge keys of a very large automaton, which need more than 31 bits; `keys` is then empty. */
  private readonly wideKeys: Float64Array | undefined;
  private readonly values: Int32Array;
  private readonly mask: number;

  private constructor(parts: AutomatonParts) {
    this.classOf = parts.classOf;
    this.classCount = parts.classCount;
    this.depth = parts.depth;
    this.outStart = parts.outStart;
    this.outputs = parts.outputs;
    this.patternLength = parts.patternLength;
    let maxLen = 0;
    for (const len of parts.patternLength) maxLen = Math.max(maxLen, len);
    this.maxPatternLength = maxLen;
    let ringSize = 8;
    while (ringSize < maxLen + 2) ringSize *= 2;
    this.ring = new Int32Array(ringSize);
    this.rootNext = parts.rootNext;
    this.fail = parts.fail;
    this.parent = parts.parent;
    this.edgeClass = parts.edgeClass;
    this.keys = parts.keys instanceof Int32Array ? parts.keys : new Int32Array(0);
    this.wideKeys = parts.keys instanceof Float64Array ? parts.keys : undefined;
    this.values = parts.values;
    this.mask = parts.keys.length - 1;
  }

  static build(patterns: readonly AutomatonPattern[]): Automaton {
    return new Automaton(compileAutomaton(patterns));
  }

  /** Restores an automaton from toData()'s numbers: linear, no trie walk, no failure-link search. */
  static fromData(data: AutomatonData): Automaton {
    const n = data.parentDelta.length + 1;
    const { classCount } = data;
    const outStart = new Int32Array(n + 1);
    for (let s = 0; s < n; s++) outStart[s + 1] = outStart[s]! + data.outCount[s]!;
    const classOf = new Uint16Array(65536);
    for (let i = 0; i < data.classes.length; i += 2) classOf[data.classes[i]!] = data.classes[i + 1]!;
    const parent = new Int32Array(n);
    const edgeClass = new Int32Array(n);
    const depth = new Int32Array(n);
    const rootNext = new Int32Array(classCount);
    for (let s = 1; s < n; s++) {
      const p = s - data.parentDelta[s - 1]!;
      const cls = data.edgeClass[s - 1]!;
      parent[s] = p;
      edgeClass[s] = cls;
      depth[s] = depth[p]! + 1;
      if (p === 0) rootNext[cls] = s;
    }
    const { keys, values } = edgeTable(parent, edgeClass, classCount);
    return new Automaton({
      classOf,
      classCount,
      depth,
      outStart,
      outputs: new Int32Array(data.outputs),
      patternLength: new Int32Array(data.patternLength),
      rootNext,
      fail: new Int32Array(data.fail),
      parent,
      edgeClass,
      keys,
      values,
    });
  }

  toData(): AutomatonData {
    const classes: number[] = [];
    for (let u = 0; u < 65536; u++) if (this.classOf[u] !== 0) classes.push(u, this.classOf[u]!);
    const n = this.stateCount;
    const parentDelta: number[] = [];
    const edgeClass: number[] = [];
    for (let s = 1; s < n; s++) {
      parentDelta.push(s - this.parent[s]!);
      edgeClass.push(this.edgeClass[s]!);
    }
    return {
      classCount: this.classCount,
      classes,
      parentDelta,
      edgeClass,
      fail: Array.from(this.fail),
      outCount: Array.from({ length: n }, (_, s) => this.outStart[s + 1]! - this.outStart[s]!),
      outputs: Array.from(this.outputs),
      patternLength: Array.from(this.patternLength),
    };
  }

  get stateCount(): number {
    return this.depth.length;
  }

  /** The class of the last symbol read into state `s` (every state but the root is entered by one class). */
  lastClassOf(s: number): number {
    return this.edgeClass[s]!;
  }

  /**
   * Every state's transitions by the classes of ASCII units, failure links already followed: one array
   * read per symbol for Latin text, where next() would hash and chase links. Made on first use (a few
   * milliseconds), so that restoring a pack on activation does not pay for it.
   */
  get dense(): DenseRows {
    return (this.denseTable ??= this.buildDense());
  }

  private buildDense(): DenseRows {
    const n = this.stateCount;
    const column = new Int32Array(this.classCount).fill(-1);
    let width = 0;
    for (let u = 0; u < 128; u++) {
      const cls = this.classOf[u]!;
      if (cls !== 0 && column[cls] === -1) column[cls] = width++;
    }
    // Rows of a power of two, so that a row starts at state << shift.
    let shift = 0;
    while (1 << shift < width) shift++;
    width = this.spareColumns(column, width, 1 << shift);
    // Past this many entries (64 MB) the table is not worth its memory: next() serves every class.
    if (n << shift > 16 * 1024 * 1024) return { column: column.fill(-1), shift: 0, rows: new Int32Array(0) };
    const rows = n < 65536 ? new Uint16Array(n << shift) : new Int32Array(n << shift);
    // The trie's own edges first (0 is "none": the root is nobody's child)…
    for (let t = 1; t < n; t++) {
      const c = column[this.edgeClass[t]!]!;
      if (c >= 0) rows[(this.parent[t]! << shift) | c] = t;
    }
    // …then, breadth first, a missing edge is the failure state's, whose row is complete by then.
    for (const s of this.breadthFirst()) {
      if (s === 0) continue;
      const f = this.fail[s]! << shift;
      const base = s << shift;
      for (let c = 0; c < width; c++) if (rows[base + c] === 0) rows[base + c] = rows[f + c]!;
    }
    return { column, shift, rows };
  }

  /**
   * Gives the columns that a row of a power of two has to spare past the ASCII classes to the classes
   * with the most edges below the root (Chinese characters of the names), whose steps next() would
   * otherwise hash; returns the columns used. The rows cost no more memory, only their filling.
   */
  private spareColumns(column: Int32Array, width: number, rowWidth: number): number {
    if (width === 0 || width >= rowWidth) return width;
    const edges = new Int32Array(this.classCount);
    for (let t = 1; t < this.stateCount; t++) if (this.parent[t] !== 0) edges[this.edgeClass[t]!]!++;
    const classes: number[] = [];
    for (let cls = 1; cls < this.classCount; cls++) if (column[cls] === -1 && edges[cls]! > 0) classes.push(cls);
    classes.sort((x, y) => edges[y]! - edges[x]! || x - y);
    for (const cls of classes.slice(0, rowWidth - width)) column[cls] = width++;
    return width;
  }

  /** The states by depth, the root first. */
  private breadthFirst(): Int32Array {
    const n = this.stateCount;
    let maxDepth = 0;
    for (let s = 0; s < n; s++) maxDepth = Math.max(maxDepth, this.depth[s]!);
    const start = new Int32Array(maxDepth + 2);
    for (let s = 0; s < n; s++) start[this.depth[s]! + 1]!++;
    for (let d = 1; d < start.length; d++) start[d]! += start[d - 1]!;
    const order = new Int32Array(n);
    for (let s = 0; s < n; s++) order[start[this.depth[s]!]!++] = s;
    return order;
  }

  /** The state after reading symbol class `cls` in state `s`, following failure links as needed. */
  next(s: number, cls: number): number {
    if (this.wideKeys !== undefined) return this.nextWide(this.wideKeys, s, cls);
    const keys = this.keys;
    const mask = this.mask;
    const classCount = this.classCount;
    while (s !== 0) {
      const key = s * classCount + cls;
      let h = Math.imul(key, 0x9e3779b1) & mask;
      for (;;) {
        const k = keys[h]!;
        if (k === key) return this.values[h]!;
        if (k === -1) break;
        h = (h + 1) & mask;
      }
      s = this.fail[s]!;
    }
    return this.rootNext[cls]!;
  }

  /** next() for an automaton whose edge keys need more than 31 bits. */
  private nextWide(keys: Float64Array, s: number, cls: number): number {
    const mask = this.mask;
    const classCount = this.classCount;
    while (s !== 0) {
      const key = s * classCount + cls;
      let h = Math.imul(key, 0x9e3779b1) & mask;
      for (;;) {
        const k = keys[h]!;
        if (k === key) return this.values[h]!;
        if (k === -1) break;
        h = (h + 1) & mask;
      }
      s = this.fail[s]!;
    }
    return this.rootNext[cls]!;
  }
}
