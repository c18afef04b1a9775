// The shape of a concept pack once it is loaded and checked: what the scanner, the features and the
// extension read. (conceptPack.ts has the shape as it is written in JSON.)

import type { Lang, Localized, RelationKind } from './conceptPack';
import type { PackProblem } from './packProblem';

export interface Alias {
  text: string;
  lang: Lang;
  caseSensitive: boolean;
  contextual: boolean;
}

export interface Relation {
  kind: RelationKind;
  target: string;
}

export interface Concept {
  id: string;
  name: Localized;
  /** Names first, then the aliases, in the pack's order. */
  aliases: Alias[];
  exclusions: { text: string; lang: Lang }[];
  explanation: Localized;
  section: string | undefined;
  relations: Relation[];
  /** Bare names of the concept `of` mean this concept in a paragraph with one of the cues. */
  sense?: Sense;
  /** The name or alias preferred in each language (one of the concept's own). */
  preferred?: Localized;
  /** How its ambiguous names are read in context: the cues for this concept's sense, and other senses. */
  context?: ConceptContext;
}

/** A scope of context, nearest first: the sentence, the paragraph, the section, the document. */
export const SCOPES = ['sentence', 'paragraph', 'section', 'document'] as const;
export type Scope = (typeof SCOPES)[number];

export interface ConceptContext {
  /** Words that speak for this concept's own sense where one of its names is ambiguous. */
  cues: { text: string; lang: Lang }[];
  /** Senses of some of its names that are not this concept (everyday "attention", an electrical transformer). */
  otherSenses: OtherSense[];
  /** What one cue weighs in each scope; evidence of weight 1 or more decides. */
  scopes: Record<Scope, number>;
}

export interface OtherSense {
  /** A name for the sense, unique within the concept (everyday, electrical, verb). */
  id: string;
  /** How the hover names the sense. */
  label: Localized;
  /** The concept's names that can have this sense, with their inflected forms. */
  aliases: { text: string; lang: Lang }[];
  /** "verb": also the concept's English names that are verbs (emerge, emerges, emerging), as compromise tags them. */
  partOfSpeech?: 'verb';
  cues: { text: string; lang: Lang }[];
  /** Read in this sense unless the concept's own sense has evidence (`"default": true` in the pack). */
  byDefault: boolean;
}

export interface Sense {
  of: string;
  cues: { text: string; lang: Lang }[];
  /** Words of the broader concept's own field: with one of them, the paragraph speaks of the broader concept. */
  except: { text: string; lang: Lang }[];
  /** Names of the broader concept, besides its bare names, that may mean this one (高熵, "low entropy" in Chinese). */
  aliases: { text: string; lang: Lang }[];
}

export interface Section {
  id: string;
  heading: string;
  title: Localized;
}

export interface ConceptPack {
  id: string;
  version: number;
  name: Localized;
  title: Localized;
  sections: Section[];
  concepts: Concept[];
}

export interface LoadedPack {
  /** Undefined only when nothing usable is left (invalid JSON, or not an object). */
  pack: ConceptPack | undefined;
  problems: PackProblem[];
}
