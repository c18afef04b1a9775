// A block's cues and sentence ends as the decisions read them: the cue pass finds where sentences end
// in the same pass as its cues, exactly where sentenceEnds() would; and a block's mask says which
// ambiguous names its cues speak for. Offsets below are counted by hand.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { scanBlocks, isProseBlock } from '../../src/core/markdown/blocks';
import { cuesOfBlock, NO_CUES } from '../../src/core/scan/senses/blockCues';
import type { Block } from '../../src/core/markdown/blocks';
import { ambiguityBit, type SenseRules } from '../../src/core/scan/senses/senseRules';
import { compilePack, type CompiledPack } from '../../src/core/scan/compiledPack';
import { validatePack } from '../../src/core/pack/loadPack';
import { deriveInflections } from '../../src/core/inflect/compromiseInflections';
import { builtinCompiled, found } from '../support/testPack';
import { CueScratch } from '../../src/core/scan/senses/cueScratch';

const cp = builtinCompiled();

/** The rule, one unit at a time (the oracle of the property test): after 。！？；．, and after . ! ? ; before a space. */
function sentenceEnds(text: string, block: Block): number[] {
  const ends: number[] = [];
  for (let i = block.contentStart; i < block.contentEnd; i++) {
    const c = text[i]!;
    const next = text[i + 1];
    if ('。！？；．'.includes(c) || ('.!?;'.includes(c) && (i + 1 >= block.contentEnd || next === ' ' || next === '\t' || next === '\n' || next === '\r'))) ends.push(i + 1 - block.start);
  }
  return ends;
}
const rules = cp.senseRules;

/** The first prose block of `text` and its cues, read with the fused pass. */
function firstBlock(text: string, r: SenseRules = rules): { ends: readonly number[] | undefined; cues: ReturnType<typeof cuesOfBlock> } {
  const block = scanBlocks(text).blocks.find((b) => isProseBlock(b.kind))!;
  const cues = cuesOfBlock(text, block, r, new CueScratch());
  return { ends: cues.sentenceEnds, cues };
}

function compiled(spec: unknown): CompiledPack {
  const { pack, problems } = validatePack(spec);
  assert.deepEqual(problems, []);
  return compilePack(pack!, deriveInflections(pack!.concepts.flatMap((c) => c.aliases.map((a) => a.text))));
}

const concept = (id: string, name: string, cues: string[], other: Record<string, unknown>): Record<string, unknown> => ({
  id,
  name: { en: name },
  explanation: { en: 'x' },
  context: { cues: { en: cues }, otherSenses: [{ id: 'plain', label: { en: 'plain' }, aliases: { en: [name] }, default: true, ...other }] },
});

describe('block cues', () => {
  it('the cue pass finds where sentences end: after 。！？；． and after . ! ? ; before a space', () => {
    // 。 is unit 11; ";" 30 ("Entropy" starts at 12); the "." of v1.2 is 34, no end; "?" 50; "!" 55.
    const text = '熵是概率分布的不确定性。Entropy is in bits; v1.2 is not an end? Yes!';
    const { ends, cues } = firstBlock(text);
    assert.ok(cues.distinct.length > 0, 'the block has cues (概率分布, bits)');
    assert.deepEqual(ends, [12, 31, 51, 56]);
  });

  it('ends a sentence at the full-width ． of academic Chinese', () => {
    // ． at 9, 19 and 23: three sentences.
    const text = '熵是概率分布的度量．临界点是函数的驻点．第三句．';
    assert.deepEqual(firstBlock(text).ends, [10, 20, 24]);
  });

  it('keeps no sentence ends for a block without cues, or whose cues speak for no name', () => {
    assert.equal(firstBlock('Nothing here. Nor here.').cues, NO_CUES);
    // "wordy" is a cue of its own name only, so it speaks for nothing (a name is no evidence for itself).
    const own = compiled({ id: 'p', version: 1, name: { en: 'p' }, article: { title: { en: 'p' }, sections: [] }, concepts: [concept('w', 'wordy', ['wordy'], {})] });
    const { cues, ends } = firstBlock('A wordy text. Another one.', own.senseRules);
    assert.equal(cues.distinct.length, 1);
    assert.equal(cues.mask, 0);
    assert.deepEqual(ends, []);
  });

  it('finds the same ends as sentenceEnds() on any text (property)', () => {
    const pieces = ['.', '!', '?', ';', '。', '！', '？', '；', '．', ' ', '\n', '*', '_', '> ', '熵', '概率', 'bits', 'entropy', 'temperature', 'a', '1.2', '\u3000', '\u00a0'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }), (xs) => {
        const text = 'bits ' + xs.join('');
        for (const block of scanBlocks(text).blocks) {
          if (!isProseBlock(block.kind)) continue;
          const cues = cuesOfBlock(text, block, rules, new CueScratch());
          if (cues.mask !== 0) assert.deepEqual(cues.sentenceEnds, sentenceEnds(text, block));
        }
      }),
      { numRuns: 3000, seed: 20261204 },
    );
  });

  it('a block’s mask holds the names its cues speak for, and no other', () => {
    // "probability distribution" speaks for information entropy (an ambiguity of 熵/entropy), not for "attention".
    const entropy = cp.surfaces.find((s) => s.text === 'entropy')!.ambiguity;
    const attention = cp.surfaces.find((s) => s.text === 'attention')!.ambiguity;
    assert.ok(entropy >= 0 && attention >= 0 && entropy !== attention);
    const { cues } = firstBlock('A probability distribution has an entropy.');
    assert.notEqual(cues.mask & ambiguityBit(entropy), 0);
    assert.equal(cues.mask & ambiguityBit(attention), 0);
  });

  it('names past the 31st share one bit, and are still decided by their own cues', () => {
    assert.equal(ambiguityBit(0), 1);
    assert.equal(ambiguityBit(30), 1 << 30);
    assert.equal(ambiguityBit(31), ambiguityBit(200));
    // 34 names, each read as its concept only where its own cue is near.
    const concepts = Array.from({ length: 34 }, (_, k) => concept(`c${k}`, `name${k}`, [`cue${k}`], {}));
    const big = compiled({ id: 'p', version: 1, name: { en: 'p' }, article: { title: { en: 'p' }, sections: [] }, concepts });
    assert.ok(big.senseRules.ambiguities.length >= 34);
    assert.deepEqual(found('name33 cue33.', big), ['c33:name33']);
    assert.deepEqual(found('name33 cue32.', big), []);
    assert.deepEqual(found('name31 cue31 and name32 cue33.', big), ['c31:name31']);
    assert.deepEqual(found('name30 cue30.', big), ['c30:name30']);
  });
});
