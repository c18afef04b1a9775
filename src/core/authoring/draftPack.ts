// "Draft Concept Pack from This Article": a concept pack drafted from one Markdown document's own
// prose, with no pack consulted. Candidates are Chinese terms found statistically, English noun
// phrases, and what the author marked (emphasis, headings, glosses pairing a Chinese and an English
// name); they are ranked by frequency, spread across sections and marks. Explanations are left for
// the author: each holds a placeholder that says it is a draft.

import type { ConceptPackSpec, ConceptSpec, Localized, SectionSpec } from '../pack/conceptPack';
import { aliasKey } from '../pack/aliasKey';
import { LineIndex } from '../text/lineIndex';
import type { Heading } from '../markdown/headings';
import { sectionAt } from '../markdown/markdownStructure';
import { chineseTerms } from './chineseTerms';
import { englishTerms, type EnglishTagger } from './englishTerms';
import { idFromName, UniqueIds } from './draftIds';
import { collectCandidates, type Candidate, type DraftSource } from './draftCandidates';
import { exampleSentence, hasHan, readProse, sectionIndexer, type DraftProse } from './draftText';

export type { DraftSource } from './draftCandidates';
export type { EnglishTagger, TaggedWord, WordPos } from './englishTerms';

export interface DraftOptions {
  /** Candidates kept, best first (default 60). */
  max?: number;
  /** Which candidates: Chinese, English or both (default). */
  lang?: 'auto' | 'zh' | 'en';
  /** Part-of-speech tagger for English prose; without one, function words alone separate phrases. */
  tagger?: EnglishTagger;
}

/** What the editor shows next to each drafted concept. */
export interface DraftCandidate {
  id: string;
  name: Localized;
  /** Occurrences in the document's prose (both names together). */
  count: number;
  score: number;
  /** The first use: UTF-16 offset, 0-based line and character, and the section id when it is in one. */
  first: { offset: number; line: number; character: number; section?: string };
  example: string;
  sources: DraftSource[];
}

export interface DraftPack {
  pack: ConceptPackSpec;
  candidates: DraftCandidate[];
}

export const DEFAULT_DRAFT_MAX = 60;
export const MAX_DRAFT_MAX = 1000;
/** The explanation of a drafted concept: the schema wants a non-empty one, so it says what it is. */
export const DRAFT_EXPLANATION: Required<Localized> = { zh: '草稿：待补充解释。', en: 'DRAFT: explanation to be written.' };

export function draftPack(text: string, options: DraftOptions = {}): DraftPack {
  const max = Math.max(1, Math.min(MAX_DRAFT_MAX, Math.floor(options.max ?? DEFAULT_DRAFT_MAX)));
  const lang = options.lang ?? 'auto';
  const doc = readProse(text);
  const sectionOf = sectionIndexer(doc.headings);
  const zh = lang === 'en' ? undefined : chineseTerms(doc.prose, sectionOf);
  const en = lang === 'zh' ? new Map() : englishTerms(doc.prose, sectionOf, options.tagger);
  const ranked = collectCandidates({ doc, sectionOf, zh, en, lang }).slice(0, max);
  const title = articleTitle(doc);
  const sections = sectionsOf(doc.headings, title);
  const primary = documentLanguage(doc.prose);
  const lines = new LineIndex(text);
  const ids = new UniqueIds('concept');
  const claimed = new Set<string>();
  const concepts: ConceptSpec[] = [];
  const candidates: DraftCandidate[] = [];
  for (const c of ranked) {
    const name = nameOf(c, claimed);
    if (!name) continue;
    const id = ids.next(idFromName(name));
    const section = sections.byHeading.get(sectionAt(doc.headings, c.stat.first)!);
    concepts.push(conceptOf(id, name, section, primary));
    const pos = lines.positionAt(c.stat.first);
    candidates.push({
      id,
      name,
      count: c.stat.count,
      score: Math.round(c.score * 100) / 100,
      first: { offset: c.stat.first, line: pos.line, character: pos.character, ...(section ? { section } : {}) },
      example: exampleSentence(doc.prose, c.stat.first, (name.zh ?? name.en ?? '').length),
      sources: [...c.sources],
    });
  }
  const titleText = localize(title);
  const pack: ConceptPackSpec = { id: idFromName(hasHan(title) ? { zh: title } : { en: title }) || 'draft', version: 1, name: titleText, article: { title: titleText, sections: sections.specs }, concepts };
  return { pack, candidates };
}

/** The names of a candidate that no earlier concept claims (the loader rejects an alias claimed twice). */
function nameOf(c: Candidate, claimed: Set<string>): Localized | undefined {
  const name: Localized = {};
  if (c.zh !== undefined && !claimed.has(aliasKey(c.zh))) name.zh = c.zh;
  if (c.en !== undefined && !claimed.has(aliasKey(c.en))) name.en = c.en;
  if (name.zh === undefined && name.en === undefined) return undefined;
  for (const n of [name.zh, name.en]) if (n !== undefined) claimed.add(aliasKey(n));
  return name;
}

function conceptOf(id: string, name: Localized, section: string | undefined, primary: 'zh' | 'en'): ConceptSpec {
  const concept: ConceptSpec = { id, name, explanation: { [primary]: DRAFT_EXPLANATION[primary] } };
  // An acronym (LLM, AGI) names something else in lower case.
  if (name.en !== undefined && /^[A-Z][A-Z0-9]{1,5}$/.test(name.en)) concept.caseSensitive = true;
  if (section) concept.section = section;
  return concept;
}

function localize(text: string): Localized {
  return hasHan(text) ? { zh: text } : { en: text };
}

/** The front matter's title, else the first level-1 heading, else the first heading. */
function articleTitle(doc: DraftProse): string {
  const h1 = doc.headings.find((h) => h.level === 1 && h.text !== '');
  return doc.frontTitle ?? h1?.text ?? doc.headings.find((h) => h.text !== '')?.text ?? 'Draft';
}

/** Every heading but the title's own is a section; ids are slugs (pinyin for Chinese), unique. */
function sectionsOf(headings: readonly Heading[], title: string): { specs: SectionSpec[]; byHeading: Map<Heading | undefined, string> } {
  const ids = new UniqueIds('section');
  const specs: SectionSpec[] = [];
  const byHeading = new Map<Heading | undefined, string>();
  let titleSkipped = false;
  for (const h of headings) {
    if (h.text === '') continue;
    if (!titleSkipped && h.level === 1 && h.text === title) {
      titleSkipped = true;
      continue;
    }
    const id = ids.next(idFromName(hasHan(h.text) ? { zh: h.text } : { en: h.text }));
    specs.push({ id, heading: h.text });
    byHeading.set(h, id);
  }
  return { specs, byHeading };
}

/** Chinese when Han characters are at least a fifth as many as Latin letters (a character carries about a word). */
function documentLanguage(prose: string): 'zh' | 'en' {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < prose.length; i++) {
    const c = prose.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if ((c | 32) >= 97 && (c | 32) <= 122) latin++;
  }
  return han > 0 && han * 5 >= latin ? 'zh' : 'en';
}
