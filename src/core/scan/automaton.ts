// An Aho–Corasick automaton over folded UTF-16 code units. Every surface form of every concept goes
// into one automaton, so a document is read once whatever the size of the pack.
//
// Code units are first mapped to small symbol classes (case and width folded); a unit that occurs in
// no pattern maps to class 0 and sends the automaton back to its root. Transitions out of the root
// live in a dense array, the trie's other edges in one open-addressing hash table; a missing edge
// follows failure links (amortised O(1) per symbol), which keeps compiling a large pack cheap.

/** Class of every whitespace unit; runs of whitespace are fed as one symbol. */
export const SPACE_CLASS = 1;

export interface AutomatonPattern {
  /** The folded symbols, whitespace already collapsed to single spaces. */
  text: string;
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
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(patterns: readonly AutomatonPattern[]) {
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

    // The trie.
    const children: Map<number, number>[] = [new Map()];
    const depthList: number[] = [0];
    const terminal: number[][] = [[]];
    let maxLen = 0;
    patterns.forEach((p, index) => {
      let s = 0;
      for (let i = 0; i < p.text.length; i++) {
        const cls = classOfChar(p.text.charCodeAt(i));
        let next = children[s]!.get(cls);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          depthList.push(depthList[s]! + 1);
          terminal.push([]);
          children[s]!.set(cls, next);
        }
        s = next;
      }
      terminal[s]!.push(index);
      maxLen = Math.max(maxLen, p.text.length);
    });
    const n = children.length;

    // Failure links, breadth first.
    const fail = new Int32Array(n);
    const rootNext = new Int32Array(classCount);
    const order: number[] = [];
    for (const [cls, child] of children[0]!) {
      rootNext[cls] = child;
      order.push(child);
    }
    for (let head = 0; head < order.length; head++) {
      const s = order[head]!;
      for (const [cls, child] of children[s]!) {
        let f = fail[s]!;
        while (f !== 0 && !children[f]!.has(cls)) f = fail[f]!;
        fail[child] = f === 0 ? rootNext[cls]! : children[f]!.get(cls)!;
        order.push(child);
      }
    }

    // Outputs: own terminals, then those of the failure chain, longest first.
    const outStart = new Int32Array(n + 1);
    const outs: number[] = [];
    const collected: number[][] = new Array(n);
    collected[0] = [];
    for (const s of order) collected[s] = terminal[s]!.length === 0 ? collected[fail[s]!]! : terminal[s]!.concat(collected[fail[s]!]!);
    for (let s = 0; s < n; s++) {
      outStart[s] = outs.length;
      for (const p of collected[s] ?? []) outs.push(p);
    }
    outStart[n] = outs.length;

    // The trie's edges out of non-root states, in one hash table.
    let size = 16;
    while (size < n * 2) size *= 2;
    const keys = new Int32Array(size).fill(-1);
    const values = new Int32Array(size);
    const mask = size - 1;
    if (n * classCount >= 2 ** 31) throw new Error('concept pack too large for the automaton');
    for (let s = 1; s < n; s++) {
      for (const [cls, t] of children[s]!) {
        const key = s * classCount + cls;
        let h = Math.imul(key, 0x9e3779b1) & mask;
        while (keys[h] !== -1) h = (h + 1) & mask;
        keys[h] = key;
        values[h] = t;
      }
    }

    this.classOf = classOf;
    this.classCount = classCount;
    this.depth = Int32Array.from(depthList);
    this.outStart = outStart;
    this.outputs = Int32Array.from(outs);
    this.patternLength = Int32Array.from(patterns.map((p) => p.text.length));
    this.maxPatternLength = maxLen;
    let ringSize = 8;
    while (ringSize < maxLen + 2) ringSize *= 2;
    this.ring = new Int32Array(ringSize);
    this.rootNext = rootNext;
    this.fail = fail;
    this.keys = keys;
    this.values = values;
    this.mask = mask;
  }

  get stateCount(): number {
    return this.depth.length;
  }

  /** The state after reading symbol class `cls` in state `s`, following failure links as needed. */
  next(s: number, cls: number): number {
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
