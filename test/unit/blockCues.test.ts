// A block's cues and sentence ends as the decisions read them: the cue pass finds where sentences end
// in the same pass as its cues, exactly where sentenceEnds() would; and a block's mask says which
// ambiguous names its cues speak for. Offsets below are counted by hand.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { scanBlocks, isProseBlock } from '../../src/core/markdown/blocks';
import { cuesOfBlock, NO_CUES, sentenceEnds } from '../../src/core/scan/senses/blockCues';
import { ambiguityBit } from '../../src/core/scan/senses/senseRules';
import { builtinCompiled } from '../support/testPack';

const cp = builtinCompiled();
const rules = cp.senseRules;

/** The first prose block of `text` and its cues, read with the fused pass. */
function firstBlock(text: string): { ends: readonly number[] | undefined; separate: number[]; cues: ReturnType<typeof cuesOfBlock> } {
  const block = scanBlocks(text).blocks.find((b) => isProseBlock(b.kind))!;
  const cues = cuesOfBlock(text, block, rules, []);
  return { ends: cues.sentenceEnds, separate: sentenceEnds(text, block), cues };
}

describe('block cues', () => {
  it('the cue pass finds where sentences end: after 。！？； and after . ! ? ; before a space', () => {
    // 。 is unit 11; ";" 30 ("Entropy" starts at 12); the "." of v1.2 is 34, no end; "?" 50; "!" 55.
    const text = '熵是概率分布的不确定性。Entropy is in bits; v1.2 is not an end? Yes!';
    const { ends, cues } = firstBlock(text);
    assert.ok(cues.distinct.length > 0, 'the block has cues (概率分布, bits)');
    assert.deepEqual(ends, [12, 31, 51, 56]);
  });

  it('keeps no sentence ends for a block without cues', () => {
    const { cues } = firstBlock('Nothing here. Nor here.');
    assert.equal(cues, NO_CUES);
  });

  it('finds the same ends as sentenceEnds() on any text (property)', () => {
    const pieces = ['.', '!', '?', ';', '。', '！', '？', '；', ' ', '\n', '*', '_', '> ', '熵', '概率', 'bits', 'entropy', 'temperature', 'a', '1.2', '\u3000', '\u00a0'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }), (xs) => {
        const text = 'bits ' + xs.join('');
        for (const block of scanBlocks(text).blocks) {
          if (!isProseBlock(block.kind)) continue;
          const cues = cuesOfBlock(text, block, rules, []);
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

  it('names past the 31st share one bit', () => {
    assert.equal(ambiguityBit(0), 1);
    assert.equal(ambiguityBit(30), 1 << 30);
    assert.equal(ambiguityBit(31), ambiguityBit(200));
  });
});
