// Derives inflected English forms with compromise. Loading compromise takes ~300 ms, so this module
// is only ever imported lazily (build scripts, the CLI for user packs, the extension in the background).

import nlp from 'compromise';
import { inflectionTable, type InflectionTable } from './inflections';

/** Longer aliases are left to basicInflections(): no pack alias is this long (the loader's limit is 200). */
const MAX_ALIAS_LENGTH = 200;

/**
 * Plurals of noun aliases (head noun of a phrase) and conjugations of verb aliases. The table has no
 * prototype: an alias such as "constructor" or "__proto__" is an entry like any other.
 */
export function deriveInflections(aliases: readonly string[]): InflectionTable {
  const table = inflectionTable();
  for (const alias of aliases) {
    if (typeof alias !== 'string' || alias.length > MAX_ALIAS_LENGTH || !/[A-Za-z]/.test(alias) || Object.hasOwn(table, alias)) continue;
    const forms = new Set<string>();
    // The head word: the last word, or the one before "of" ("principle of least action").
    const ofAt = alias.search(/ of /i);
    const headPart = ofAt >= 0 ? alias.slice(0, ofAt) : alias;
    const tail = ofAt >= 0 ? alias.slice(ofAt) : '';
    const m = /^(.*?[\s-]|)([A-Za-z][\w']*)$/.exec(headPart);
    if (m) {
      const [, prefix, last] = m as unknown as [string, string, string];
      if (!/\s/.test(alias.trim()) && nlp(last).has('#Infinitive')) {
        // A verb in its base form (emerge, self-organize): its conjugations.
        const conj = nlp(last).verbs().conjugate()[0] as Record<string, string> | undefined;
        if (conj) for (const k of ['PresentTense', 'PastTense', 'Gerund']) if (conj[k]) forms.add(prefix + matchCase(conj[k], last) + tail);
      } else if (!(headPart === alias && /^[\w'-]+$/.test(alias) && nlp(last).has('(#Adjective|#Adverb|#PastTense)')) && !/\s(is|are)\s/i.test(alias)) {
        // A noun or noun phrase: the plural of its head. Adjectives and titles stay as they are.
        const plural = /^[A-Z0-9]+$/.test(last) ? `${last}s` : matchCase(pluralOf(last), last);
        if (plural && plural.toLowerCase() !== last.toLowerCase()) forms.add(prefix + plural + tail);
      }
    }
    forms.delete(alias);
    table[alias] = [...forms];
  }
  return table;
}

function matchCase(form: string, model: string): string {
  if (model === model.toUpperCase()) return form.toUpperCase();
  if (model[0] === model[0]!.toUpperCase()) return form[0]!.toUpperCase() + form.slice(1);
  return form;
}

function pluralOf(noun: string): string {
  // Tagging the word as a noun first keeps compromise from reading "point" or "bang" as a verb.
  const doc = nlp(noun).tag('Noun') as unknown as { nouns(): { toPlural(): { text(): string } } };
  return doc.nouns().toPlural().text();
}
