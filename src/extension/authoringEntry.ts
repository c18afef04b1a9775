// Entry of dist/authoring.js: what the authoring commands need that is heavy to load (pinyin-pro's
// dictionary, for concept ids and completion by pinyin). Loaded on the first authoring command, never
// on activation (src/extension/authoring/authoringModule.ts).
export { conceptNamed, conceptSpec, editsForExisting, nameLanguage, newPackFor, sectionChoices } from '../services/authoring/newConcept';
export { buildCompletionIndex, completionContext, conceptCompletions } from '../core/authoring/completion';
export { editsForDraft, newPackFromDraft } from '../services/authoring/draftConcepts';
export { draftPack } from '../core/authoring/draftPack';
export { compromiseTagger } from '../core/authoring/draftTagger';
export { ConceptCopies, copyEdits, copyNewPack } from '../services/authoring/copyConcept';
export { BUILTIN_PACK_SOURCE } from './builtinPackSource';
export { ConceptLinter } from '../core/lint/conceptLinter';
export { lexiconFromLists } from '../core/lint/lexicon';
