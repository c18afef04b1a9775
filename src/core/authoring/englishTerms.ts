// English terms: noun phrases (adjectives and nouns ending in a noun, at most one "of" inside) and
// their head-anchored tails ("large language model" also counts "language model" and "model"), so
// that a phrase that always stands inside a longer one can be dropped like a Chinese n-gram.
//
// The part-of-speech tagger is injected (compromise, loaded only by the draft command); without one,
// every word that is not a function word counts as a noun. Short runs of Latin words inside Chinese
// prose ("Transformer", "LLM") are names as they stand and are not tagged.

import { BREAK, isDigit, isHan, isLatinLetter, newStat, bump, type TermStat } from './draftText';

export type WordPos = 'noun' | 'proper' | 'adj' | 'other';
/** A word of `text` with its part of speech; offsets are relative to `text`, in ascending order. */
export interface TaggedWord {
  start: number;
  end: number;
  pos: WordPos;
}
export type EnglishTagger = (text: string) => TaggedWord[];

export interface EnglishTerm {
  /** As shown: lower case, except proper nouns and words with inner capitals (LLM, OpenAI). */
  text: string;
  stat: TermStat;
  words: number;
  /** Seen as a short run of Latin words inside Chinese prose: a borrowed term or a name. */
  island: boolean;
}

/** Function words and vague words that neither begin nor end a term. */
export const ENGLISH_STOP = new Set(
  (
    'a an the this that these those it its it\'s they them their there here we our us you your i me my he him his she her ' +
    'and or but nor so yet if then than as at by for from in into of on onto to with without within via per about over under ' +
    'is are was were be been being am do does did done have has had having can could will would shall should may might must ' +
    'not no yes all any some each every both either neither few many much more most other others such same own only also just ' +
    'very too quite rather even still again ever never always often sometimes what which who whom whose when where why how ' +
    'new first last next one two three etc e.g i.e way thing things lot lots kind sort use used using make makes made get gets'
  ).split(' '),
);

/** The most words a term has (an "of" not counted). */
const MAX_WORDS = 4;
/** Units of prose given to the tagger (compromise reads about 20 KB a second); the rest is split by the stop list. */
const MAX_TAGGED = 60_000;
/** Latin runs inside Chinese prose of at most this many words are names as they stand. */
const MAX_ISLAND_WORDS = 4;

/** Words of a segment, tagged by the stop list alone: the fallback when no tagger is given. */
export function stopListTagger(text: string): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (const w of wordsOf(text, 0)) {
    const lower = text.slice(w.start, w.end).toLowerCase();
    const pos: WordPos = ENGLISH_STOP.has(lower) ? 'other' : /[A-Z]/.test(text[w.start]!) ? 'proper' : 'noun';
    out.push({ start: w.start, end: w.end, pos });
  }
  return out;
}

/** Words: letters and digits starting with a letter, joined by inner hyphens and apostrophes. */
function wordsOf(text: string, from: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = from; i < text.length; ) {
    if (!isLatinLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let e = i + 1;
    for (;;) {
      while (e < text.length && (isLatinLetter(text.charCodeAt(e)) || isDigit(text.charCodeAt(e)))) e++;
      const c = text[e];
      if ((c === '-' || c === "'" || c === '’') && e + 1 < text.length && isLatinLetter(text.charCodeAt(e + 1))) e++;
      else break;
    }
    out.push({ start: i, end: e });
    i = e;
  }
  return out;
}

/**
 * Plural to singular for the head word of a phrase: the regular endings, on lower-case words. Names of
 * fields in -ics are singular (physics, statistics); Latin plurals in -ices come from -ix or -ex
 * (matrices, vertices, indices).
 */
export function singular(word: string): string {
  if (word !== word.toLowerCase() || word.length < 4) return word;
  if (word.endsWith('ics')) return word;
  if (word.endsWith('trices')) return `${word.slice(0, -6)}trix`;
  if (/(rt|d)ices$/.test(word)) return `${word.slice(0, -4)}ex`;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is|ous)$/.test(word)) return word.slice(0, -1);
  return word;
}

function shown(word: string, pos: WordPos): string {
  return pos === 'proper' || /.[A-Z]/.test(word) ? word : word.toLowerCase();
}

/** Segments of Latin prose: between Han characters, breaks, blank lines and CJK punctuation. */
function forEachSegment(prose: string, visit: (start: number, end: number, island: boolean) => void): void {
  let s = 0;
  const flush = (e: number): void => {
    if (e > s) visit(s, e, (s > 0 && isHan(prose.charCodeAt(s - 1))) || (e < prose.length && isHan(prose.charCodeAt(e))));
  };
  for (let i = 0; i < prose.length; i++) {
    const c = prose.charCodeAt(i);
    const ch = prose[i]!;
    if (isHan(c) || ch === BREAK || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (ch === '\n' && prose[i + 1] === '\n')) {
      flush(i);
      s = i + 1;
    }
  }
  flush(prose.length);
}

class Tally {
  readonly terms = new Map<string, EnglishTerm>();
  add(key: string, text: string, words: number, offset: number, section: number, island = false): void {
    const t = this.terms.get(key);
    if (t) {
      bump(t.stat, section);
      t.island ||= island;
      // Shown as written in running text: a capital from a title or a sentence start gives way.
      if (text !== t.text && text === text.toLowerCase()) t.text = text;
    } else this.terms.set(key, { text, stat: newStat(offset, section), words, island });
  }
}

export function englishTerms(prose: string, sectionOf: (offset: number) => number, tagger: EnglishTagger = stopListTagger): Map<string, EnglishTerm> {
  const tally = new Tally();
  let budget = MAX_TAGGED;
  forEachSegment(prose, (s, e, island) => {
    const segment = prose.slice(s, e);
    const words = wordsOf(segment, 0);
    if (words.length === 0) return;
    const section = sectionOf(s);
    if (island && words.length <= MAX_ISLAND_WORDS) addIsland(tally, segment, words, s, section);
    else {
      budget -= segment.length;
      addPhrases(tally, segment, (budget >= 0 ? tagger : stopListTagger)(segment), s, section);
    }
  });
  return dropShadowedTails(tally.terms);
}

/** Drops a tail that never stands without its phrase: "language model" inside "large language model" only. */
function dropShadowedTails(terms: Map<string, EnglishTerm>): Map<string, EnglishTerm> {
  for (const [key, t] of [...terms]) {
    const words = key.split(' ');
    for (let k = 1; k < words.length; k++) {
      const tail = terms.get(words.slice(k).join(' '));
      if (tail && tail !== t && tail.stat.count === t.stat.count) terms.delete(words.slice(k).join(' '));
    }
  }
  return terms;
}

function addIsland(tally: Tally, segment: string, words: { start: number; end: number }[], at: number, section: number): void {
  let a = 0;
  let b = words.length;
  const lower = (k: number): string => segment.slice(words[k]!.start, words[k]!.end).toLowerCase();
  while (a < b && ENGLISH_STOP.has(lower(a))) a++;
  while (b > a && ENGLISH_STOP.has(lower(b - 1))) b--;
  if (a >= b) return;
  const text = segment.slice(words[a]!.start, words[b - 1]!.end).replace(/\s+/g, ' ');
  if (text.length < 2) return;
  tally.add(keyOf(text), text, b - a, at + words[a]!.start, section, true);
}

export function keyOf(text: string): string {
  const parts = text.toLowerCase().split(/\s+/);
  parts[parts.length - 1] = singular(parts[parts.length - 1]!);
  return parts.join(' ');
}

/** Joins words that the tagger split at a hyphen ("self-attention"): the tag of the last part wins. */
function joinHyphens(segment: string, tagged: readonly TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (const w of tagged) {
    const prev = out[out.length - 1];
    if (prev && w.start === prev.end + 1 && segment[prev.end] === '-') out[out.length - 1] = { start: prev.start, end: w.end, pos: w.pos };
    else out.push({ ...w });
  }
  return out;
}

/** Noun phrases of a tagged segment, each with its tails. */
function addPhrases(tally: Tally, segment: string, tagged: readonly TaggedWord[], at: number, section: number): void {
  const words = joinHyphens(segment, tagged);
  const textOf = (w: TaggedWord): string => segment.slice(w.start, w.end);
  const content = (w: TaggedWord): boolean => w.pos !== 'other' && !ENGLISH_STOP.has(textOf(w).toLowerCase()) && textOf(w).length > 1;
  let i = 0;
  while (i < words.length) {
    if (!content(words[i]!)) {
      i++;
      continue;
    }
    let j = i;
    let ofAt = -1;
    while (j + 1 < words.length) {
      const next = words[j + 1]!;
      // Only spaces between words of one phrase: a comma or full stop ends it.
      if (segment.slice(words[j]!.end, next.start).trim() !== '') break;
      if (content(next)) j++;
      else if (ofAt < 0 && textOf(next).toLowerCase() === 'of' && words[j]!.pos !== 'adj' && j + 2 < words.length && content(words[j + 2]!) && segment.slice(next.end, words[j + 2]!.start).trim() === '') {
        ofAt = j + 1;
        j += 2;
      } else break;
    }
    emitPhrase(tally, segment, words.slice(i, j + 1), ofAt < 0 ? -1 : ofAt - i, at, section);
    i = j + 1;
  }
}

/** A phrase ends in a noun; its tails (and, around "of", each side's tails) count too. */
function emitPhrase(tally: Tally, segment: string, words: TaggedWord[], ofAt: number, at: number, section: number): void {
  const parts = ofAt < 0 ? [words] : [words.slice(0, ofAt), words.slice(ofAt + 1)];
  const trimmed = parts.map((p) => trimToNoun(p)).filter((p) => p.length > 0);
  if (trimmed.length === 0) return;
  const say = (ws: TaggedWord[]): string => ws.map((w) => shown(segment.slice(w.start, w.end), w.pos)).join(' ');
  if (trimmed.length === 2 && trimmed[0]!.length + trimmed[1]!.length <= MAX_WORDS) {
    const text = `${say(trimmed[0]!)} of ${say(trimmed[1]!)}`;
    tally.add(`${keyOf(say(trimmed[0]!))} of ${say(trimmed[1]!).toLowerCase()}`, text, trimmed[0]!.length + trimmed[1]!.length, at + trimmed[0]![0]!.start, section);
  }
  for (const p of trimmed)
    for (let k = Math.max(0, p.length - MAX_WORDS); k < p.length; k++) {
      const tail = p.slice(k);
      const text = say(tail);
      if (text.length > 1) tally.add(keyOf(text), text.replace(/\S+$/, (w) => singular(w)), tail.length, at + tail[0]!.start, section);
    }
}

function trimToNoun(words: TaggedWord[]): TaggedWord[] {
  let e = words.length;
  while (e > 0 && words[e - 1]!.pos === 'adj') e--;
  return words.slice(0, e);
}
