// The sections that hold a place in a document: one walk back for one place, one pass forward for
// several. The pass must give what the walks give, on any sequence of headings and other blocks.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Block } from '../../src/core/markdown/blocks';
import { headingsAround } from '../../src/core/scan/senses/sections';

const block = (level: number): Block => ({ kind: level > 0 ? 'heading' : 'paragraph', start: 0, end: 0, contentStart: 0, contentEnd: 0, level });

describe('the sections around a place', () => {
  it('a heading and each nearer one of a higher rank before it', () => {
    const blocks = [1, 0, 2, 0, 3, 0, 2, 0].map(block);
    // Before index 6 (the second ##): the ### at 4, the ## at 2, the # at 0.
    assert.deepEqual([...headingsAround(blocks, [6])], [blocks[4], blocks[2], blocks[0]]);
    // Before index 8: the second ## and the #.
    assert.deepEqual(new Set(headingsAround(blocks, [8])), new Set([blocks[6], blocks[0]]));
    assert.deepEqual([...headingsAround(blocks, [0])], []);
  });
  it('several places at once give the union of each place alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 60 }), fc.array(fc.nat(), { minLength: 2, maxLength: 8 }), (levels, picks) => {
        const blocks = levels.map(block);
        const ats = picks.map((p) => p % (blocks.length + 1));
        const union = new Set<Block>();
        for (const at of ats) for (const h of headingsAround(blocks, [at])) union.add(h);
        assert.deepEqual(new Set(headingsAround(blocks, ats)), union);
      }),
      { numRuns: 2000 },
    );
  });
});
