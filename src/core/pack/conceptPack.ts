// The shape of a concept pack as it is written in JSON (see schemas/concept-pack.schema.json).
// Everything here is untrusted input until loadPack() has checked it.

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export type Localized = Partial<Record<Lang, string>>;

export const RELATION_KINDS = [
  'prerequisite-of',
  'leads-to',
  'part-of',
  'contrasts-with',
  'example-of',
  'related-to',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** An alias is a plain surface form, or an object when it needs options. */
export type AliasSpec =
  | string
  | {
      text: string;
      /** Overrides the concept's caseSensitive for this alias (for acronyms such as "AGI"). */
      caseSensitive?: boolean;
      /**
       * Ambiguous on its own (bare "attention", 注意力): counts only in a document that also
       * names this concept, or a concept related to it, by an unambiguous alias.
       */
      contextual?: boolean;
    };

export interface Relation {
  kind: RelationKind;
  target: string;
}

export interface ConceptSpec {
  id: string;
  name: Localized;
  aliases?: Partial<Record<Lang, AliasSpec[]>>;
  caseSensitive?: boolean;
  explanation: Localized;
  section?: string;
  relations?: Relation[];
  /** Compounds that contain an alias but name something else (cross-entropy, 交叉熵). */
  exclusions?: Partial<Record<Lang, string[]>>;
  /** The name (or alias) the writer prefers in each language: the lint suggests it over the others. */
  preferred?: Localized;
}

export interface SectionSpec {
  id: string;
  /** The heading text as it stands in the article, inline markup stripped. */
  heading: string;
  /** A translated title for readers of the other language. */
  title?: Localized;
}

export interface ConceptPackSpec {
  $schema?: string;
  id: string;
  version?: number;
  name?: Localized;
  article: {
    title: Localized;
    sections: SectionSpec[];
  };
  concepts: ConceptSpec[];
}
