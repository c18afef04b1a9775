import * as assert from 'node:assert/strict';
import { allowedEdits, editDistance } from '../../../src/core/lint/editDistance';

describe('lint: edit distance (restricted Damerau–Levenshtein)', () => {
  // Counted by hand.
  const cases: [string, string, number][] = [
    ['entropy', 'entrophy', 1], // insertion
    ['transformer', 'transfomer', 1], // deletion
    ['embedding', 'emdedding', 1], // substitution
    ['emergence', 'emergnece', 1], // transposition
    ['emergence', 'emergance', 1],
    ['symmetry breaking', 'symmetry braking', 1],
    ['embedding', 'embeding', 1],
    ['entropy', 'entropy', 0],
    ['recursion', 'excursion', 2],
    ['ca', 'abc', 3], // the restricted form: no edit of a transposed pair
    ['kitten', 'sitting', 3],
  ];
  for (const [a, b, d] of cases) it(`${a} ↔ ${b} is ${d}`, () => assert.equal(editDistance(a, b, 5), d));

  it('stops past the bound', () => {
    assert.equal(editDistance('entropy', 'emergence', 1), 2);
    assert.equal(editDistance('a', 'abcdef', 2), 3);
  });

  it('allows no edit below 5 letters, one up to 8, two beyond', () => {
    assert.deepEqual([4, 5, 8, 9, 20].map(allowedEdits), [0, 1, 1, 2, 2]);
  });
});
