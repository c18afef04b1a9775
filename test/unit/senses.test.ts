// Senses by context: the nearest scope with evidence decides (sentence, paragraph, section with its
// heading, document with its front matter); other senses of a name (everyday, another field, the plain
// verb) drop it; the reason is there for the hover. Expectations are written by hand from the small
// pack below, whose cues are few and known.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { deriveInflections } from '../../src/core/inflect/compromiseInflections';
import { validatePack } from '../../src/core/pack/loadPack';
import { compilePack, type CompiledPack } from '../../src/core/scan/compiledPack';
import { scanDocument } from '../../src/core/scan/documentScan';
import { IncrementalScan, type TextEdit } from '../../src/core/scan/incrementalScan';
import { senseReasonOf } from '../../src/core/scan/senses/senseReason';
import { DOCUMENT_BLOCKS } from '../../src/core/scan/senses/documentOpening';
import { DocumentSenses } from '../../src/core/scan/senses/documentSenses';
import { scanBlocks } from '../../src/core/markdown/blocks';
import { found } from '../support/testPack';

const SPEC = {
  id: 'senses-test',
  version: 1,
  name: { en: 'Senses' },
  article: { title: { en: 'Senses' }, sections: [] },
  concepts: [
    {
      id: 'heat',
      name: { en: 'entropy', zh: '熵' },
      explanation: { en: 'Disorder.' },
      context: { cues: { en: ['temperature'], zh: ['温度'] } },
    },
    {
      id: 'info',
      name: { en: 'information entropy' },
      explanation: { en: 'Uncertainty.' },
      sense: { of: 'heat', cues: { en: ['probability', 'bits'], zh: ['概率'] } },
    },
    {
      id: 'attention',
      name: { en: 'attention mechanism' },
      aliases: { en: ['attention'] },
      explanation: { en: 'Weights over tokens.' },
      context: {
        cues: { en: ['query', 'token'] },
        otherSenses: [{ id: 'everyday', label: { en: 'everyday attention' }, aliases: { en: ['attention'] }, default: true, cues: { en: ['psychology', 'focus'] } }],
      },
    },
    {
      id: 'coil',
      name: { en: 'Transformer' },
      explanation: { en: 'A network.' },
      context: { otherSenses: [{ id: 'electrical', label: { en: 'the device' }, aliases: { en: ['Transformer'] }, cues: { en: ['voltage', 'winding'] } }] },
    },
    {
      id: 'emergence',
      name: { en: 'emergence' },
      aliases: { en: ['emerge'] },
      explanation: { en: 'Wholes and parts.' },
      context: { cues: { en: ['parts'] }, otherSenses: [{ id: 'verb', label: { en: 'the verb' }, partOfSpeech: 'verb', default: true }] },
    },
  ],
};

function compiled(spec: unknown = SPEC): CompiledPack {
  const { pack, problems } = validatePack(spec);
  assert.deepEqual(problems, []);
  const aliases = pack!.concepts.flatMap((c) => c.aliases.map((a) => a.text));
  return compilePack(pack!, deriveInflections(aliases));
}

const cp = compiled();
const read = (text: string): string[] => found(text, cp);

describe('senses by context', () => {
  describe('the nearest scope with evidence decides', () => {
    it('the sentence before the paragraph', () => {
      assert.deepEqual(read('Entropy has a temperature here. Entropy of a probability, there.'), ['heat:Entropy', 'info:Entropy']);
    });
    it('the paragraph when the sentence has no cue', () => {
      assert.deepEqual(read('Entropy is here. Think of a probability.'), ['info:Entropy']);
    });
    it('the section, its heading included, when the paragraph has none', () => {
      assert.deepEqual(read('# Probability\n\nEntropy is here.\n\n# Heat\n\nEntropy is there.\n\nNothing of temperature.'), ['info:Entropy', 'heat:Entropy']);
    });
    it('a parent section when the subsection has none', () => {
      assert.deepEqual(read('# Bits\n\n## More\n\nEntropy again.'), ['info:Entropy']);
    });
    it('the document: one cue in the body is not enough, two are', () => {
      assert.deepEqual(read('Entropy.\n\n# A\n\nbits'), ['heat:Entropy']);
      assert.deepEqual(read('Entropy.\n\n# A\n\nbits and probability'), ['info:Entropy']);
    });
    it('the document is its opening: cues past its first DOCUMENT_BLOCKS blocks do not count', () => {
      // 'Entropy.' is block 0, the fillers 1…k, the cues block k + 1.
      const doc = (k: number): string => 'Entropy.\n\n' + 'Filler.\n\n'.repeat(k) + 'bits and probability';
      assert.deepEqual(read(doc(DOCUMENT_BLOCKS - 2)), ['info:Entropy'], 'the cues are the last block of the opening');
      assert.deepEqual(read(doc(DOCUMENT_BLOCKS - 1)), ['heat:Entropy'], 'the cues are the first block past it');
    });
    it('front matter: its title, tags and categories count, other keys do not', () => {
      assert.deepEqual(read('---\ntitle: Probability\n---\nEntropy.'), ['info:Entropy']);
      assert.deepEqual(read('---\ntags:\n  - bits\n---\nEntropy.'), ['info:Entropy']);
      assert.deepEqual(read('---\nlayout: probability\n---\nEntropy.'), ['heat:Entropy']);
    });
    it('a tie goes to the reading that stands without evidence', () => {
      assert.deepEqual(read('Entropy, temperature and probability.'), ['heat:Entropy']);
    });
    it('a tie is broken by the next wider scope that has more evidence', () => {
      assert.deepEqual(read('Entropy, temperature and probability. Count the bits.'), ['info:Entropy'], 'the paragraph');
      assert.deepEqual(read('# Bits\n\nEntropy, temperature and probability.'), ['info:Entropy'], 'the section');
      assert.deepEqual(read('Attention: focus on the token. Then the query.'), ['attention:Attention'], 'against the fallback too');
      assert.deepEqual(read('Entropy, temperature and probability.\n\n# A\n\nbits and probability'), ['info:Entropy'], 'the document');
      assert.deepEqual(read('# Temperature\n\nEntropy, temperature and probability.'), ['heat:Entropy'], 'a tie everywhere: the fallback');
    });
    it('weights a pack writes as fractions add up to 1 (ten cues at 0.1 decide)', () => {
      const cues = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10'];
      const tenths = compiled({
        ...SPEC,
        concepts: [
          { ...SPEC.concepts[0], context: { scopes: { document: 0.1 }, cues: { en: ['temperature'] } } },
          { ...SPEC.concepts[1], sense: { of: 'heat', cues: { en: cues } } },
        ],
      });
      assert.deepEqual(found('Entropy.\n\n# A\n\n' + cues.join(' '), tenths), ['info:Entropy']);
      assert.deepEqual(found('Entropy.\n\n# A\n\n' + cues.slice(1).join(' '), tenths), ['heat:Entropy']);
    });
    it('a cue in an address does not count: a link’s destination, a URL, a tag; one in link text or code does', () => {
      assert.deepEqual(read('Entropy here. See [notes](https://x.org/bits-and-probability).'), ['heat:Entropy']);
      assert.deepEqual(read('Entropy here. See https://x.org/bits or <a href="bits.html">this</a>.'), ['heat:Entropy']);
      assert.deepEqual(read('Entropy here. See [the bits](https://x.org/a).'), ['info:Entropy']);
      assert.deepEqual(read('Entropy here. See `bits`.'), ['info:Entropy']);
      assert.deepEqual(read('Entropy at some temperature. See [x](https://x.org/bits-and-probability).'), ['heat:Entropy'], 'some cues kept');
      assert.deepEqual(read('Entropy here. See probability.pdf, bits.png and <https://x.org/bits>.'), ['heat:Entropy'], 'file names, autolinks');
      assert.deepEqual(read('## Entropy {#bits-and-probability}'), ['heat:Entropy'], 'heading attributes');
    });
    it('a cue in Chinese, across the space a writer puts beside a Chinese word', () => {
      assert.deepEqual(found('熵与 概率 有关。', cp), ['info:熵']);
    });
  });

  describe('other senses', () => {
    it('everyday attention is dropped unless the technical sense has evidence', () => {
      assert.deepEqual(read('Attention is scarce.'), []);
      assert.deepEqual(read('Attention weighs each token.'), ['attention:Attention']);
      assert.deepEqual(read('In psychology, attention and focus. Each query token gets attention.'), ['attention:attention']);
    });
    it('a name of another field needs its own evidence', () => {
      assert.deepEqual(read('The Transformer reads text.'), ['coil:Transformer']);
      assert.deepEqual(read('The transformer steps the voltage down.'), []);
    });
    it('verbs, as compromise tags them at compile time, take the plain verb sense', () => {
      const emerge = cp.surfaces.filter((s) => s.concept === cp.indexOf.get('emergence'));
      const ambiguous = emerge.filter((s) => s.ambiguity >= 0).map((s) => s.text).sort();
      assert.deepEqual(ambiguous, ['emerge', 'emerged', 'emerges', 'emerging']);
      assert.deepEqual(read('New tools emerged last year.'), []);
      assert.deepEqual(read('Order emerges from the parts.'), ['emergence:emerges']);
      assert.deepEqual(read('Emergence is everywhere.'), ['emergence:Emergence']);
    });
  });

  it('a contextual name stands on uncontested evidence in its sentence, paragraph or own section, not on the document’s', () => {
    // "attention" alone needs the document to name the mechanism, unless cues in its own section read it so.
    const ctx = compiled({
      ...SPEC,
      concepts: [
        {
          id: 'attention',
          name: { en: 'attention mechanism' },
          aliases: { en: [{ text: 'attention', contextual: true }] },
          explanation: { en: 'Weights over tokens.' },
          context: { cues: { en: ['query', 'token'] }, otherSenses: [{ id: 'everyday', label: { en: 'everyday' }, aliases: { en: ['attention'] }, default: true, cues: { en: ['focus'] } }] },
        },
      ],
    });
    const both = (text: string): string[] => {
      const full = found(text, ctx);
      const inc = new IncrementalScan(text, ctx).snapshot().all.map((m) => `${ctx.concepts[m.concept]!.id}:${text.slice(m.start, m.end)}`);
      assert.deepEqual(inc, full, 'the incremental scan agrees');
      return full;
    };
    assert.deepEqual(both('Each query gets attention.'), ['attention:attention']);
    assert.deepEqual(both('Each query is a vector. It gets attention.'), ['attention:attention']);
    assert.deepEqual(both('# Query\n\nIt gets attention.'), ['attention:attention']);
    // The opening's cues are no such evidence, nor a section's that another reading contests, nor those of a
    // section around the name's own (under a title heading, the whole document is one).
    assert.deepEqual(both('Each query.\n\n# Notes\n\nIt gets attention.'), []);
    assert.deepEqual(both('# Query and focus\n\nIt gets attention.'), []);
    assert.deepEqual(both('# Notes\n\n## A\n\nEach query.\n\n## B\n\nIt gets attention.'), []);
    assert.deepEqual(both('# Notes\n\n## A\n\nEach query.\n\nIt gets attention.'), ['attention:attention']);
    // Read as the mechanism (two cues to one), but contested: the document must name it.
    assert.deepEqual(both('Each query and token gets focus and attention.'), []);
    assert.deepEqual(both('The attention mechanism.\n\nEach query and token gets focus and attention.'), ['attention:attention mechanism', 'attention:attention']);
    assert.deepEqual(both('The attention mechanism. # x\n\nIt gets attention.'), ['attention:attention mechanism']);
  });

    it('a name is no evidence for its own reading, but speaks for other names', () => {
    // 涌现 is a cue of its own concept here: as evidence for itself it would tie every sentence.
    const own = compiled({
      ...SPEC,
      concepts: [
        {
          id: 'emergence',
          name: { zh: '涌现', en: 'emergence' },
          aliases: { en: ['emerge'] },
          explanation: { en: 'Wholes and parts.' },
          context: {
            cues: { zh: ['涌现'], en: ['emergence'] },
            otherSenses: [
              { id: 'appear', label: { zh: '出现' }, aliases: { zh: ['涌现'] }, cues: { zh: ['很多'] } },
              { id: 'verb', label: { en: 'the verb' }, partOfSpeech: 'verb', default: true },
            ],
          },
        },
      ],
    });
    assert.deepEqual(found('业界涌现了很多框架。', own), []);
    assert.deepEqual(found('Patterns emerge; this is emergence.', own), ['emergence:emerge', 'emergence:emergence']);
    assert.deepEqual(found('Patterns emerge over time.', own), []);
  });

  it('nor is a cue found inside the name', () => {
    // 临界 is inside 临界点: every 临界点 would speak for itself.
    const inside = compiled({
      ...SPEC,
      concepts: [
        {
          id: 'critical',
          name: { zh: '临界点' },
          explanation: { en: 'A threshold.' },
          context: { cues: { zh: ['临界', '相变'] }, otherSenses: [{ id: 'calculus', label: { zh: '驻点' }, aliases: { zh: ['临界点'] }, cues: { zh: ['导数'] } }] },
        },
      ],
    });
    assert.deepEqual(found('导数为零的点是临界点。', inside), []);
    assert.deepEqual(found('相变发生在临界点，导数为零。', inside), ['critical:临界点']);
    assert.deepEqual(found('临界温度之下，导数为零的点也叫临界点。', inside), []);
  });

  it('a longer cue for another reading overrules the cue inside it', () => {
    // 采样温度 is a model's sampling temperature: the 温度 (heat) inside it says nothing.
    const nested = compiled({
      ...SPEC,
      concepts: SPEC.concepts.map((c) =>
        c.id === 'info'
          ? { ...c, sense: { of: 'heat', cues: { en: ['probability', 'bits', 'sampling temperature'], zh: ['概率', '采样温度'] } } }
          : c.id === 'heat'
            ? { ...c, context: { cues: { en: ['temperature', 'temperature gradient'], zh: ['温度'] } } }
          : c.id === 'coil'
            ? {
                ...c,
                context: {
                  cues: { en: ['decoder', 'decoder sampling temperature'] },
                  otherSenses: [{ id: 'electrical', label: { en: 'the device' }, aliases: { en: ['Transformer'] }, cues: { en: ['voltage', 'winding temperature', 'temperature'] } }],
                },
              }
            : c,
      ),
    });
    assert.deepEqual(found('Raise the sampling temperature and the entropy of the output grows.', nested), ['info:entropy']);
    assert.deepEqual(found('调高采样温度，输出的熵随之上升。', nested), ['info:熵']);
    assert.deepEqual(found('Raise the temperature and the entropy of the gas grows.', nested), ['heat:entropy']);
    // Both cues count where each stands alone in the sentence: a tie, which the fallback (heat) keeps.
    assert.deepEqual(found('At this temperature the sampling temperature barely moves the entropy.', nested), ['heat:entropy']);
    // A cue inside a longer one that agrees with it keeps its say: two cues for heat against two for information.
    assert.deepEqual(found('A temperature gradient, a probability and some bits set the entropy.', nested), ['heat:entropy']);
    // Inside it, the shorter cue keeps its say on the names the longer one does not speak to: the
    // Transformer that runs at a temperature is still the device.
    assert.deepEqual(found('The sampling temperature of the Transformer sets the entropy.', nested), ['info:entropy']);
    assert.deepEqual(found('The sampling temperature of the Transformer.', nested), []);
    // A cue and what is left of it inside a longer one count once: the device's temperature ties with the decoder.
    assert.deepEqual(found('The temperature and the sampling temperature of the decoder Transformer.', nested), ['coil:Transformer']);
    // Held by two longer cues that leave it different things, it says nothing: the sampling temperature decides.
    assert.deepEqual(found('The decoder sampling temperature of the entropy.', nested), ['info:entropy']);
    // A longer cue about other names leaves the one inside it its say: temperature ties with probability.
    assert.deepEqual(found('The winding temperature and the probability both shape the entropy.', nested), ['heat:entropy']);
  });

  it('in any spelling the automaton reads: traditional characters, plurals, hyphens', () => {
    const spelled = compiled({
      ...SPEC,
      concepts: [
        {
          id: 'critical',
          name: { zh: '临界点', en: 'critical point' },
          explanation: { en: 'A threshold.' },
          context: {
            cues: { zh: ['臨界'], en: ['critical points', 'critical-point'] },
            otherSenses: [{ id: 'calculus', label: { en: 'a stationary point' }, aliases: { zh: ['临界点'], en: ['critical point'] }, cues: { zh: ['导数'], en: ['derivative'] } }],
          },
        },
      ],
    });
    assert.deepEqual(found('导数为零的点是临界点。', spelled), []);
    assert.deepEqual(found('The derivative vanishes at a critical point.', spelled), []);
    assert.deepEqual(found('The derivative vanishes at two critical points.', spelled), []);
  });

  describe('the reason', () => {
    const reason = (text: string, at: string): Pick<NonNullable<ReturnType<typeof senseReasonOf>>, 'concept' | 'scope' | 'cue' | 'chosen'> | undefined => {
      const scan = scanDocument(text, cp);
      const m = scan.matches.find((x) => text.slice(x.start, x.end) === at)!;
      const r = senseReasonOf(text, scanBlocks(text).blocks, cp, m);
      return r && { concept: r.concept, scope: r.scope, cue: r.cue, chosen: r.chosen };
    };
    it('names the scope and a cue that decided, or says nothing pointed elsewhere', () => {
      assert.deepEqual(reason('# Bits\n\nEntropy here.', 'Entropy'), { concept: cp.indexOf.get('info'), scope: 'section', cue: 'bits', chosen: false });
      assert.deepEqual(reason('Entropy at some temperature.', 'Entropy'), { concept: cp.indexOf.get('heat'), scope: 'sentence', cue: 'temperature', chosen: false });
      assert.deepEqual(reason('Entropy alone.', 'Entropy'), { concept: cp.indexOf.get('heat'), scope: undefined, cue: undefined, chosen: false });
    });
    it('names the cue that broke a tie, not a tied one in the name’s own sentence or section', () => {
      const info = cp.indexOf.get('info');
      assert.deepEqual(reason('Entropy, temperature and probability. Count the bits.', 'Entropy'), { concept: info, scope: 'paragraph', cue: 'bits', chosen: false });
      assert.deepEqual(reason('# Top\n\n## Inner\n\nEntropy, temperature and probability.\n\n## Other\n\nOf bits.', 'Entropy'), { concept: info, scope: 'section', cue: 'bits', chosen: false });
      assert.deepEqual(reason('Entropy, temperature and probability.\n\n# A\n\nbits and probability', 'Entropy'), { concept: info, scope: 'document', cue: 'bits', chosen: false });
      assert.deepEqual(reason('# T\n\nEntropy, temperature and probability.\n\n# A\n\nbits and probability', 'Entropy'), { concept: info, scope: 'document', cue: 'bits', chosen: false }, 'in a section');
      assert.deepEqual(reason('---\ntitle: 概率\n---\n\n# T\n\nEntropy, temperature and probability.\n\n# A\n\nbits', 'Entropy'), { concept: info, scope: 'document', cue: '概率', chosen: false }, 'the front matter first');
    });
    it('names no cue of a scope that weighs nothing (a pack’s document weight 0: the front matter decided)', () => {
      const noDocument = compiled({ ...SPEC, concepts: [{ ...SPEC.concepts[0], context: { scopes: { document: 0 }, cues: { en: ['temperature'] } } }, ...SPEC.concepts.slice(1)] });
      const text = '---\ntitle: probability\n---\n\n# T\n\nEntropy, temperature and probability.\n\n# A\n\nbits';
      const m = scanDocument(text, noDocument).matches.find((x) => text.slice(x.start, x.end) === 'Entropy')!;
      const r = senseReasonOf(text, scanBlocks(text).blocks, noDocument, m)!;
      assert.deepEqual([r.concept, r.scope, r.cue], [noDocument.indexOf.get('info'), 'document', 'probability']);
    });
    it('does not name a cue the nearer scope already holds as a remainder inside a longer cue', () => {
      // Inside "sampling temperature" (information), "temperature" keeps only its say on the Transformer (here
      // a cue of the network). That remainder and a plain "temperature" are one cue: the hover names the
      // decoder, which tipped the paragraph.
      const nested = compiled({
        ...SPEC,
        concepts: SPEC.concepts.map((c) =>
          c.id === 'info'
            ? { ...c, sense: { of: 'heat', cues: { en: ['probability', 'sampling temperature'] } } }
            : c.id === 'coil'
              ? { ...c, context: { scopes: { sentence: 0.5, paragraph: 0.5 }, cues: { en: ['decoder', 'temperature'] }, otherSenses: [{ id: 'electrical', label: { en: 'the device' }, aliases: { en: ['Transformer'] }, cues: { en: ['voltage'] } }] } }
              : c,
        ),
      });
      const text = 'The sampling temperature of the Transformer. Its temperature and its decoder matter.';
      const m = scanDocument(text, nested).matches.find((x) => text.slice(x.start, x.end) === 'Transformer');
      const r = m && senseReasonOf(text, scanBlocks(text).blocks, nested, m);
      assert.deepEqual(r && [r.concept, r.scope, r.cue], [nested.indexOf.get('coil'), 'paragraph', 'decoder']);
    });
    it('names a cue of the tied scope when the tie stood', () => {
      assert.deepEqual(reason('# Temperature\n\nEntropy, temperature and probability.', 'Entropy'), { concept: cp.indexOf.get('heat'), scope: 'sentence', cue: 'temperature', chosen: false });
    });
    it('is undefined for a name with one reading', () => {
      assert.equal(reason('Emergence.', 'Emergence'), undefined);
    });
    it('says when the nearest tie stood, and not when a wider scope broke it', () => {
      const tied = (text: string): boolean | undefined => {
        const m = scanDocument(text, cp).matches.find((x) => text.slice(x.start, x.end) === 'Entropy')!;
        return senseReasonOf(text, scanBlocks(text).blocks, cp, m)?.tied;
      };
      assert.equal(tied('# Temperature\n\nEntropy, temperature and probability.'), true);
      assert.equal(tied('Entropy, temperature and probability. Count the bits.'), false);
      assert.equal(tied('Entropy at some temperature.'), false);
    });
  });

  describe('the incremental scan reads in context like a full scan', () => {
    it('an edit to a heading far above changes the reading below', () => {
      const text = '# Heat\n\n' + 'Other text.\n\n'.repeat(50) + 'Entropy here.';
      const inc = new IncrementalScan(text, cp);
      assert.deepEqual(inc.matches.map((m) => cp.concepts[m.concept]!.id), ['heat']);
      inc.applyEdit({ start: 2, deleteCount: 4, text: 'Bits' });
      assert.deepEqual(inc.matches.map((m) => cp.concepts[m.concept]!.id), ['info']);
      assert.deepEqual(inc.matches, scanDocument(inc.text, cp).matches);
    });
    it('a document that grows past its opening by a split paragraph moves the last block out of it', () => {
      // Exactly DOCUMENT_BLOCKS blocks, the cues in the last; splitting a filler pushes them past the opening.
      const text = 'Entropy.\n\n' + 'Filler.\n\n'.repeat(DOCUMENT_BLOCKS - 2) + 'bits and probability';
      const inc = new IncrementalScan(text, cp);
      assert.deepEqual(inc.matches.map((m) => cp.concepts[m.concept]!.id), ['info']);
      inc.applyEdit({ start: text.indexOf('Filler.') + 3, deleteCount: 0, text: '\n\n' });
      assert.deepEqual(inc.matches, scanDocument(inc.text, cp).matches);
      assert.deepEqual(inc.matches.map((m) => cp.concepts[m.concept]!.id), ['heat']);
    });
    it('a block added or removed in the opening moves cues out of it or into it', () => {
      const text = 'Entropy.\n\n' + 'Filler.\n\n'.repeat(DOCUMENT_BLOCKS - 2) + 'bits and probability\n\n' + 'More.\n\n'.repeat(20);
      const inc = new IncrementalScan(text, cp);
      assert.deepEqual(inc.matches.map((m) => cp.concepts[m.concept]!.id), ['info']);
      // A paragraph split in two: the cues' block is pushed past the opening.
      const at = text.indexOf('Filler.') + 3;
      inc.applyEdit({ start: at, deleteCount: 0, text: '\n\n' });
      assert.deepEqual(inc.matches.map((m) => cp.concepts[m.concept]!.id), ['heat']);
      assert.deepEqual(inc.matches, scanDocument(inc.text, cp).matches);
      // …and joined again.
      inc.applyEdit({ start: at, deleteCount: 2, text: '' });
      assert.deepEqual(inc.matches.map((m) => cp.concepts[m.concept]!.id), ['info']);
      assert.deepEqual(inc.matches, scanDocument(inc.text, cp).matches);
    });
  });

  describe('an edit that changes cues remakes the readings its cues can reach, and only those', () => {
    const ids = (inc: IncrementalScan): string[] => inc.matches.map((m) => `${cp.concepts[m.concept]!.id}:${inc.text.slice(m.start, m.end)}`);
    /** Applies `edit`, then checks the readings against a full scan: how many names the snapshot decided. */
    const decisionsEditing = (inc: IncrementalScan, edit: TextEdit): number => {
      const decide = DocumentSenses.prototype.decide;
      let decisions = 0;
      DocumentSenses.prototype.decide = function (this: DocumentSenses, ...args: Parameters<typeof decide>) {
        decisions++;
        return decide.apply(this, args);
      };
      try {
        inc.applyEdit(edit);
        void inc.matches;
      } finally {
        DocumentSenses.prototype.decide = decide;
      }
      assert.deepEqual(inc.matches, scanDocument(inc.text, cp).matches);
      return decisions;
    };
    /** Types `text` after `after`: how many names the snapshot decided (see decisionsEditing). */
    const decisionsTyping = (inc: IncrementalScan, after: string, text: string): number =>
      decisionsEditing(inc, { start: inc.text.indexOf(after) + after.length, deleteCount: 0, text });
    const type = (inc: IncrementalScan, after: string, text: string): void => {
      inc.applyEdit({ start: inc.text.indexOf(after) + after.length, deleteCount: 0, text });
      assert.deepEqual(inc.matches, scanDocument(inc.text, cp).matches);
    };
    it('a cue typed in a section reads that section anew, not another', () => {
      const inc = new IncrementalScan('# A\n\nEntropy one.\n\n# B\n\nEntropy two.\n\nFiller.', cp);
      assert.deepEqual(ids(inc), ['heat:Entropy', 'heat:Entropy']);
      type(inc, 'Filler', ' bits');
      assert.deepEqual(ids(inc), ['heat:Entropy', 'info:Entropy']);
      type(inc, 'Filler bits', 'x');
      assert.deepEqual(ids(inc), ['heat:Entropy', 'heat:Entropy']);
    });
    it('a cue typed in a subsection reaches a name that its parent section decides', () => {
      // A decides A1's name (a temperature), not the document; a cue in A2 is in A.
      const inc = new IncrementalScan('# A\n\nTemperature.\n\n## A1\n\nEntropy.\n\n## A2\n\nFiller.', cp);
      assert.deepEqual(ids(inc), ['heat:Entropy']);
      type(inc, 'Filler', ' bits and probability');
      assert.deepEqual(ids(inc), ['info:Entropy']);
    });
    it('a cue typed in the opening reaches a name that the document decides', () => {
      const inc = new IncrementalScan('Entropy.\n\nFiller.\n\n# A\n\nEntropy.', cp);
      assert.deepEqual(ids(inc), ['heat:Entropy', 'heat:Entropy']);
      type(inc, 'Filler', ' probability and bits');
      assert.deepEqual(ids(inc), ['info:Entropy', 'info:Entropy']);
    });
    it('an edit that moves a heading among its blocks reads them by their new sections', () => {
      const inc = new IncrementalScan('# A\n\nA temperature.\n\nEntropy one.\n\n# B\n\nbits, probability.\n\nEntropy two.', cp);
      assert.deepEqual(ids(inc), ['heat:Entropy', 'info:Entropy']);
      // As many blocks and cues as before, the heading one block later: the new paragraph is in A.
      const from = inc.text.indexOf('Entropy one.');
      inc.applyEdit({ start: from, deleteCount: inc.text.length - from, text: 'Entropy one.\n\nEntropy four.\n\n# B\n\nbits, probability.' });
      assert.deepEqual(inc.matches, scanDocument(inc.text, cp).matches);
      assert.deepEqual(ids(inc), ['heat:Entropy', 'heat:Entropy']);
    });
    it('a block added below every block whose cues were read keeps each block\'s cues in place', () => {
      // No name yet, so no cues were read; the new paragraph's name is read by its section's heading.
      const inc = new IncrementalScan('# Bits\n\nFiller.', cp);
      assert.deepEqual(ids(inc), []);
      type(inc, 'Filler.', '\n\nEntropy.');
      assert.deepEqual(ids(inc), ['info:Entropy']);
    });
    it('an edit to the front matter\'s title reads anew the names the document decides, one elsewhere in it none', () => {
      const inc = new IncrementalScan('---\ntitle: Notes\ndate: 2020\n---\n\nEntropy.\n\n# A\n\nEntropy at a temperature.', cp);
      assert.deepEqual(ids(inc), ['heat:Entropy', 'heat:Entropy']);
      assert.equal(decisionsTyping(inc, 'date: 2020', '-01'), 0);
      assert.equal(decisionsTyping(inc, 'title: Notes', ' on bits and probability'), 1);
      assert.deepEqual(ids(inc), ['info:Entropy', 'heat:Entropy']);
    });
    it('a cue the opening already holds keeps the names the document decides; a new one reads them anew', () => {
      const inc = new IncrementalScan('Entropy.\n\nOf bits and probability.\n\nFiller.', cp);
      assert.deepEqual(ids(inc), ['info:Entropy']);
      assert.equal(decisionsTyping(inc, 'Filler', ' bits'), 0);
      assert.equal(decisionsTyping(inc, 'Filler bits', ', a temperature'), 1);
      assert.deepEqual(ids(inc), ['info:Entropy']);
    });
    it('a cue new to a section that leaves its verdict as it was reads no name again', () => {
      const inc = new IncrementalScan('# A\n\nEntropy one.\n\nOf bits.\n\nFiller.\n\n# B\n\nEntropy two at a temperature.', cp);
      assert.deepEqual(ids(inc), ['info:Entropy', 'heat:Entropy']);
      // Still information entropy, by the same first cue, uncontested.
      assert.equal(decisionsTyping(inc, 'Filler', ' and probability'), 0);
      // A cue of the other reading contests the verdict: the hover's reason changes, so the name is read again.
      assert.equal(decisionsTyping(inc, 'Filler and probability', ', a temperature'), 1);
      assert.deepEqual(ids(inc), ['info:Entropy', 'heat:Entropy']);
    });
    it('a cue new to the opening that leaves the document\'s verdict as it was reads no name again', () => {
      const inc = new IncrementalScan('Entropy.\n\nOf bits and probability.\n\nFiller.', cp);
      assert.deepEqual(ids(inc), ['info:Entropy']);
      assert.equal(decisionsTyping(inc, 'Filler', ' 概率'), 0);
    });
    it('a subsection that comes to decide a name its parent decided reads it again, the parent\'s verdict unchanged', () => {
      const inc = new IncrementalScan('# A\n\nOf probability.\n\n## A1\n\nEntropy.\n\nFiller.', cp);
      assert.deepEqual(ids(inc), ['info:Entropy']);
      // The same reading, now for A1's own cue: the hover's reason names it.
      assert.equal(decisionsTyping(inc, 'Filler', ' bits'), 1);
    });
    it('a cue typed in a subsection turns the reading of a name that reached its parent through it', () => {
      // A1 decided nothing, A (temperature over bits) did; a cue in A1 that A holds already turns A1 only.
      const inc = new IncrementalScan('# A\n\nA temperature, 温度.\n\n## A1\n\nEntropy.\n\nFiller\n\n## A2\n\nbits', cp);
      assert.deepEqual(ids(inc), ['heat:Entropy']);
      type(inc, 'Filler', ' bits');
      assert.deepEqual(ids(inc), ['info:Entropy']);
    });
    it('a cue typed in a section where nothing was read keeps the readings its parent decided', () => {
      const inc = new IncrementalScan('# A\n\nOf bits.\n\n## A1\n\nEntropy.\n\n## A2\n\nFiller.', cp);
      assert.deepEqual(ids(inc), ['info:Entropy']);
      assert.equal(decisionsTyping(inc, 'Filler', ' and probability'), 0);
    });
    it('a subsection whose verdict turns reads its own names again, not those its siblings took to the parent', () => {
      // A decides every name (a temperature over bits, as above). A cue typed in A2 turns A2, not A (A4
      // gave it the cue already); the names of A1 and A3 reached A without going through A2.
      const inc = new IncrementalScan('# A\n\nA temperature, 温度.\n\n## A1\n\nEntropy one.\n\n## A2\n\nEntropy two.\n\nFiller.\n\n## A3\n\nEntropy three.\n\n## A4\n\nbits', cp);
      assert.deepEqual(ids(inc), ['heat:Entropy', 'heat:Entropy', 'heat:Entropy']);
      assert.equal(decisionsTyping(inc, 'Filler', ' bits'), 1);
      assert.deepEqual(ids(inc), ['heat:Entropy', 'info:Entropy', 'heat:Entropy']);
    });
    describe('an edit that changes the sections', () => {
      const replace = (inc: IncrementalScan, start: number, deleteCount: number, text: string): number => decisionsEditing(inc, { start, deleteCount, text });
      it('a section that loses blocks to a new heading is weighed again', () => {
        // A held B's bits: information entropy. Once B is a section of its own, A weighs nothing and the
        // document's cues tie (bits, a temperature): the name stands as entropy.
        const inc = new IncrementalScan('# A\n\nEntropy.\n\nFiller.\n\n## B\n\nbits.\n\n# C\n\nA temperature.', cp);
        assert.deepEqual(ids(inc), ['info:Entropy']);
        replace(inc, inc.text.indexOf('## B'), 1, '');
        assert.deepEqual(ids(inc), ['heat:Entropy']);
      });
      it('a section that gains the blocks of a heading made lower is weighed again', () => {
        const inc = new IncrementalScan('# A\n\nEntropy.\n\nFiller.\n\n# B\n\nbits.\n\n# C\n\nA temperature.', cp);
        assert.deepEqual(ids(inc), ['heat:Entropy']);
        replace(inc, inc.text.indexOf('# B'), 0, '#');
        assert.deepEqual(ids(inc), ['info:Entropy']);
      });
      it('a heading added reads again only the names whose sections it changed', () => {
        // One and two are decided by their paragraphs; three reached A, four reached A2.
        const inc = new IncrementalScan('# A\n\nA temperature.\n\nEntropy one, bits.\n\nEntropy two, bits.\n\nEntropy three.\n\nFiller.\n\n## A2\n\nbits\n\nEntropy four.', cp);
        assert.deepEqual(ids(inc), ['info:Entropy', 'info:Entropy', 'heat:Entropy', 'info:Entropy']);
        // A new section under A after three: A weighs as before (a temperature over bits), A2 holds the same blocks.
        assert.equal(replace(inc, inc.text.indexOf('Filler'), 0, '## A1\n\n'), 0);
        // One above three: three is now in A0, which weighs nothing, and read again; A decides it as before.
        assert.equal(replace(inc, inc.text.indexOf('Entropy three'), 0, '## A0\n\n'), 1);
        assert.deepEqual(ids(inc), ['info:Entropy', 'info:Entropy', 'heat:Entropy', 'info:Entropy']);
      });
    });
    it('edits with no snapshot between them read what each changed', () => {
      const inc = new IncrementalScan('# A\n\nEntropy one.\n\nOf bits.\n\nFiller.\n\n## A1\n\nEntropy two.\n\n# B\n\nEntropy three.', cp);
      assert.deepEqual(ids(inc), ['info:Entropy', 'info:Entropy', 'heat:Entropy']);
      inc.applyEdit({ start: inc.text.indexOf('Of bits'), deleteCount: 'Of bits'.length, text: 'Of it' });
      inc.applyEdit({ start: inc.text.indexOf('Filler'), deleteCount: 0, text: 'A temperature. ' });
      assert.deepEqual(inc.matches, scanDocument(inc.text, cp).matches);
      assert.deepEqual(ids(inc), ['heat:Entropy', 'heat:Entropy', 'heat:Entropy']);
    });
    it('a cue typed in one section of thousands decides the names of that section only', () => {
      const sections = Array.from({ length: 1500 }, (_, i) => `# S${i}\n\nEntropy ${i}.\n\nFiller ${i}.`);
      const inc = new IncrementalScan(sections.join('\n\n'), cp);
      void inc.matches;
      const decisions = decisionsTyping(inc, 'Filler 1400', ' bits and probability');
      assert.equal(ids(inc).filter((r) => r === 'info:Entropy').length, 1);
      // The edited paragraph has no name; the one name of its section is decided again, and nothing else.
      assert.equal(decisions, 1);
    });
    // Random documents of headings, names and cues of the small pack, edited at random: the readings
    // after every edit are those of a full scan.
    const PIECES = ['\n\n', '\n', '# ', '## ', '### ', 'Entropy', ' entropy ', '熵', 'attention', 'Transformer', 'emerge', ' temperature', ' bits', 'probability', '概率', '温度', ' voltage', ' query', ' focus', ' parts', ' filler', '. ', 'x', '---\ntitle: bits\n---\n'];
    const piece = fc.constantFrom(...PIECES);
    // Documents of sections whose names the sections decide (temperature against bits, or a sentence that
    // ties the two), edited where the sections change: headings made, unmade, raised and lowered, blocks
    // split and joined.
    it('equals a full scan after random edits to the sections', () => {
      const line = fc.constantFrom('Entropy here.', 'Entropy at a temperature.', 'bits and probability', 'Filler.', '温度', 'A temperature.', 'Entropy.', 'Entropy, temperature and bits.');
      const head = fc.constantFrom('', '', '# ', '## ', '### ');
      const edit = fc.record({ line: fc.nat(), op: fc.constantFrom('deeper', 'shallower', 'heading', 'join', 'split'), read: fc.boolean() });
      fc.assert(
        fc.property(fc.array(fc.tuple(head, line), { minLength: 2, maxLength: 30 }), fc.array(edit, { minLength: 1, maxLength: 10 }), (lines, edits) => {
          const inc = new IncrementalScan(lines.map(([h, l]) => h + l).join('\n\n'), cp);
          void inc.matches;
          for (const e of edits) {
            const text = inc.text;
            const starts = [0];
            for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
            const at = starts[e.line % starts.length]!;
            if (e.op === 'deeper') inc.applyEdit({ start: at, deleteCount: 0, text: text[at] === '#' ? '#' : '# ' });
            else if (e.op === 'shallower' && text[at] === '#') inc.applyEdit({ start: at, deleteCount: 1, text: '' });
            else if (e.op === 'heading') inc.applyEdit({ start: at, deleteCount: 0, text: '## Of bits\n\n' });
            else if (e.op === 'join' && at > 1) inc.applyEdit({ start: at - 2, deleteCount: 2, text: ' ' });
            else if (e.op === 'split') inc.applyEdit({ start: at, deleteCount: 0, text: 'Entropy.\n\n' });
            if (e.read) assert.deepEqual(inc.matches, scanDocument(inc.text, cp).matches);
          }
          assert.deepEqual(inc.matches, scanDocument(inc.text, cp).matches);
        }),
        { numRuns: 1000, seed: 20261205 },
      );
    });
    it('equals a full scan after every random edit', () => {
      fc.assert(
        fc.property(
          fc.array(piece, { maxLength: 40 }),
          // Read after some edits only: several edits may come before the next snapshot.
          fc.array(fc.record({ pos: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.nat(12), ins: fc.array(piece, { maxLength: 3 }), read: fc.boolean() }), { maxLength: 12 }),
          (pieces, edits) => {
            const inc = new IncrementalScan(pieces.join(''), cp);
            void inc.matches;
            for (const e of edits) {
              const start = Math.floor(e.pos * (inc.text.length + 1));
              inc.applyEdit({ start, deleteCount: Math.min(e.len, inc.text.length - start), text: e.ins.join('') });
              if (e.read) assert.deepEqual(inc.matches, scanDocument(inc.text, cp).matches);
            }
            assert.deepEqual(inc.matches, scanDocument(inc.text, cp).matches);
          },
        ),
        { numRuns: 1000 },
      );
    });
  });

  describe('the pack format', () => {
    it('reports a context that is not as documented, and keeps the rest of the concept', () => {
      const bad = structuredClone(SPEC) as { concepts: Record<string, unknown>[] };
      bad.concepts[2]!.context = { cues: { en: ['x'] }, otherSenses: [{ id: 'Bad Id', aliases: { en: ['attention'] } }, { id: 'ok', aliases: { en: ['nope'] } }], scopes: { sentence: -1 } };
      const { pack, problems } = validatePack(bad);
      assert.deepEqual(problems.map((p) => p.path).sort(), [
        '$.concepts[2].context.otherSenses[0].id',
        '$.concepts[2].context.otherSenses[1]',
        '$.concepts[2].context.otherSenses[1].aliases.en[0]',
        '$.concepts[2].context.scopes.sentence',
      ]);
      assert.equal(pack!.concepts[2]!.id, 'attention');
      assert.deepEqual(pack!.concepts[2]!.context?.cues, [{ text: 'x', lang: 'en' }]);
    });
  });

  describe('the built-in pack', () => {
    it('reads the issue’s ambiguous names by context', () => {
      assert.deepEqual(found('Thank you for your attention.'), []);
      assert.deepEqual(found('The transformer steps 240 V down to 12 V through its secondary winding.'), []);
      assert.deepEqual(found('The Transformer stacks self-attention layers.'), ['transformer:Transformer', 'attention-mechanism:self-attention']);
      assert.deepEqual(found('New startups emerged in the market this year.'), []);
      assert.deepEqual(found('It is written in plain language for Python programmers.'), []);
      assert.deepEqual(found('# 信息论\n\n熵越大，越难预测。'), ['information-entropy:熵']);
    });
  });
});
