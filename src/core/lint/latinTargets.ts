// The English surfaces a misspelt word may have meant, indexed for lookup by deletions (the
// symmetric-delete method): two strings within k edits share a string made by deleting at most k
// units from each. So a word is checked against every surface of the pack with a handful of hash
// lookups, not by measuring the distance to each surface.

import type { CompiledPack } from '../scan/compiledPack';
import { allowedEdits } from './editDistance';
import { Tokens } from './tokens';

/** One English surface of a concept, as a target of the lint. */
export interface LatinTarget {
  /** The surface's index in the compiled pack, and its concept. */
  surface: number;
  concept: number;
  /** An ambiguous surface ("attention"): a misspelling of it counts only where the document supports the concept. */
  contextual: boolean;
  /** The surface as the pack writes it (width-folded), and in lower case. */
  exact: string;
  lower: string;
  /** Its words, lower case (one for a single word). */
  words: string[];
  /** How many edits a misspelling of it may have. */
  maxEdits: number;
}

export interface LatinTargets {
  /** Single-word targets by every deletion of at most their `maxEdits` units. */
  readonly byDeletion: ReadonlyMap<string, readonly number[]>;
  /** Multi-word targets by each of their words of three letters or more, with the word's position. */
  readonly byWord: ReadonlyMap<string, readonly { target: number; position: number }[]>;
  readonly targets: readonly LatinTarget[];
  /** Every surface of the pack in lower case: such a word or phrase is never a misspelling. */
  readonly known: ReadonlySet<string>;
  /** Bounds on the length of a single word worth looking up. */
  readonly minLength: number;
  readonly maxLength: number;
  /** Cheap tests on a word's first two letters and length, before any string is made (see startTable). */
  readonly singleStarts: Uint8Array;
  readonly anchorStarts: Uint8Array;
  /** The words of the block being read (reused from block to block). */
  readonly tokens: Tokens;
  /** Words already looked up (null: near no target); kept by the linter across documents and edits. */
  readonly nearestMemo: Map<string, { targets: number[]; distance: number } | null>;
}

/** Lengths beyond this are never looked up (no name is longer). */
export const MAX_LOOKUP_LENGTH = 63;

/** Index in a start table of a letter (a–z; anything else shares slot 26) and a length. */
export function startSlot(letter: number, length: number): number {
  const l = letter | 32;
  return (l >= 97 && l <= 122 ? l - 97 : 26) * (MAX_LOOKUP_LENGTH + 1) + Math.min(length, MAX_LOOKUP_LENGTH);
}

/**
 * Marks, for every target, the lengths a misspelling of it may have, under each of its first two
 * letters. A word within k edits of a target has its first or second letter among the target's first
 * two unless two edits fall on the first two letters, a slip this lint lets pass: a word whose first
 * two letters are marked for its length by no target is no misspelling, and is not looked up.
 */
function markStarts(table: Uint8Array, word: string, maxEdits: number, letters = 2): void {
  for (let len = Math.max(1, word.length - maxEdits); len <= word.length + maxEdits; len++)
    for (let i = 0; i < Math.min(letters, word.length); i++) table[startSlot(word.charCodeAt(i), len)] = 1;
}

const WORD = /[A-Za-z\u00c0-\u024f]+/g;
const ONLY_LATIN_WORDS = /^[A-Za-z\u00c0-\u024f]+(?:[ -][A-Za-z\u00c0-\u024f]+)*$/;

export function buildLatinTargets(cp: CompiledPack): LatinTargets {
  const targets: LatinTarget[] = [];
  const known = new Set<string>();
  const byDeletion = new Map<string, number[]>();
  const byWord = new Map<string, { target: number; position: number }[]>();
  let minLength = Infinity;
  let maxLength = 0;
  const singleStarts = new Uint8Array(27 * (MAX_LOOKUP_LENGTH + 1));
  const anchorStarts = new Uint8Array(27 * (MAX_LOOKUP_LENGTH + 1));
  cp.surfaces.forEach((s, surface) => {
    known.add(s.text);
    // Exclusions name other things.
    if (s.concept < 0 || !ONLY_LATIN_WORDS.test(s.exact)) return;
    const words = s.text.match(WORD) ?? [];
    const letters = words.reduce((n, w) => n + w.length, 0);
    const maxEdits = allowedEdits(letters);
    if (maxEdits === 0) return;
    const index = targets.length;
    targets.push({ surface, concept: s.concept, contextual: s.contextual, exact: s.exact, lower: words.join(' '), words, maxEdits });
    if (words.length === 1) {
      minLength = Math.min(minLength, s.text.length - maxEdits);
      maxLength = Math.max(maxLength, s.text.length + maxEdits);
      for (const d of deletions(s.text, maxEdits)) push(byDeletion, d, index);
      markStarts(singleStarts, s.text, maxEdits);
    } else {
      words.forEach((w, position) => {
        if (w.length < 3) return;
        push(byWord, w, { target: index, position });
        markStarts(anchorStarts, w, 0, 1); // an anchor is met exactly: its first letter and length
      });
    }
  });
  return { byDeletion, byWord, targets, known, minLength, maxLength, singleStarts, anchorStarts, nearestMemo: new Map(), tokens: new Tokens() };
}

/** The word and every string made from it by deleting up to `k` units, each once. */
export function deletions(word: string, k: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let step = 0; step < k; step++) {
    const next: string[] = [];
    for (const w of frontier)
      for (let i = 0; i < w.length; i++) {
        const d = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(d)) {
          out.add(d);
          next.push(d);
        }
      }
    frontier = next;
  }
  return out;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
