// Terms the author marked: emphasised (`**熵**`, `*emergence*`), named in a heading, or glossed in
// the other language (`嵌入（Embedding）`, `entropy (熵)`). Each scan is linear: a marker or a
// parenthesis looks ahead a bounded number of units.

import { BREAK, hasHan, isHan, isLatinLetter } from './draftText';
import type { Heading } from '../markdown/headings';
import { ENGLISH_STOP } from './englishTerms';

/** Longest emphasised text that can be a term; longer emphasis is a sentence. */
const MAX_EMPHASIS = 40;
/** Longest Chinese term and English gloss taken from a mark. */
export const MAX_HAN_TERM = 10;
const MAX_GLOSS_WORDS = 5;
const MAX_GLOSS = 60;

/** Punctuation that a term does not hold: a mark holding it is a clause, not a term. */
const CLAUSE = /[，。；：！？、,;:!?.]/;
/** Splits a heading into the terms it names: punctuation, conjunctions, "的" and particles. */
const HEADING_SPLIT_EN = /[,;:!?()[\]"“”+&/|—–]+|\s(?:and|or|vs\.?|versus)\s/i;
const HEADING_SPLIT = /[\s，。；：！？、,;:!?()（）[\]【】《》「」『』"“”‘’+&/|—–]+|[与和及或的之是]/;
/** Sentence-final particles and question words left at the end of a heading piece. */
const TRAILING = /[么吗呢吧啊]+$/;

export interface Mark {
  text: string;
  offset: number;
}

export interface Gloss {
  zh: string;
  en: string;
  offset: number;
}

/** Pieces of each heading that can be terms: "熵与热力学第二定律" gives 熵 and 热力学第二定律. */
export function headingTerms(headings: readonly Heading[]): Mark[] {
  const out: Mark[] = [];
  for (const h of headings)
    for (const piece of splitByScript(h.text)) {
      const han = hasHan(piece);
      for (const raw of piece.split(han ? HEADING_SPLIT : HEADING_SPLIT_EN)) {
        const t = han ? raw.replace(TRAILING, '').trim() : trimStopWords(raw);
        if (t.length === 0 || (han ? t.length > MAX_HAN_TERM : t.split(' ').length > MAX_GLOSS_WORDS || t.length < 2)) continue;
        out.push({ text: t, offset: h.contentStart });
      }
    }
  return out;
}

/** Drops function words at either end of an English piece: "the Second Law" → "Second Law". */
function trimStopWords(piece: string): string {
  const words = piece.trim().split(/\s+/);
  let a = 0;
  let b = words.length;
  while (a < b && ENGLISH_STOP.has(words[a]!.toLowerCase())) a++;
  while (b > a && ENGLISH_STOP.has(words[b - 1]!.toLowerCase())) b--;
  return words.slice(a, b).join(' ');
}

/** "Transformer+Embedding产生的化学效应" → the Latin and the Han parts. */
function splitByScript(text: string): string[] {
  const out: string[] = [];
  let s = 0;
  for (let i = 1; i <= text.length; i++) {
    const change = i < text.length && isHan(text.charCodeAt(i)) !== isHan(text.charCodeAt(i - 1)) && (isHan(text.charCodeAt(i)) || isLatinLetter(text.charCodeAt(i)) || isHan(text.charCodeAt(i - 1)));
    if (i === text.length || change) {
      out.push(text.slice(s, i));
      s = i;
    }
  }
  return out;
}

/** Short emphasised spans (`*…*`, `**…**`, `_…_`, `__…__`) on one line that read as terms. */
export function emphasisTerms(prose: string): Mark[] {
  const out: Mark[] = [];
  for (let i = 0; i < prose.length; i++) {
    const ch = prose[i]!;
    if (ch !== '*' && ch !== '_') continue;
    let run = i;
    while (run < prose.length && prose[run] === ch) run++;
    const width = run - i;
    // An underscore inside a word is no emphasis (snake_case).
    if (width > 2 || (ch === '_' && i > 0 && isLatinLetter(prose.charCodeAt(i - 1)))) {
      i = run - 1;
      continue;
    }
    const close = closingRun(prose, run, ch, width);
    if (close < 0) {
      i = run - 1;
      continue;
    }
    const inner = prose.slice(run, close);
    const t = inner.trim();
    if (t === inner && t.length > 0 && !CLAUSE.test(t) && (hasHan(t) ? t.length <= MAX_HAN_TERM : t.split(' ').length <= MAX_GLOSS_WORDS)) out.push({ text: t, offset: run });
    i = close + width - 1;
  }
  return out;
}

/** Where the same marker run closes within MAX_EMPHASIS units on the line, or -1. */
function closingRun(prose: string, from: number, ch: string, width: number): number {
  const end = Math.min(prose.length, from + MAX_EMPHASIS + 1);
  for (let k = from; k < end; k++) {
    const c = prose[k];
    if (c === '\n' || c === BREAK) return -1;
    if (c !== ch) continue;
    let r = k;
    while (r < prose.length && prose[r] === ch) r++;
    return r - k === width ? k : -1;
  }
  return -1;
}

/**
 * `中文（English）`, `中文 (English)` and `English (中文)`. `chooseZh` picks the Chinese term out of the
 * Han run before the parenthesis (its longest known suffix); the English side before a Chinese gloss
 * is the run of Latin words right before it.
 */
export function glosses(prose: string, chooseZh: (run: string) => string | undefined, chooseEn: (run: string) => string | undefined): Gloss[] {
  const out: Gloss[] = [];
  for (let i = 0; i < prose.length; i++) {
    const ch = prose[i];
    if (ch !== '(' && ch !== '（') continue;
    const close = closingParen(prose, i + 1);
    if (close < 0) continue;
    const inner = prose.slice(i + 1, close).trim();
    const before = termEnd(prose, i);
    if (isLatinGloss(inner) && before > 0 && isHan(prose.charCodeAt(before - 1))) {
      const zh = chooseZh(runBefore(prose, before, (c) => isHan(c), MAX_HAN_TERM));
      if (zh) out.push({ zh, en: inner.replace(/\s+/g, ' '), offset: before - zh.length });
    } else if (isHanGloss(inner) && before > 0 && isLatinLetter(prose.charCodeAt(before - 1))) {
      const run = runBefore(prose, before, (c) => isLatinLetter(c) || c === 32 || c === 45, MAX_GLOSS);
      const en = chooseEn(run.trim());
      if (en) out.push({ zh: inner, en, offset: before - en.length });
    }
    i = close;
  }
  return out;
}

/** Where the term before a parenthesis ends: one space and emphasis markers (`**嵌入**（Embedding）`) may stand between. */
function termEnd(prose: string, paren: number): number {
  let e = paren;
  if (e > 0 && prose[e - 1] === ' ') e--;
  const lo = Math.max(0, e - 3);
  while (e > lo && (prose[e - 1] === '*' || prose[e - 1] === '_')) e--;
  return e;
}

function closingParen(prose: string, from: number): number {
  const end = Math.min(prose.length, from + MAX_GLOSS);
  for (let k = from; k < end; k++) {
    const c = prose[k];
    if (c === ')' || c === '）') return k;
    if (c === '(' || c === '（' || c === '\n' || c === BREAK) return -1;
  }
  return -1;
}

function runBefore(prose: string, end: number, keep: (c: number) => boolean, max: number): string {
  let s = end;
  while (s > 0 && end - s < max && keep(prose.charCodeAt(s - 1))) s--;
  return prose.slice(s, end);
}

function isLatinGloss(s: string): boolean {
  if (s.length < 2 || hasHan(s)) return false;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isLatinLetter(c)) letters++;
    else if (c !== 32 && c !== 45 && c !== 39) return false;
  }
  return letters >= 2 && s.split(/\s+/).length <= MAX_GLOSS_WORDS;
}

function isHanGloss(s: string): boolean {
  if (s.length === 0 || s.length > MAX_HAN_TERM) return false;
  for (let i = 0; i < s.length; i++) if (!isHan(s.charCodeAt(i))) return false;
  return true;
}
