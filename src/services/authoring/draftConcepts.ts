// Draft Concept Pack from This Article, decided without a host: the draft's concepts that the writer
// ticked, written into the article's pack (existing concepts and sections are left alone) or as a new
// pack. Several additions become at most two edits, one in the sections and one in the concepts, so
// that the pack's other text (and its comments) is never rewritten.

import type { ConceptSpec, SectionSpec } from '../../core/pack/conceptPack';
import type { DraftPack } from '../../core/authoring/draftPack';
import { applyEdits } from 'jsonc-parser';
import { addConcept, addSection, newPackText, type Edit, type PackEditRefusal, type PackEditResult } from '../../core/authoring/packEdits';

type Result = { ok: true; edits: Edit[]; added: string[] } | ({ ok: false } & PackEditRefusal);

/** The one edit that turns `before` into `after`: their common start and end are left out. */
function difference(before: string, after: string): Edit | undefined {
  if (before === after) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { offset: start, length: before.length - start - end, content: after.slice(start, after.length - end) };
}

/** Applies each addition in turn (each on the text the last one left); skips those already there. */
function inTurn(text: string, steps: readonly ((t: string) => PackEditResult)[]): { text: string; done: number } | { refused: PackEditRefusal } {
  let current = text;
  let done = 0;
  for (const step of steps) {
    const r = step(current);
    if (!r.ok && r.reason === 'duplicate') continue;
    if (!r.ok) return { refused: { message: r.message, detail: r.detail } };
    current = applyEdits(current, r.edits);
    done++;
  }
  return { text: current, done };
}

/** The edits that add the chosen concepts (and the sections they need) to an existing pack's text. */
export function editsForDraft(text: string, concepts: readonly ConceptSpec[], sections: readonly SectionSpec[]): Result {
  const needed = sections.filter((s) => concepts.some((c) => c.section === s.id));
  const a = inTurn(text, needed.map((s) => (t: string) => addSection(t, s)));
  if ('refused' in a) return { ok: false, ...a.refused };
  const added: string[] = [];
  const b = inTurn(
    a.text,
    concepts.map((c) => (t: string) => {
      const r = addConcept(t, c);
      if (r.ok) added.push(c.id);
      return r;
    }),
  );
  if ('refused' in b) return { ok: false, ...b.refused };
  const first = difference(text, a.text);
  const second = difference(a.text, b.text);
  if (!first || !second) return { ok: true, edits: [first ?? second].filter((e): e is Edit => e !== undefined), added };
  // The second edit was made on the text after the first: bring it back to the text as it is.
  if (second.offset >= first.offset + first.content.length) return { ok: true, edits: [first, { ...second, offset: second.offset - first.content.length + first.length }], added };
  if (second.offset + second.length <= first.offset) return { ok: true, edits: [second, first], added };
  const whole = difference(text, b.text)!;
  return { ok: true, edits: [whole], added };
}

/** A new pack of the draft with only the chosen concepts (and all the document's sections). */
export function newPackFromDraft(draft: DraftPack, chosen: ReadonlySet<string>): string {
  return newPackText({ ...draft.pack, concepts: draft.pack.concepts.filter((c) => chosen.has(c.id)) }, { schema: null });
}
