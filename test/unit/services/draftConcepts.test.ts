// Writing a draft's chosen concepts into a pack: at most two edits, one among the sections and one
// among the concepts, so the rest of the pack (its comments too) is not rewritten.

import { strict as assert } from 'node:assert';
import { applyEdits } from 'jsonc-parser';
import { editsForDraft, newPackFromDraft } from '../../../src/services/authoring/draftConcepts';
import { draftPack } from '../../../src/core/authoring/draftPack';
import { parsePack } from '../../../src/core/pack/loadPack';

const PACK = `{
  "id": "gm",
  // sections first
  "article": { "title": { "en": "Gradient methods" }, "sections": [{ "id": "basics", "heading": "Basics" }] },
  "concepts": [
    { "id": "gd", "name": { "en": "gradient descent" }, "explanation": { "en": "Steps downhill." }, "section": "basics" }
  ]
}
`;

const concept = (id: string, section?: string) => ({ id, name: { en: id.replace(/-/g, ' ') }, explanation: { en: 'Draft.' }, ...(section ? { section } : {}) });

describe('services: writing a draft into a pack', () => {
  it('adds the chosen concepts and the sections they need in two edits, leaving the rest as it was', () => {
    const r = editsForDraft(PACK, [concept('step-size', 'basics'), concept('momentum', 'tricks'), concept('gd')], [{ id: 'basics', heading: 'Basics' }, { id: 'tricks', heading: 'Tricks' }, { id: 'unused', heading: 'Unused' }]);
    assert.ok(r.ok);
    assert.deepEqual(r.added, ['step-size', 'momentum'], 'gd is in the pack already');
    assert.equal(r.edits.length, 2);
    const after = applyEdits(PACK, r.edits);
    assert.ok(after.includes('// sections first'));
    const { pack, problems } = parsePack(after);
    assert.deepEqual(problems, []);
    assert.deepEqual(pack!.sections.map((s) => s.id), ['basics', 'tricks']);
    assert.deepEqual(pack!.concepts.map((c) => [c.id, c.section]), [
      ['gd', 'basics'],
      ['step-size', 'basics'],
      ['momentum', 'tricks'],
    ]);
  });

  it('says why a pack that does not parse is not changed', () => {
    const r = editsForDraft('{ "id": ', [concept('x')], []);
    assert.ok(!r.ok && /not valid JSON/.test(r.message));
  });

  it('makes a new pack of the chosen concepts that loads without a problem', () => {
    const draft = draftPack('# Notes\n\n## Basics\n\nThe **step size** matters. A small step size is slow; a large step size diverges.\n');
    const chosen = draft.pack.concepts.map((c) => c.id).slice(0, 1);
    const { pack, problems } = parsePack(newPackFromDraft(draft, new Set(chosen)));
    assert.deepEqual(problems, []);
    assert.deepEqual(pack!.concepts.map((c) => c.id), chosen);
  });
});
