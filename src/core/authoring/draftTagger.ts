// The English part-of-speech tagger for drafts, with compromise. Loading compromise takes ~300 ms, so
// only the draft command imports this module (lazily); draftPack() itself takes the tagger as an option.

import nlp from 'compromise';
import type { TaggedWord, WordPos } from './englishTerms';

interface JsonTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

function posOf(tags: readonly string[]): WordPos {
  if (tags.includes('ProperNoun') || tags.includes('Acronym')) return 'proper';
  // A gerund or a verb form may still name a thing ("embedding"); only plain nouns and adjectives count.
  if (tags.includes('Noun') && !tags.includes('Pronoun')) return 'noun';
  if (tags.includes('Adjective')) return 'adj';
  return 'other';
}

export function compromiseTagger(text: string): TaggedWord[] {
  const sentences = nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: JsonTerm[] }[];
  const out: TaggedWord[] = [];
  for (const s of sentences)
    for (const t of s.terms) {
      // compromise's term text drops punctuation; the offset still points at the word.
      const start = t.offset.start;
      const end = start + t.text.length;
      // Only words: compromise also makes terms of runs of punctuation ("**", "-").
      if (text.slice(start, end) === t.text && /^[A-Za-z]/.test(t.text)) out.push({ start, end, pos: posOf(t.tags) });
    }
  return out;
}
