// Loads a concept pack from JSON text: reports every problem with its JSON path (and line:column),
// and keeps every concept that is still usable.
//
// The text is untrusted: whatever it holds, parsePack() returns problems rather than throwing. Nesting
// is checked by a linear scan before any parser recurses; sizes have limits (PACK_LIMITS) past which
// the loader reports a problem and keeps what fits; a key from the pack is only ever looked up in a
// Map or among a pack object's own fields, never on Object.prototype.
//
// This file is the entry the adapters, tests and scripts import; the work is done in:
//   packTypes.ts        the loaded pack's shape
//   packProblem.ts      problems, and how their paths and values are shown
//   packMessages.ts     what a problem says, in English and in Chinese
//   packLimits.ts       the limits for hostile packs
//   parsePack.ts        JSON text to a validated pack, problems placed at line:column
//   jsonPositions.ts    nesting depth and value offsets in the text, by linear scans
//   validatePack.ts     validation of parsed data, in the order below
//   packValidator.ts    the checks shared by every part (fields, strings, surfaces, lists)
//   validateArticle.ts  the pack's id, version, name and article sections
//   validateConcepts.ts concepts: shape, ids, size limits (first pass)
//   conceptAliases.ts   names, aliases (one owner each) and exclusions
//   validateLinks.ts    relations and senses, once every id is known (second pass)

export type { Alias, Concept, ConceptPack, LoadedPack, Relation, Section, Sense } from './packTypes';
export { formatProblem, isPackError, problemMessage, problemOf, type PackProblem } from './packProblem';
export { packMessage, type PackMessage } from './packMessages';
export { PACK_LIMITS } from './packLimits';
export { nestingBeyond } from './jsonPositions';
export { validatePack } from './validatePack';
export { parsePack } from './parsePack';
