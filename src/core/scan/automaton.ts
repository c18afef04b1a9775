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

/** Class of every whitespace unit; runs of whitespace are fed as one symbol. */
export const SPACE_CLASS = 1;

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

/** The fields an automaton is made of; both ways of making one end here. */
interface AutomatonParts {
  classOf: Uint16Array;
  classCount: number;
  depth: Int32Array;
  outStart: Int32Array;
  outputs: Int32Array;
  patternLength: Int32Array;
  rootNext: Int32Array;
  fail: Int32Array;
  parent: Int32Array;
  edgeClass: Int32Array;
  keys: Int32Array | Float64Array;
  values: Int32Array;
}

/** Edge keys up to this fit an Int32Array; above it they are stored as doubles (exact up to 2^53). */
const NARROW_KEYS = 2 ** 31;

/** An empty edge table for `stateCount` states of `classCount` classes, with the narrowest keys that fit. */
function edgeKeys(size: number, stateCount: number, classCount: number): Int32Array | Float64Array {
  return (stateCount * classCount < NARROW_KEYS ? new Int32Array(size) : new Float64Array(size)).fill(-1);
}

/** Adds the edge `key` (state × class) → `value` to the open-addressing table (mask = length − 1). */
function insertEdge(keys: Int32Array | Float64Array, values: Int32Array, key: number, value: number): void {
  const mask = keys.length - 1;
  let h = Math.imul(key, 0x9e3779b1) & mask;
  while (keys[h] !== -1) h = (h + 1) & mask;
  keys[h] = key;
  values[h] = value;
}

/** Open-addressing table size for a trie with `capacity` states: a power of two, at most half full. */
function tableSize(capacity: number): number {
  let size = 16;
  while (size < capacity * 2) size *= 2;
  return size;
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
    // Symbol classes. Class 0: no pattern uses it; class 1: whitespace.
    const classOf = new Uint16Array(65536);
    let classCount = 2;
    for (const ws of [9, 10, 12, 13, 32, 0xa0, 0x3000]) classOf[ws] = SPACE_CLASS;
    const classOfChar = (u: number): number => {
      if (classOf[u] === 0) {
        const cls = classCount++;
        for (const v of variantsOf(u)) if (classOf[v] === 0) classOf[v] = cls;
      }
      return classOf[u]!;
    };

    // Classes first, so that the trie's edges can be keyed by state × class from the start.
    let maxLen = 0;
    let totalLength = 0;
    for (const p of patterns) {
      for (let i = 0; i < p.text.length; i++) classOfChar(p.text.charCodeAt(i));
      maxLen = Math.max(maxLen, p.text.length);
      totalLength += p.text.length;
    }
    const capacity = totalLength + 1;

    // The trie, in flat arrays (no object per state: compiling runs on activation, often cold).
    // Edges out of the root are in rootNext; the others in one open-addressing hash table.
    const rootNext = new Int32Array(classCount);
    const size = tableSize(capacity);
    const keys = edgeKeys(size, capacity, classCount);
    const values = new Int32Array(size);
    const mask = size - 1;
    const depthOf = new Int32Array(capacity);
    const parentOf = new Int32Array(capacity);
    const firstChild = new Int32Array(capacity).fill(-1);
    const nextSibling = new Int32Array(capacity).fill(-1);
    const edgeClass = new Int32Array(capacity);
    const termHead = new Int32Array(capacity).fill(-1);
    const termNext = new Int32Array(patterns.length).fill(-1);
    const termCount = new Int32Array(capacity);
    const patternEnd = new Int32Array(patterns.length);
    const lookup = (s: number, cls: number): number => {
      if (s === 0) return rootNext[cls]! || -1;
      const key = s * classCount + cls;
      let h = Math.imul(key, 0x9e3779b1) & mask;
      for (;;) {
        const k = keys[h]!;
        if (k === key) return values[h]!;
        if (k === -1) return -1;
        h = (h + 1) & mask;
      }
    };
    let n = 1;
    for (let index = 0; index < patterns.length; index++) {
      const text = patterns[index]!.text;
      let s = 0;
      for (let i = 0; i < text.length; i++) {
        const cls = classOf[text.charCodeAt(i)]!;
        let next = lookup(s, cls);
        if (next < 0) {
          next = n++;
          depthOf[next] = depthOf[s]! + 1;
          parentOf[next] = s;
          edgeClass[next] = cls;
          nextSibling[next] = firstChild[s]!;
          firstChild[s] = next;
          if (s === 0) rootNext[cls] = next;
          else insertEdge(keys, values, s * classCount + cls, next);
        }
        s = next;
      }
      patternEnd[index] = s;
      termCount[s]!++;
    }
    // Each state's own patterns, in the pack's order.
    for (let index = patterns.length - 1; index >= 0; index--) {
      const s = patternEnd[index]!;
      termNext[index] = termHead[s]!;
      termHead[s] = index;
    }

    // Failure links, breadth first.
    const fail = new Int32Array(n);
    const order = new Int32Array(n);
    let tail = 0;
    for (let c = firstChild[0]!; c >= 0; c = nextSibling[c]!) order[tail++] = c;
    for (let head = 0; head < tail; head++) {
      const s = order[head]!;
      for (let child = firstChild[s]!; child >= 0; child = nextSibling[child]!) {
        const cls = edgeClass[child]!;
        let f = fail[s]!;
        let t = lookup(f, cls);
        while (t < 0 && f !== 0) {
          f = fail[f]!;
          t = lookup(f, cls);
        }
        fail[child] = t < 0 ? 0 : t;
        order[tail++] = child;
      }
    }

    // Outputs: own terminals, then those of the failure chain (longer patterns first).
    const outCount = new Int32Array(n);
    for (let k = 0; k < tail; k++) {
      const st = order[k]!;
      outCount[st] = termCount[st]! + outCount[fail[st]!]!;
    }
    const outStart = new Int32Array(n + 1);
    for (let st = 0; st < n; st++) outStart[st + 1] = outStart[st]! + outCount[st]!;
    const outputs = new Int32Array(outStart[n]!);
    for (let k = 0; k < tail; k++) {
      const st = order[k]!;
      let w = outStart[st]!;
      for (let t = termHead[st]!; t >= 0; t = termNext[t]!) outputs[w++] = t;
      const f = fail[st]!;
      for (let r = outStart[f]!; r < outStart[f + 1]!; r++) outputs[w++] = outputs[r]!;
    }

    return new Automaton({
      classOf,
      classCount,
      depth: depthOf.slice(0, n),
      outStart,
      outputs,
      patternLength: Int32Array.from(patterns, (p) => p.text.length),
      rootNext,
      fail,
      parent: parentOf.slice(0, n),
      edgeClass: edgeClass.slice(0, n),
      keys,
      values,
    });
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
    const size = tableSize(n);
    const keys = edgeKeys(size, n, classCount);
    const values = new Int32Array(size);
    for (let s = 1; s < n; s++) {
      const p = s - data.parentDelta[s - 1]!;
      const cls = data.edgeClass[s - 1]!;
      parent[s] = p;
      edgeClass[s] = cls;
      depth[s] = depth[p]! + 1;
      if (p === 0) rootNext[cls] = s;
      else insertEdge(keys, values, p * classCount + cls, s);
    }
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

/** The code units that fold to `u`: itself, its other case and their full-width forms. */
function variantsOf(u: number): number[] {
  const out = new Set<number>([u]);
  const ch = String.fromCharCode(u);
  for (const v of [ch.toUpperCase(), ch.toLowerCase()]) if (v.length === 1) out.add(v.charCodeAt(0));
  for (const v of [...out]) if (v >= 0x21 && v <= 0x7e) out.add(v + 0xfee0);
  if (u === 39) {
    out.add(0x2019);
    out.add(0x2018);
  }
  if (u === 45) {
    out.add(0x2010);
    out.add(0x2011);
  }
  return [...out];
}
