import * as assert from 'node:assert/strict';
import { singular } from '../../../src/core/authoring/englishTerms';

describe('draft: the singular of a head word', () => {
  // Written by hand: what a glossary calls each term.
  const cases: [string, string][] = [
    ['embeddings', 'embedding'],
    ['entropies', 'entropy'],
    ['boxes', 'box'],
    ['physics', 'physics'],
    ['statistics', 'statistics'],
    ['thermodynamics', 'thermodynamics'],
    ['matrices', 'matrix'],
    ['vertices', 'vertex'],
    ['indices', 'index'],
    ['process', 'process'],
    ['corpus', 'corpus'],
    ['analysis', 'analysis'],
    ['Transformers', 'Transformers'],
  ];
  for (const [plural, one] of cases) it(`${plural} → ${one}`, () => assert.equal(singular(plural), one));
});
