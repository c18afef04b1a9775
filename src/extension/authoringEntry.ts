// Entry of dist/authoring.js: what the authoring commands need that is heavy to load (pinyin-pro's
// dictionary, for concept ids and completion by pinyin). Loaded on the first authoring command, never
// on activation (src/extension/authoring/authoringModule.ts).
export { conceptNamed, conceptSpec, editsForExisting, nameLanguage, newPackFor, sectionChoices } from '../services/authoring/newConcept';
export { buildCompletionIndex, completionContext, conceptCompletions } from '../core/authoring/completion';
export { editsForDraft, newPackFromDraft } from '../services/authoring/draftConcepts';
export { draftPack } from '../core/authoring/draftPack';
export { ConceptCopies, copyEdits, copyNewPack } from '../services/authoring/copyConcept';
export { BUILTIN_PACK_SOURCE } from './builtinPackSource';
export { ConceptLinter } from '../core/lint/conceptLinter';
export { lexiconFromLists } from '../core/lint/lexicon';

type DraftTagger = typeof import('../core/authoring/draftTagger');

/**
 * compromise's tagger for the draft, evaluated on the first draft: compromise takes about 0.3 s to load,
 * and the lint, which loads this bundle on the first lint of a session, never needs it.
 */
export function compromiseTagger(text: string): ReturnType<DraftTagger['compromiseTagger']> {
  // eslint-disable-next-line no-restricted-globals, @typescript-eslint/no-require-imports -- bundled, evaluated on first use
  return (require('../core/authoring/draftTagger') as DraftTagger).compromiseTagger(text);
}
