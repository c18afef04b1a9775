// Misspelt English concept names in one block: single words that are not real words but sit within
// a few edits of a surface, and phrases within a few edits of a multi-word surface ("symmetry braking").

import { isWordUnit } from '../text/chars';
import type { BlockProse } from './blockText';
import { overlapsMatch } from './blockText';
import { deletions, MAX_LOOKUP_LENGTH, startSlot, type LatinTargets } from './latinTargets';
import { allowedEdits, editDistance } from './editDistance';
import type { Lexicon } from './lexicon';
import type { LintDiagnostic } from './lintTypes';
import { withCaseOf } from './caseOf';
import type { Tokens } from './tokens';

/** The most units a word may have to be looked up: no concept name is longer. */
const MAX_WORD = MAX_LOOKUP_LENGTH;

/** A window of the text that is a few edits from some targets. */
interface Candidate {
  start: number;
  end: number;
  targets: number[];
  distance: number;
}

export function latinMisspellings(prose: BlockProse, t: LatinTargets, lexicon: Lexicon, out: LintDiagnostic[]): void {
  if (t.targets.length === 0) return;
  const tokens = t.tokens;
  tokensOf(prose, tokens);
  const text = prose.text;
  const lower = (k: number): string => text.slice(tokens.starts[k], tokens.ends[k]).toLowerCase();
  const isWord = (w: string): boolean => t.known.has(w) || lexicon.hasEnglish(w);
  let candidates: Candidate[] | undefined;
  for (let k = 0; k < tokens.count; k++) {
    const start = tokens.starts[k]!;
    const end = tokens.ends[k]!;
    const len = end - start;
    if (len < 3 || len > MAX_WORD) continue;
    const anchor = t.anchorStarts[startSlot(text.charCodeAt(start), len)] === 1;
    const single = len >= t.minLength && len <= t.maxLength && startsMarked(t.singleStarts, text, start, len);
    if (!anchor && !single) continue;
    const word = lower(k);
    if (anchor) phrasesAt(prose, tokens, k, word, t, lexicon, lower, (candidates ??= []));
    // An identifier written in prose (toFraction, transformKey, KTransformers) is not a word.
    if (!single || !isLetters(word) || looksLikeIdentifier(text, start, end, isWord)) continue;
    if (isWord(word) || overlapsMatch(prose.matches, start, end)) continue;
    const found = nearest(word, t);
    if (found) (candidates ??= []).push({ start, end, ...found });
  }
  if (candidates) for (const c of leftmostLongest(candidates)) out.push(diagnostic(prose, c.start, c.end, c.targets, t));
}

/** Candidates that do not overlap: leftmost first, then the longest, then the nearest (as the scanner picks names). */
function leftmostLongest(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.distance - b.distance);
  const out: Candidate[] = [];
  for (const c of candidates) if (out.length === 0 || c.start >= out[out.length - 1]!.end) out.push(c);
  return out;
}

/** Whether the word's first or second letter is marked for its length in a start table. */
function startsMarked(table: Uint8Array, text: string, start: number, length: number): boolean {
  return table[startSlot(text.charCodeAt(start), length)] === 1 || table[startSlot(text.charCodeAt(start + 1), length)] === 1;
}

/** Fills `tokens` with the words of the block's prose segments. */
function tokensOf(prose: BlockProse, tokens: Tokens): void {
  const { text, segments } = prose;
  tokens.count = 0;
  for (let s = 0; s < segments.length; s += 2) {
    const end = segments[s + 1]!;
    const segmentStart = segments[s]!;
    let i = segmentStart;
    while (i < end) {
      if (!isWordUnit(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < end && isWordUnit(text.charCodeAt(i))) i++;
      const p = tokens.count - 1;
      if (p >= 0 && tokens.joined[p] === 1 && !(tokens.ends[p]! >= segmentStart && joinable(text, tokens.ends[p]!, start))) tokens.joined[p] = 0;
      tokens.push(start, i);
    }
    if (tokens.count > 0) tokens.joined[tokens.count - 1] = 0;
  }
}

/** Spaces, one line break, one hyphen and emphasis markers, at most a few units of them. */
function joinable(text: string, from: number, to: number): boolean {
  if (to - from > 4) return false;
  let hyphens = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 45) hyphens++;
    else if (c !== 32 && c !== 10 && c !== 42 && c !== 95) return false;
  }
  return hyphens <= 1;
}

/**
 * Whether the word is an identifier: camelCase (a lower-case letter, then a capital), or an acronym
 * joined to a word (KTransformers, BCEmbedding). The word after the acronym must be one, or a slip with
 * Shift held too long (TRansfomer, ENtrophy) would pass for a name.
 */
function looksLikeIdentifier(text: string, start: number, end: number, isWord: (w: string) => boolean): boolean {
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) continue;
    const p = text.charCodeAt(i - 1);
    if (p >= 97 && p <= 122) return true;
    const n = i + 1 < end ? text.charCodeAt(i + 1) : 0;
    if (p >= 65 && p <= 90 && n >= 97 && n <= 122 && isWord(text.slice(i, end).toLowerCase())) return true;
  }
  return false;
}

function isLetters(word: string): boolean {
  return /^[a-z\u00df-\u024f]+$/.test(word);
}

/** The nearest targets of a word that is neither a name nor a real word, remembered per word. */
function nearest(word: string, t: LatinTargets): { targets: number[]; distance: number } | undefined {
  const memo = t.nearestMemo;
  if (memo.has(word)) return memo.get(word) ?? undefined;
  const found = nearestTargets(word, [...lookup(word, t)], t);
  // Made-up words are many in crafted text: the memo is emptied rather than let grow without end.
  if (memo.size >= NEAREST_MEMO_SIZE) memo.clear();
  memo.set(word, found.targets.length > 0 ? found : null);
  return found.targets.length > 0 ? found : undefined;
}

const NEAREST_MEMO_SIZE = 20_000;

function* lookup(word: string, t: LatinTargets): Iterable<number> {
  // Two edits are allowed only for names of nine letters or more, so only words of seven or more.
  for (const d of deletions(word, word.length >= 7 ? 2 : 1)) {
    const hits = t.byDeletion.get(d);
    if (hits) yield* hits;
  }
}

/** The targets nearest to the word within their allowed edits; several only on a tie between concepts. */
function nearestTargets(word: string, candidates: readonly number[], t: LatinTargets): { targets: number[]; distance: number } {
  let best = Infinity;
  let found: number[] = [];
  for (const i of new Set(candidates)) {
    const target = t.targets[i]!;
    const d = editDistance(word, target.lower, target.maxEdits);
    if (d === 0 || d > target.maxEdits || d > best) continue;
    if (d < best) found = [];
    best = d;
    found.push(i);
  }
  // One fix per distinct text: a name and its spelling variant may both be nearest.
  const byText = new Map<string, number>();
  for (const i of found) if (!byText.has(t.targets[i]!.lower)) byText.set(t.targets[i]!.lower, i);
  return { targets: [...byText.values()], distance: best };
}

function diagnostic(prose: BlockProse, start: number, end: number, found: readonly number[], t: LatinTargets): LintDiagnostic {
  const written = prose.text.slice(start, end);
  const targets = found.map((i) => t.targets[i]!);
  const concepts = new Set(targets.map((x) => x.concept));
  const candidates = targets.map((x) => ({ surface: x.surface, concept: prose.conceptOf(x.surface, x.concept) }));
  return {
    rule: 'concept-misspelling',
    concept: candidates[0]!.concept,
    contextual: targets.every((x) => x.contextual),
    candidates,
    start,
    end,
    text: written,
    expected: targets[0]!.exact,
    fixes: targets.map((x) => ({ kind: 'replace', replacement: withCaseOf(written, x.exact), safe: targets.length === 1 && concepts.size === 1 })),
  };
}

/** Windows of words that the word may be part of, a few edits from a multi-word target. */
function phrasesAt(prose: BlockProse, tokens: Tokens, k: number, word: string, t: LatinTargets, lexicon: Lexicon, lower: (k: number) => string, out: Candidate[]): void {
  for (const { target, position } of t.byWord.get(word) ?? []) {
    const tg = t.targets[target]!;
    const first = k - position;
    const last = first + tg.words.length - 1;
    if (first < 0 || last >= tokens.count) continue;
    let ok = true;
    for (let j = first; j < last && ok; j++) ok = tokens.joined[j] === 1;
    // A window is met once per word of the target it shares; only its first shared word checks it.
    if (!ok || tg.words.findIndex((w, j) => w.length >= 3 && lower(first + j) === w) !== position) continue;
    const words: string[] = [];
    for (let j = first; j <= last; j++) words.push(lower(j));
    const phrase = words.join(' ');
    if (t.known.has(phrase) || t.known.has(words.join('-')) || t.known.has(words.join(''))) continue;
    const d = editDistance(phrase, tg.lower, tg.maxEdits);
    if (d === 0 || d > tg.maxEdits || !wordsAreSlips(words, tg.words, lexicon)) continue;
    const start = tokens.starts[first]!;
    const end = tokens.ends[last]!;
    if (overlapsMatch(prose.matches, start, end)) continue;
    out.push({ start, end, targets: [target], distance: d });
  }
}

/**
 * Whether the words that differ from the name's are slips of them: each within the edits its own
 * length allows (so "were" is no slip of "pre"), and none a real word that is short ("last" for
 * "least") or shares its first four letters with the name's word, a form the writer chose ("behaviours",
 * "modelling"). A longer real word that is no such form ("braking" for "breaking") is a slip.
 */
function wordsAreSlips(words: readonly string[], names: readonly string[], lexicon: Lexicon): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const n = names[i]!;
    if (w === n) continue;
    const allowed = allowedEdits(n.length);
    if (editDistance(w, n, allowed) > allowed) return false;
    // A short real word is the writer's choice more often than a slip ("last action" is no "least action").
    if (lexicon.hasEnglish(w) && (w.length < 5 || commonPrefix(w, n) >= 4)) return false;
  }
  return true;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
