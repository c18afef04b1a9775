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
}

export interface Sense {
  of: string;
  cues: { text: string; lang: Lang }[];
  /** Words of the broader concept's own field: with one of them, the paragraph speaks of the broader concept. */
  except: { text: string; lang: Lang }[];
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
