/**
 * What a pack may hold. Past a limit the loader reports a problem and keeps what fits (the first
 * concepts, in the pack's order); past the text length or the nesting depth, nothing is read.
 */
export const PACK_LIMITS = {
  /** UTF-16 code units of the pack's JSON text (8 MiB; the built-in pack has 38 KB for 28 concepts). */
  maxTextLength: 8 * 1024 * 1024,
  /** Arrays and objects inside one another (a pack needs 6). */
  maxDepth: 64,
  maxConcepts: 5_000,
  maxSections: 1_000,
  /** Code units of one name, alias, exclusion or cue. */
  maxAliasLength: 200,
  /** Code units of all names, aliases, exclusions and cues together: what the automaton is built from. */
  maxTotalAliasLength: 200_000,
  /** Problems listed; the rest are counted in one last problem. */
  maxProblems: 200,
} as const;
