// Copy to This Article's Pack, without a host: which pack the copy goes to, what of the built-in entry is
// copied and what is left out, that a concept a user pack already has is opened instead, and that the
// edit keeps the pack's comments and loads, overriding the built-in concept for the article.

import { strict as assert } from 'node:assert';
import { applyEdits } from 'jsonc-parser';
import { makeServices, type Services } from '../../support/services';
import { ArticlePacks } from '../../../src/services/articlePacks';
import { ConceptCopies, copiedConcept, copyEdits, copyNewPack, type CopyDocument, type CopySource } from '../../../src/services/authoring/copyConcept';
import { parseMarkdown } from '../../../src/core/markdown/markdownStructure';
import { parsePack } from '../../../src/core/pack/loadPack';
import builtinJson from '../../../src/packs/entropy-and-emergence.pack.json';

const BUILTIN = builtinJson as unknown as CopySource;
const NOTE_URI = 'file:///ws/posts/heat.md';
const PACK_URI = 'file:///ws/posts/heat.conceptpack.json';
const NOTE = '# Heat\n\n## 熵与热力学第二定律\n\n熵 only grows; the second law says so.\n';
/** The article's pack: a comment, and the second law, which entropy's relations do not name. */
const PACK = `{
  // my notes on heat
  "id": "heat",
  "article": { "title": { "en": "Heat" }, "sections": [] },
  "concepts": [
    { "id": "chaos", "name": { "en": "chaos" }, "explanation": { "en": "Disorder." } }
  ]
}
`;

function docOf(uri: string, text: string): CopyDocument {
  return { uri, text, headings: parseMarkdown(text).headings };
}

/** The loader reads JSON: the comment the edit must keep goes before parsing. */
const withoutComments = (text: string): string => text.replace(/^\s*\/\/.*\n/m, '');

describe('services: copying a built-in concept to the article’s pack', () => {
  let s: Services;
  afterEach(() => s.dispose());

  async function services(files: Record<string, string>): Promise<{ copies: ConceptCopies; s: Services }> {
    s = makeServices({ setup: ({ workspace }) => Object.entries(files).forEach(([uri, text]) => workspace.write(uri, text)) });
    await s.packs.reload();
    return { copies: new ConceptCopies(s.packs, new ArticlePacks(s.packs, s.workspace, s.settings), BUILTIN), s };
  }

  it('copies the entry into the pack beside the article, keeping relations to its concepts only, and the comments', async () => {
    const { copies } = await services({ [PACK_URI]: PACK });
    assert.equal(copies.canCopy('entropy', NOTE_URI), true);
    const plan = copies.plan(docOf(NOTE_URI, NOTE), 'entropy');
    assert.equal(plan.kind, 'copy');
    if (plan.kind !== 'copy') return;
    assert.equal(plan.packUri, PACK_URI);
    assert.equal(plan.packLoaded, true);
    const source = BUILTIN.concepts.find((c) => c.id === 'entropy')!;
    assert.deepEqual(plan.concept.name, source.name);
    assert.deepEqual(plan.concept.aliases, source.aliases);
    assert.deepEqual(plan.concept.explanation, source.explanation);
    assert.deepEqual(plan.concept.exclusions, source.exclusions);
    // chaos is in the pack; the second law, information entropy and the least-cost principle are not.
    assert.deepEqual(plan.concept.relations, [{ kind: 'related-to', target: 'chaos' }]);
    assert.deepEqual(plan.leftOut.relations, ['second-law-of-thermodynamics', 'information-entropy', 'least-cost-principle']);
    // The document has the built-in section's heading: the section is added to the pack.
    assert.equal(plan.section?.heading, '熵与热力学第二定律');
    assert.equal(plan.section?.isNew, true);
    assert.equal(plan.leftOut.section, undefined);

    const r = copyEdits(PACK, plan);
    assert.ok(r.ok);
    const after = applyEdits(PACK, r.edits);
    assert.ok(after.includes('// my notes on heat'), 'the comment is kept');
    assert.ok(after.includes('{ "id": "chaos", "name": { "en": "chaos" }, "explanation": { "en": "Disorder." } }'), 'the other concept is untouched');
    const { pack, problems } = parsePack(withoutComments(after));
    assert.deepEqual(problems, []);
    const copied = pack!.concepts.find((c) => c.id === 'entropy')!;
    assert.equal(copied.section, plan.section!.id);
    assert.deepEqual(pack!.sections.map((x) => x.heading), ['熵与热力学第二定律']);
  });

  it('the copy overrides the built-in concept for the article once the pack is written', async () => {
    const { copies, s } = await services({ [PACK_URI]: PACK });
    const plan = copies.plan(docOf(NOTE_URI, NOTE), 'entropy');
    assert.ok(plan.kind === 'copy');
    const r = copyEdits(PACK, plan);
    assert.ok(r.ok);
    s.workspace.write(PACK_URI, withoutComments(applyEdits(PACK, r.edits)));
    await s.packs.reload();
    assert.equal(s.packs.userPackDefining('entropy', NOTE_URI)?.uri, PACK_URI);
    assert.equal(copies.canCopy('entropy', NOTE_URI), false);
    assert.deepEqual(copies.plan(docOf(NOTE_URI, NOTE), 'entropy'), { kind: 'open', packUri: PACK_URI });
  });

  it('opens the concept where a user pack already defines it, and knows no concept outside the built-in pack', async () => {
    const withEntropy = PACK.replace('"concepts": [', '"concepts": [\n    { "id": "entropy", "name": { "zh": "熵" }, "explanation": { "zh": "我的熵。" } },');
    const { copies } = await services({ [PACK_URI]: withoutComments(withEntropy) });
    assert.deepEqual(copies.plan(docOf(NOTE_URI, NOTE), 'entropy'), { kind: 'open', packUri: PACK_URI });
    assert.deepEqual(copies.plan(docOf(NOTE_URI, NOTE), 'chaos'), { kind: 'open', packUri: PACK_URI });
    assert.deepEqual(copies.plan(docOf(NOTE_URI, NOTE), 'no-such-concept'), { kind: 'unknown' });
    assert.equal(copies.canCopy('no-such-concept', NOTE_URI), false);
  });

  it('without a pack, makes a new one beside the article that loads; what it lacks is left out and listed', async () => {
    const { copies } = await services({});
    const note = '# Heat\n\n熵 only grows.\n';
    const plan = copies.plan(docOf(NOTE_URI, note), 'information-entropy');
    assert.ok(plan.kind === 'copy');
    assert.equal(plan.packUri, PACK_URI);
    assert.equal(plan.packLoaded, false);
    assert.equal(plan.concept.relations, undefined, 'no relation target is in a new pack');
    assert.ok(plan.leftOut.relations.length > 0);
    assert.equal(plan.leftOut.section, 'Transformer+Embedding产生的化学效应', 'the document has no such heading');
    assert.equal(plan.concept.section, undefined);
    const { pack, problems } = parsePack(copyNewPack(docOf(NOTE_URI, note), plan));
    assert.deepEqual(problems, []);
    assert.deepEqual(pack!.concepts.map((c) => c.id), ['information-entropy']);
  });

  it('keeps a sense only when its broader concept is in the pack', () => {
    const source = { id: 'info', name: { en: 'information entropy' }, explanation: { en: 'Bits.' }, sense: { of: 'entropy', cues: { en: ['bits'] } } };
    assert.equal(copiedConcept(source, new Set(), undefined).leftOut.senseOf, 'entropy');
    assert.equal('sense' in copiedConcept(source, new Set(), undefined).concept, false);
    assert.deepEqual((copiedConcept(source, new Set(['entropy']), undefined).concept as { sense?: unknown }).sense, source.sense);
    assert.deepEqual(Object.keys(copiedConcept({ ...source, section: 'old' }, new Set(), 'new').concept), ['id', 'name', 'explanation', 'section']);
  });
});
