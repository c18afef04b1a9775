// Completion of concept names while writing: the word before the cursor, and the concepts whose names,
// aliases or pinyin (full, or initials: dcpq → 对称破缺) start with it.
//
// Runs on every keystroke: the index is built once per pack (sorted keys), and a query is a binary
// search for the prefix plus a walk over the keys that have it, never a scan of every concept.
// Imports pinyin-pro through conceptId.ts: only the completion provider may import this module.

import type { ConceptPack } from '../pack/loadPack';
import type { Lang } from '../pack/conceptPack';
import { aliasKey } from '../pack/aliasKey';
import { parseMarkdown } from '../markdown/markdownStructure';
import { pinyinKeys } from './conceptId';
import { isHan } from '../text/script';

/** How a candidate matched: best first. */
export type MatchKind = 'name' | 'alias' | 'pinyin' | 'initials';
const KIND_RANK: Record<MatchKind, number> = { name: 0, alias: 1, pinyin: 2, initials: 3 };

export interface Candidate {
  conceptId: string;
  /**
   * The concept's name in the language matched (a pinyin match is Chinese), as the pack writes it: an
   * alias leads to the name (对称 → 对称性). The matched alias itself if there is no such name.
   */
  insertText: string;
  /** The name or alias whose key matched: for the item's filter text and for showing why it came. */
  matchedText: string;
  lang: Lang;
  /** The concept's name in the other language, for the item's detail. */
  detail: string | undefined;
  matched: MatchKind;
  /** How many characters before the cursor the insertion replaces (a Han word may match a shorter tail). */
  replaceLength: number;
  /** Sorts as the candidates are ranked: exact before prefix, names before aliases, shorter first. */
  sortText: string;
}

interface Entry {
  key: string;
  concept: number;
  insert: string;
  lang: Lang;
  kind: MatchKind;
}

export interface CompletionIndex {
  readonly pack: ConceptPack;
  /** Sorted; `entries[i]` belongs to `keys[i]`. */
  readonly keys: readonly string[];
  readonly entries: readonly Entry[];
}

/** Fewer typed characters than this offer nothing: one letter would list half the pack. */
export const MIN_PREFIX = 2;
/** The longest Han word looked at before the cursor (Chinese has no spaces to end a word). */
export const MAX_HAN_WORD = 8;

export { isHan };

function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) return true;
  return false;
}

/** Every name and alias of every concept under its folded key, and Chinese ones under their pinyin. */
export function buildCompletionIndex(pack: ConceptPack): CompletionIndex {
  const entries: Entry[] = [];
  const seen = new Set<string>();
  const add = (key: string, concept: number, insert: string, lang: Lang, kind: MatchKind): void => {
    const id = `${key}\u0000${concept}\u0000${insert}`;
    if (key.length < MIN_PREFIX || seen.has(id)) return;
    seen.add(id);
    entries.push({ key, concept, insert, lang, kind });
  };
  pack.concepts.forEach((c, ci) => {
    // Names come first among a concept's aliases, so a name is never recorded as an alias.
    for (const a of c.aliases) {
      add(aliasKey(a.text), ci, a.text, a.lang, a.text === c.name[a.lang] ? 'name' : 'alias');
      if (a.lang !== 'zh' || !hasHan(a.text)) continue;
      const { full, initials } = pinyinKeys(a.text);
      add(full, ci, a.text, 'zh', 'pinyin');
      add(initials, ci, a.text, 'zh', 'initials');
    }
  });
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : KIND_RANK[a.kind] - KIND_RANK[b.kind]));
  return { pack, keys: entries.map((e) => e.key), entries };
}

/** The first index whose key is not less than `key`. */
function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Scored {
  entry: Entry;
  replace: number;
  exact: boolean;
}

/** Better first: the longer typed tail, exact before prefix, names before aliases before pinyin, shorter. */
function compare(a: Scored, b: Scored): number {
  return b.replace - a.replace || Number(b.exact) - Number(a.exact) || KIND_RANK[a.entry.kind] - KIND_RANK[b.entry.kind] || a.entry.insert.length - b.entry.insert.length || (a.entry.insert < b.entry.insert ? -1 : a.entry.insert > b.entry.insert ? 1 : 0);
}

/**
 * The concepts whose names, aliases or pinyin start with the typed word, one candidate per concept, best
 * first. A word ending in Han characters also tries its shorter tails (熵与对称 finds 对称破缺 by 对称).
 */
export function conceptCompletions(index: CompletionIndex, prefix: string, limit = 50): Candidate[] {
  const best = new Map<number, Scored>();
  const tails = hasHan(prefix) ? hanTails(prefix) : [prefix];
  for (const tail of tails) {
    const key = aliasKey(tail);
    if (key.length < MIN_PREFIX) continue;
    for (let i = lowerBound(index.keys, key); i < index.keys.length && index.keys[i]!.startsWith(key); i++) {
      const entry = index.entries[i]!;
      const scored = { entry, replace: tail.length, exact: index.keys[i] === key };
      const prior = best.get(entry.concept);
      if (!prior || compare(scored, prior) < 0) best.set(entry.concept, scored);
    }
  }
  const ranked = [...best.values()].sort(compare).slice(0, limit);
  const capital = isUpperAscii(prefix.charCodeAt(0));
  return ranked.map((s, rank) => {
    const c = index.pack.concepts[s.entry.concept]!;
    const other: Lang = s.entry.lang === 'zh' ? 'en' : 'zh';
    const insert = c.name[s.entry.lang] ?? s.entry.insert;
    return {
      conceptId: c.id,
      insertText: capital ? capitalize(insert) : insert,
      matchedText: s.entry.insert,
      lang: s.entry.lang,
      detail: c.name[other],
      matched: s.entry.kind,
      replaceLength: s.replace,
      sortText: String(rank).padStart(4, '0'),
    };
  });
}

/** The tails of a word that ends in Han characters, longest first, down to two characters. */
function hanTails(word: string): string[] {
  const out: string[] = [];
  for (let n = Math.min(word.length, MAX_HAN_WORD); n >= MIN_PREFIX; n--) out.push(word.slice(word.length - n));
  return out;
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** `Emer` completes to `Emergence`: a sentence's first word keeps the capital the writer typed. */
function capitalize(text: string): string {
  const c = text.charCodeAt(0);
  return c >= 97 && c <= 122 ? text[0]!.toUpperCase() + text.slice(1) : text;
}

export interface CompletionContext {
  /** The word typed before the offset: a run of Latin letters, digits and hyphens, or of Han characters. */
  word: string;
  /** Where the word starts. */
  start: number;
  /** False in code, math, a link destination, front matter: whatever the Markdown structure excludes. */
  inProse: boolean;
}

/** Latin letters and digits, full-width ones too, and a hyphen inside a word (self-organization). */
function isLatinWordUnit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

/** The index of the excluded [start, end) pair holding `offset`, or -1. */
function excludedAt(excluded: readonly number[], offset: number): number {
  let lo = 0;
  let hi = excluded.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (excluded[2 * mid + 1]! <= offset) lo = mid + 1;
    else if (excluded[2 * mid]! > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * The word being typed before `offset`, and whether it is in prose. `excluded` is the document's
 * MarkdownStructure.excluded when the caller has it (the keystroke path should not parse again).
 */
export function completionContext(text: string, offset: number, excluded?: readonly number[]): CompletionContext {
  let start = offset;
  const last = text.charCodeAt(offset - 1);
  if (offset > 0 && isHan(last)) {
    while (start > 0 && offset - start < MAX_HAN_WORD && isHan(text.charCodeAt(start - 1))) start--;
  } else if (offset > 0 && isLatinWordUnit(last)) {
    // Bounded: past 64 characters it is not a word being typed but a run to skip.
    while (start > 0 && offset - start < 64 && isLatinWordUnit(text.charCodeAt(start - 1))) start--;
    while (start < offset && text.charCodeAt(start) === 45) start++;
  }
  const ranges = excluded ?? parseMarkdown(text).excluded;
  const at = offset > start ? offset - 1 : offset;
  if (excludedAt(ranges, at) >= 0) return { word: text.slice(start, offset), start, inProse: false };
  // A word may begin right after excluded text (`code`dcpq): only the part in prose counts.
  const before = excludedAt(ranges, start);
  if (before >= 0) start = ranges[2 * before + 1]!;
  return { word: text.slice(start, offset), start, inProse: true };
}
