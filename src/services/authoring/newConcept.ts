// Adding a concept from a selection, decided without a host: which concept the text may already name,
// the sections to offer, and the edit of the article's pack (or the text of a new pack). The command
// (src/extension/authoring/addConceptCommand.ts) asks the questions and applies the result.

import { aliasKey } from '../../core/pack/aliasKey';
import { frontMatterTitle, headingKey } from '../../core/features/articleMatch';
import type { ConceptPackSpec, ConceptSpec, Lang, Localized, SectionSpec } from '../../core/pack/conceptPack';
import type { CompiledPack } from '../../core/scan/compiledPack';
import type { Heading } from '../../core/markdown/headings';
import { newPackText, type Edit, type PackEditRefusal } from '../../core/authoring/packEdits';
import { refusal } from '../../core/authoring/packEditMessages';
import { editsForDraft } from './draftConcepts';
import { proposeConceptId } from '../../core/authoring/conceptId';
import type { ConceptPack } from '../../core/pack/loadPack';
import { nameLanguage } from '../../core/text/script';

export { nameLanguage };

/** The concept a text already names (by a name or an alias), if any. */
export function conceptNamed(cp: CompiledPack, text: string): number | undefined {
  const key = aliasKey(text);
  if (!key) return undefined;
  const i = cp.concepts.findIndex((c) => [c.name.zh, c.name.en, ...c.aliases.map((a) => a.text)].some((n) => n !== undefined && aliasKey(n) === key));
  return i < 0 ? undefined : i;
}

/** A section to offer: a heading of the document, and the pack's section id for it if it has one. */
export interface SectionChoice {
  heading: string;
  /** The pack's section with this heading, or a new id to add it under. */
  id: string;
  isNew: boolean;
}

/** The document's headings as sections of the pack, the one that holds `offset` first. */
export function sectionChoices(headings: readonly Heading[], offset: number, pack: Pick<ConceptPack, 'sections'> | undefined): SectionChoice[] {
  const known = new Map((pack?.sections ?? []).map((s) => [headingKey(s.heading), s.id]));
  const taken = new Set(known.values());
  const seen = new Set<string>();
  const out: SectionChoice[] = [];
  for (const h of headings) {
    const key = headingKey(h.text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const id = known.get(key);
    if (id) out.push({ heading: h.text, id, isNew: false });
    else {
      const fresh = proposeConceptId({ [nameLanguage(h.text)]: h.text }, taken);
      taken.add(fresh);
      out.push({ heading: h.text, id: fresh, isNew: true });
    }
  }
  let current = -1;
  for (let i = 0; i < headings.length; i++) if (headings[i]!.start <= offset) current = i;
  const here = current < 0 ? -1 : out.findIndex((c) => headingKey(c.heading) === headingKey(headings[current]!.text));
  if (here > 0) out.unshift(...out.splice(here, 1));
  return out;
}

/** What the writer answered. */
export interface NewConceptAnswers {
  name: Localized;
  section: SectionChoice | undefined;
  explanation: string;
}

/** The words in an explanation the writer has not written yet, in the reader's language of the name. */
const EXPLANATION_TO_WRITE: Record<Lang, string> = { zh: '解释待补充。', en: 'Explanation to be written.' };

/** The concept to write, with an id not yet taken in `taken`. */
export function conceptSpec(answers: NewConceptAnswers, taken: ReadonlySet<string>): ConceptSpec {
  const lang: Lang = answers.name.zh ? 'zh' : 'en';
  const explanation = answers.explanation.trim();
  return {
    id: proposeConceptId(answers.name, taken),
    name: answers.name,
    explanation: { [explanation ? nameLanguage(explanation) : lang]: explanation || EXPLANATION_TO_WRITE[lang] },
    ...(answers.section ? { section: answers.section.id } : {}),
  };
}

/** The edits that add the concept (and its new section) to an existing pack's text: as a draft of one. */
export function editsForExisting(text: string, concept: ConceptSpec, section: SectionChoice | undefined): { ok: true; edits: Edit[] } | ({ ok: false } & PackEditRefusal) {
  const r = editsForDraft(text, [concept], section?.isNew ? [{ id: section.id, heading: section.heading }] : []);
  if (!r.ok) return r;
  return r.added.length === 1 ? { ok: true, edits: r.edits } : { ok: false, ...refusal({ id: 'hasConcept', concept: concept.id }) };
}

/** The text of a new pack for a document: its title, its headings as sections, and the one concept. */
export function newPackFor(documentText: string, headings: readonly Heading[], fallbackTitle: string, concept: ConceptSpec, taken: ReadonlySet<string>): string {
  const title = frontMatterTitle(documentText) ?? headings.find((h) => h.level === 1)?.text ?? fallbackTitle;
  const sections: SectionSpec[] = sectionChoices(headings, 0, undefined)
    .filter((s) => headingKey(s.heading) !== headingKey(title))
    .map((s) => ({ id: s.id, heading: s.heading }));
  const section = concept.section && sections.some((s) => s.id === concept.section) ? concept.section : undefined;
  const pack: ConceptPackSpec = {
    id: proposeConceptId({ [nameLanguage(title)]: title }, taken),
    article: { title: { [nameLanguage(title)]: title }, sections },
    concepts: [{ ...concept, ...(section ? { section } : { section: undefined }) }],
  };
  // No $schema: VS Code maps `*.conceptpack.json` to the schema the extension ships.
  return newPackText(pack, { schema: null });
}
