// The pool of draft candidates: statistical terms of both languages, the author's marks on top, and
// glosses joining a Chinese and an English candidate into one. Ranked by a score that grows with the
// count, the number of sections a term is used in, its length and its marks.

import type { ChineseCounts } from './chineseTerms';
import { keyOf, ENGLISH_STOP, type EnglishTerm } from './englishTerms';
import { emphasisTerms, glosses, headingTerms, MAX_HAN_TERM as MAX_HAN_RUN, type Mark } from './draftMarks';
import { hasHan, scanStat, type DraftProse, type TermStat } from './draftText';

/** Why a candidate is there; `island`: Latin words inside Chinese prose, where a borrowed term stands. */
export type DraftSource = 'frequency' | 'island' | 'heading' | 'emphasis' | 'gloss';

export interface Candidate {
  zh?: string;
  en?: string;
  stat: TermStat;
  sources: Set<DraftSource>;
  /** Longer terms are more specific: a bonus per character or word. */
  quality: number;
  score: number;
}

export interface PoolInput {
  doc: DraftProse;
  sectionOf: (offset: number) => number;
  zh: ChineseCounts | undefined;
  en: Map<string, EnglishTerm>;
  lang: 'auto' | 'zh' | 'en';
}

const BOOST: Record<DraftSource, number> = { frequency: 1, island: 1.5, heading: 1.5, emphasis: 1.5, gloss: 2 };
/** Marks read at most (each may scan the document once). */
const MAX_MARKS = 300;
/** Characters that end the words before a Chinese term, when no known term ends a glossed run. */
const BEFORE_TERM = /[的了是在和与或也就都而及之其这那为以于把被对从等即称叫做作]/;

const zhKey = (t: string): string => `zh:${t}`;
const enKey = (t: string): string => `en:${keyOf(t)}`;
// A longer n-gram that recurs with free boundaries is less likely a chance repeat: a strong bonus per character.
const hanQuality = (t: string): number => 1 + Math.max(0, t.length - 2);
const latinQuality = (t: string): number => 1 + 0.25 * (t.split(' ').length - 1);

class Pool {
  private readonly byKey = new Map<string, Candidate>();
  private readonly lower: string;
  constructor(private readonly input: PoolInput) {
    this.lower = input.doc.prose.toLowerCase();
  }

  addStatistics(): void {
    for (const t of this.input.zh?.terms ?? []) this.byKey.set(zhKey(t.text), { zh: t.text, stat: t.stat, sources: new Set(['frequency']), quality: hanQuality(t.text), score: 0 });
    for (const t of this.input.en.values())
      if (t.stat.count >= 2) this.byKey.set(enKey(t.text), { en: t.text, stat: t.stat, sources: new Set(t.island ? ['frequency', 'island'] : ['frequency']), quality: latinQuality(t.text), score: 0 });
  }

  /** The candidate for a term, made from a fresh count when the statistics did not keep it. */
  candidate(raw: string): Candidate | undefined {
    let text = raw.replace(/\s+/g, ' ').trim();
    // A heading piece such as "** -" or a blank table cell names nothing.
    if (!/[A-Za-z\u3400-\u9fff]/.test(text)) return undefined;
    const han = hasHan(text);
    const key = han ? zhKey(text) : enKey(text);
    const known = this.byKey.get(key);
    if (known) return known;
    const stat = han ? scanStat(this.input.doc.prose, this.lower, text, this.input.sectionOf) : (this.input.en.get(keyOf(text))?.stat ?? scanStat(this.input.doc.prose, this.lower, text, this.input.sectionOf));
    if (!stat) return undefined;
    // A heading's Title Case gives way to the lower case of running text, when the text has it.
    if (!han && !/.[A-Z]/.test(text.replace(/ [A-Z]/g, ' x')) && this.input.doc.prose.includes(text.toLowerCase())) text = text.toLowerCase();
    const c: Candidate = { ...(han ? { zh: text } : { en: text }), stat, sources: new Set(), quality: han ? hanQuality(text) : latinQuality(text), score: 0 };
    this.byKey.set(key, c);
    return c;
  }

  addMarks(marks: readonly Mark[], source: DraftSource): void {
    const lang = this.input.lang;
    for (const m of marks.slice(0, MAX_MARKS)) {
      if ((lang === 'zh' && !hasHan(m.text)) || (lang === 'en' && hasHan(m.text))) continue;
      this.candidate(m.text)?.sources.add(source);
    }
  }

  has(text: string): boolean {
    return this.byKey.has(hasHan(text) ? zhKey(text) : enKey(text));
  }

  /** Joins the Chinese and the English candidate of a gloss into one concept with both names. */
  join(zh: string, en: string): void {
    const a = this.candidate(zh);
    const b = this.candidate(en);
    if (!a || !b || a === b || a.en !== undefined || b.zh !== undefined) return;
    const joined: Candidate = {
      zh: a.zh,
      en: b.en,
      stat: { count: a.stat.count + b.stat.count, first: Math.min(a.stat.first, b.stat.first), spread: Math.max(a.stat.spread, b.stat.spread), lastSection: -1 },
      sources: new Set([...a.sources, ...b.sources, 'gloss']),
      quality: Math.max(a.quality, b.quality),
      score: 0,
    };
    for (const [k, c] of this.byKey) if (c === a || c === b) this.byKey.set(k, joined);
  }

  ranked(): Candidate[] {
    const out: Candidate[] = [];
    for (const c of new Set(this.byKey.values())) {
      if (!this.keeps(c)) continue;
      let boost = 1;
      for (const s of c.sources) boost *= BOOST[s];
      // Spread across sections counts for English phrases. Chinese n-grams spread out are mostly the
      // common words of the language; a concept tends to be used where it is explained.
      const spread = c.zh === undefined ? 1 + Math.log(c.stat.spread) : 1;
      c.score = c.stat.count * spread * c.quality * boost;
      out.push(c);
    }
    return out.sort((x, y) => y.score - x.score || x.stat.first - y.stat.first);
  }

  /** A single character or a heading piece must recur; a term seen once needs emphasis or a gloss. */
  private keeps(c: Candidate): boolean {
    if (c.sources.size === 0) return false;
    if (c.sources.has('gloss') || c.sources.has('emphasis')) return c.zh === undefined || c.zh.length > 1 || c.stat.count >= 2;
    return c.stat.count >= 2;
  }
}

/** The Chinese term that ends a run of Han characters before a gloss: the longest known one, else the last word. */
function chooseZh(pool: Pool, run: string): string | undefined {
  for (let k = run.length; k >= 1; k--) if (pool.has(run.slice(-k))) return run.slice(-k);
  let s = run.length;
  while (s > 0 && !BEFORE_TERM.test(run[s - 1]!)) s--;
  const tail = run.slice(s);
  // One character is a term only when it is all the run (熵 (entropy) at the start of a sentence).
  const whole = s === 0 && run.length < MAX_HAN_RUN;
  return tail.length <= 4 && (tail.length >= 2 || (tail.length === 1 && whole)) ? tail : undefined;
}

/** The English term that ends the words before a Chinese gloss: the longest known one, else the last word. */
function chooseEn(pool: Pool, run: string): string | undefined {
  const words = run.split(/\s+/).filter((w) => w !== '');
  for (let k = Math.min(words.length, 5); k >= 1; k--) {
    const tail = words.slice(-k).join(' ');
    if (pool.has(tail)) return tail;
  }
  const last = words[words.length - 1];
  return last !== undefined && last.length > 1 && !ENGLISH_STOP.has(last.toLowerCase()) ? last : undefined;
}

export function collectCandidates(input: PoolInput): Candidate[] {
  const pool = new Pool(input);
  pool.addStatistics();
  pool.addMarks(headingTerms(input.doc.headings), 'heading');
  // A heading in bold is a heading, not an emphasised term.
  const headings = new Set(input.doc.headings.map((h) => h.text));
  pool.addMarks(
    emphasisTerms(input.doc.prose).filter((m) => !headings.has(m.text)),
    'emphasis',
  );
  const found = glosses(
    input.doc.prose,
    (run) => chooseZh(pool, run),
    (run) => chooseEn(pool, run),
  );
  for (const g of found.slice(0, MAX_MARKS)) pool.join(g.zh, g.en);
  return pool.ranked();
}
