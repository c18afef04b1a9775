// Compiling an Aho–Corasick automaton from patterns (automaton.ts holds the automaton and how it
// runs): symbol classes, the trie, failure links, then each state's outputs. Everything is in flat
// typed arrays, with no object per state: compiling runs on activation, often cold.

import { Ch } from '../text/charCodes';
import { chineseFormsOf } from '../text/chineseForms';
import type { AutomatonPattern } from './automaton';

/** Class of every whitespace unit; runs of whitespace are fed as one symbol. */
export const SPACE_CLASS = 1;

/** The fields an automaton is made of; both ways of making one end here. */
export interface AutomatonParts {
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
export function edgeKeys(size: number, stateCount: number, classCount: number): Int32Array | Float64Array {
  return (stateCount * classCount < NARROW_KEYS ? new Int32Array(size) : new Float64Array(size)).fill(-1);
}

/** Adds the edge `key` (state × class) → `value` to the open-addressing table (mask = length − 1). */
export function insertEdge(keys: Int32Array | Float64Array, values: Int32Array, key: number, value: number): void {
  const mask = keys.length - 1;
  let h = Math.imul(key, 0x9e3779b1) & mask;
  while (keys[h] !== -1) h = (h + 1) & mask;
  keys[h] = key;
  values[h] = value;
}

/** Open-addressing table size for a trie with `capacity` states: a power of two, at most half full. */
export function tableSize(capacity: number): number {
  let size = 16;
  while (size < capacity * 2) size *= 2;
  return size;
}

/** The parts of the automaton of `patterns`. */
export function compileAutomaton(patterns: readonly AutomatonPattern[]): AutomatonParts {
  const { classOf, classCount } = symbolClasses(patterns);
  const trie = new Trie(patterns, classOf, classCount);
  const n = trie.stateCount;
  const { fail, order } = failureLinks(trie);
  const { outStart, outputs } = outputTable(trie, fail, order);
  const parent = trie.parent.slice(0, n);
  const edgeClass = trie.edgeClass.slice(0, n);
  return {
    classOf,
    classCount,
    depth: trie.depth.slice(0, n),
    outStart,
    outputs,
    patternLength: Int32Array.from(patterns, (p) => p.text.length),
    rootNext: trie.rootNext,
    fail,
    parent,
    edgeClass,
    ...edgeTable(parent, edgeClass, classCount),
  };
}

/**
 * The edge table of a finished trie (the root's edges are in rootNext), sized by its states, not by
 * the units of its patterns that the trie was built with: shared prefixes make that several times
 * smaller, and every step of a scan that leaves the dense rows (a Chinese character) looks an edge up
 * in it, so a smaller table stays in cache.
 */
export function edgeTable(parent: Int32Array, edgeClass: Int32Array, classCount: number): { keys: Int32Array | Float64Array; values: Int32Array } {
  const n = parent.length;
  const size = tableSize(n);
  const keys = edgeKeys(size, n, classCount);
  const values = new Int32Array(size);
  for (let s = 1; s < n; s++) if (parent[s] !== 0) insertEdge(keys, values, parent[s]! * classCount + edgeClass[s]!, s);
  return { keys, values };
}

/**
 * Symbol classes, made before the trie so that its edges can be keyed by state × class from the
 * start. Class 0: no pattern uses it; class 1: whitespace; then one class per unit and its variants.
 * Names come normalized (no full-width forms, curly quotes or Unicode hyphens), and the forms of a
 * Chinese character are each other's (後 and 后), so whichever unit of a class a name meets first gives
 * the class all its members.
 */
function symbolClasses(patterns: readonly AutomatonPattern[]): { classOf: Uint16Array; classCount: number } {
  const classOf = new Uint16Array(65536);
  let classCount = 2;
  for (const ws of [9, 10, 12, 13, 32, 0xa0, 0x3000]) classOf[ws] = SPACE_CLASS;
  for (const p of patterns) {
    for (let i = 0; i < p.text.length; i++) {
      const u = p.text.charCodeAt(i);
      if (classOf[u] !== 0) continue;
      const cls = classCount++;
      for (const v of variantsOf(u)) if (classOf[v] === 0) classOf[v] = cls;
    }
  }
  return { classOf, classCount };
}

/**
 * The patterns' trie. Edges out of the root are in rootNext; the others in one open-addressing hash
 * table. Children are linked lists (firstChild, nextSibling) for the breadth-first walk, and each
 * state's own patterns another (termHead, termNext), in the pack's order.
 */
class Trie {
  readonly rootNext: Int32Array;
  readonly keys: Int32Array | Float64Array;
  readonly values: Int32Array;
  readonly depth: Int32Array;
  readonly parent: Int32Array;
  readonly edgeClass: Int32Array;
  readonly firstChild: Int32Array;
  readonly nextSibling: Int32Array;
  readonly termHead: Int32Array;
  readonly termNext: Int32Array;
  /** How many patterns end in each state. */
  readonly termCount: Int32Array;
  stateCount = 1;
  private readonly mask: number;

  constructor(
    patterns: readonly AutomatonPattern[],
    private readonly classOf: Uint16Array,
    private readonly classCount: number,
  ) {
    let capacity = 1;
    for (const p of patterns) capacity += p.text.length;
    this.rootNext = new Int32Array(classCount);
    const size = tableSize(capacity);
    this.keys = edgeKeys(size, capacity, classCount);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    this.depth = new Int32Array(capacity);
    this.parent = new Int32Array(capacity);
    this.edgeClass = new Int32Array(capacity);
    this.firstChild = new Int32Array(capacity).fill(-1);
    this.nextSibling = new Int32Array(capacity).fill(-1);
    this.termHead = new Int32Array(capacity).fill(-1);
    this.termNext = new Int32Array(patterns.length).fill(-1);
    this.termCount = new Int32Array(capacity);
    const patternEnd = new Int32Array(patterns.length);
    for (let index = 0; index < patterns.length; index++) patternEnd[index] = this.insert(patterns[index]!.text);
    for (let index = patterns.length - 1; index >= 0; index--) {
      const s = patternEnd[index]!;
      this.termNext[index] = this.termHead[s]!;
      this.termHead[s] = index;
    }
  }

  /** The child of `s` by class `cls`, or -1. */
  lookup(s: number, cls: number): number {
    if (s === 0) return this.rootNext[cls]! || -1;
    const key = s * this.classCount + cls;
    const { keys, mask } = this;
    let h = Math.imul(key, 0x9e3779b1) & mask;
    for (;;) {
      const k = keys[h]!;
      if (k === key) return this.values[h]!;
      if (k === -1) return -1;
      h = (h + 1) & mask;
    }
  }

  /** Adds a pattern's path; returns the state it ends in. */
  private insert(text: string): number {
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const cls = this.classOf[text.charCodeAt(i)]!;
      let next = this.lookup(s, cls);
      if (next < 0) next = this.addState(s, cls);
      s = next;
    }
    this.termCount[s]!++;
    return s;
  }

  private addState(s: number, cls: number): number {
    const next = this.stateCount++;
    this.depth[next] = this.depth[s]! + 1;
    this.parent[next] = s;
    this.edgeClass[next] = cls;
    this.nextSibling[next] = this.firstChild[s]!;
    this.firstChild[s] = next;
    if (s === 0) this.rootNext[cls] = next;
    else insertEdge(this.keys, this.values, s * this.classCount + cls, next);
    return next;
  }
}

/** Failure links, breadth first; `order` is every state but the root, in that order. */
function failureLinks(trie: Trie): { fail: Int32Array; order: Int32Array } {
  const { firstChild, nextSibling, edgeClass } = trie;
  const n = trie.stateCount;
  const fail = new Int32Array(n);
  const order = new Int32Array(n - 1);
  let tail = 0;
  for (let c = firstChild[0]!; c >= 0; c = nextSibling[c]!) order[tail++] = c;
  for (let head = 0; head < tail; head++) {
    const s = order[head]!;
    for (let child = firstChild[s]!; child >= 0; child = nextSibling[child]!) {
      const cls = edgeClass[child]!;
      let f = fail[s]!;
      let t = trie.lookup(f, cls);
      while (t < 0 && f !== 0) {
        f = fail[f]!;
        t = trie.lookup(f, cls);
      }
      fail[child] = t < 0 ? 0 : t;
      order[tail++] = child;
    }
  }
  return { fail, order };
}

/** Outputs: each state's own patterns, then those of its failure chain (longer patterns first). */
function outputTable(trie: Trie, fail: Int32Array, order: Int32Array): { outStart: Int32Array; outputs: Int32Array } {
  const { termCount, termHead, termNext } = trie;
  const n = trie.stateCount;
  const outCount = new Int32Array(n);
  for (let k = 0; k < order.length; k++) {
    const st = order[k]!;
    outCount[st] = termCount[st]! + outCount[fail[st]!]!;
  }
  const outStart = new Int32Array(n + 1);
  for (let st = 0; st < n; st++) outStart[st + 1] = outStart[st]! + outCount[st]!;
  const outputs = new Int32Array(outStart[n]!);
  for (let k = 0; k < order.length; k++) {
    const st = order[k]!;
    let w = outStart[st]!;
    for (let t = termHead[st]!; t >= 0; t = termNext[t]!) outputs[w++] = t;
    const f = fail[st]!;
    for (let r = outStart[f]!; r < outStart[f + 1]!; r++) outputs[w++] = outputs[r]!;
  }
  return { outStart, outputs };
}

/** The code units that fold to `u`: itself, its other case, their full-width forms and its other Chinese forms. */
function variantsOf(u: number): number[] {
  const out = new Set<number>([u]);
  // Simplified and traditional forms: writers in Taiwan and Hong Kong spell 熱力學.
  const forms = chineseFormsOf(u);
  if (forms) for (const t of forms) out.add(t);
  const ch = String.fromCharCode(u);
  for (const v of [ch.toUpperCase(), ch.toLowerCase()]) if (v.length === 1) out.add(v.charCodeAt(0));
  for (const v of [...out]) if (v >= 0x21 && v <= 0x7e) out.add(v + 0xfee0);
  if (u === Ch.SingleQuote) {
    out.add(0x2019);
    out.add(0x2018);
  }
  if (u === Ch.Hyphen) {
    out.add(0x2010);
    out.add(0x2011);
  }
  return [...out];
}
