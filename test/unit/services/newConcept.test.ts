// Adding a concept from a selection, without a host: the concept already named, the sections offered,
// the edit of an existing pack (comments kept) and a new pack that loads without a problem.

import { strict as assert } from 'node:assert';
import { applyEdits } from 'jsonc-parser';
import { conceptNamed, conceptSpec, editsForExisting, nameLanguage, newPackFor, sectionChoices } from '../../../src/services/authoring/newConcept';
import { parseMarkdown } from '../../../src/core/markdown/markdownStructure';
import { parsePack } from '../../../src/core/pack/loadPack';
import { loadBuiltinCompiledPack } from '../../../src/core/pack/builtinCompiledPack';

const DOC = ['---', 'title: Gradient methods', '---', '', '# Gradient methods', '', '## Basics', '', 'gradient descent, step size', '', '## 动量', '', '动量法', ''].join('\n');
const PACK = `{
  // my notes
  "id": "gm",
  "article": { "title": { "en": "Gradient methods" }, "sections": [{ "id": "basics", "heading": "Basics" }] },
  "concepts": [
    { "id": "gd", "name": { "en": "gradient descent" }, "explanation": { "en": "Steps downhill." }, "section": "basics" } /* first */
  ]
}
`;

/** The pack loader reads JSON; the edits keep comments that a writer's JSONC file may hold. */
function withoutComments(text: string): string {
  return text.replace('  // my notes\n', '').replace(' /* first */', '');
}

describe('services: adding a concept from a selection', () => {
  it('tells the language of a name by its script', () => {
    assert.equal(nameLanguage('动量'), 'zh');
    assert.equal(nameLanguage('step size'), 'en');
    assert.equal(nameLanguage('Transformer 架构'), 'zh');
  });

  it('knows a text that already names a concept, by any name or alias, folded', () => {
    const cp = loadBuiltinCompiledPack();
    assert.equal(cp.concepts[conceptNamed(cp, '熵')!]!.id, 'entropy');
    assert.equal(cp.concepts[conceptNamed(cp, 'ENTROPY')!]!.id, 'entropy');
    assert.equal(conceptNamed(cp, 'step size'), undefined);
  });

  it('offers the document’s headings as sections, the one around the selection first', () => {
    const { headings } = parseMarkdown(DOC);
    const at = DOC.indexOf('动量法');
    const pack = parsePack(withoutComments(PACK)).pack!;
    assert.deepEqual(
      sectionChoices(headings, at, pack).map((c) => [c.heading, c.id, c.isNew]),
      [
        ['动量', 'dong-liang', true],
        ['Gradient methods', 'gradient-methods', true],
        ['Basics', 'basics', false],
      ],
    );
  });

  it('writes a placeholder explanation the loader accepts when none is given', () => {
    const spec = conceptSpec({ name: { en: 'step size' }, section: undefined, explanation: '  ' }, new Set());
    assert.deepEqual(spec, { id: 'step-size', name: { en: 'step size' }, explanation: { en: 'Explanation to be written.' } });
    assert.equal(conceptSpec({ name: { zh: '动量', en: 'momentum' }, section: undefined, explanation: '' }, new Set(['momentum'])).id, 'momentum-2');
  });

  it('adds the concept and its new section to an existing pack, keeping its comments', () => {
    const { headings } = parseMarkdown(DOC);
    const section = sectionChoices(headings, DOC.indexOf('动量法'), parsePack(withoutComments(PACK)).pack)[0]!;
    const spec = conceptSpec({ name: { zh: '动量法' }, section, explanation: '' }, new Set(['gd']));
    const r = editsForExisting(PACK, spec, section);
    assert.ok(r.ok);
    const after = applyEdits(PACK, r.edits);
    assert.ok(after.includes('// my notes') && after.includes('/* first */'));
    const { pack, problems } = parsePack(withoutComments(after));
    assert.deepEqual(problems, []);
    assert.deepEqual(pack!.concepts.map((c) => [c.id, c.section]), [
      ['gd', 'basics'],
      ['dong-liang-fa', 'dong-liang'],
    ]);
    assert.deepEqual(pack!.sections.map((s) => s.heading), ['Basics', '动量']);
  });

  it('makes a new pack from the document that loads without a problem', () => {
    const { headings } = parseMarkdown(DOC);
    const spec = conceptSpec({ name: { en: 'step size' }, section: sectionChoices(headings, DOC.indexOf('step size'), undefined)[0], explanation: 'How far one step goes.' }, new Set());
    const text = newPackFor(DOC, headings, 'gm', spec, new Set());
    const { pack, problems } = parsePack(text);
    assert.deepEqual(problems, []);
    assert.equal(pack!.title.en, 'Gradient methods');
    assert.deepEqual(pack!.sections.map((s) => s.heading), ['Basics', '动量'], 'the title heading is not a section');
    assert.deepEqual(pack!.concepts.map((c) => [c.id, c.section, c.explanation.en]), [['step-size', 'basics', 'How far one step goes.']]);
  });
});
