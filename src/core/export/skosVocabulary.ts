// The vocabulary the SKOS export writes and the import reads: SKOS itself, and Concept Lens's own
// properties for what SKOS has no word for (the finer relation kinds, declared as sub-properties of
// skos:broader and skos:related, and the scanner's options on labels).

import type { RelationKind } from '../pack/conceptPack';

export const SKOS = 'http://www.w3.org/2004/02/skos/core#';
export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
export const DCT = 'http://purl.org/dc/terms/';
/** Concept Lens's namespace. */
export const CL = 'https://concept-lens.invalid/ns/skos#';

export const RDF_TYPE = RDF + 'type';

/** Each relation kind's property, and the SKOS property it refines. */
export const RELATION_PROPERTIES: Readonly<Record<RelationKind, { local: string; skos: 'broader' | 'related'; label: string }>> = {
  'prerequisite-of': { local: 'prerequisiteOf', skos: 'related', label: 'prerequisite of' },
  'leads-to': { local: 'leadsTo', skos: 'related', label: 'leads to' },
  // A part of a whole, an example of a kind: the whole and the kind are broader.
  'part-of': { local: 'partOf', skos: 'broader', label: 'part of' },
  'contrasts-with': { local: 'contrastsWith', skos: 'related', label: 'contrasts with' },
  'example-of': { local: 'exampleOf', skos: 'broader', label: 'example of' },
  'related-to': { local: 'relatedTo', skos: 'related', label: 'related to' },
};

/** Properties on labels and concepts that SKOS has no word for (local names in CL). */
export const CL_PROPERTIES = {
  caseSensitiveLabel: 'a name or alias (also a prefLabel or altLabel) matched only in this case',
  contextualLabel: 'an alias (also an altLabel) that counts only in a document naming the concept unambiguously',
  exclusion: 'a compound that contains a label but names something else',
  preferredLabel: 'the name or alias the writer prefers in this language',
  heading: 'the heading of an article section, as it stands in the article',
  senseOf: 'the broader concept whose bare names mean this concept in a paragraph with one of the cues',
  senseCue: 'a word that selects this sense',
  senseExcept: 'a word of the broader concept that keeps the broader meaning',
  senseAlias: 'a name of the broader concept, besides its bare names, that may mean this concept',
  context: 'how the names of the concept are read in context, as the pack writes it in JSON (docs/senses.md)',
} as const;
