// A property of concept-misspelling: a single typing slip (a letter dropped, added, replaced or two
// swapped) in any English name of five letters or more of the built-in pack is caught, with the name
// among its fixes, unless the slip makes a real word or another name, which are never flagged.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildLatinTargets } from '../../../src/core/lint/latinTargets';
import { loadBuiltinCompiledPack } from '../../../src/core/pack/builtinCompiledPack';
import { testLexicon } from '../../support/lexicon';
import { lintText } from '../../support/lintDocument';

const cp = loadBuiltinCompiledPack();
const names = buildLatinTargets(cp).targets.filter((t) => t.words.length === 1 && !t.contextual).map((t) => t.lower);

type Slip = { kind: 'drop' | 'add' | 'replace' | 'swap'; at: number; letter: string };

function slip(word: string, s: Slip): string {
  const at = s.at % word.length;
  switch (s.kind) {
    case 'drop':
      return word.slice(0, at) + word.slice(at + 1);
    case 'add':
      return word.slice(0, at) + s.letter + word.slice(at);
    case 'replace':
      return word.slice(0, at) + s.letter + word.slice(at + 1);
    case 'swap':
      return at + 1 < word.length ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word;
  }
}

describe('lint: planted slips in the names of the built-in pack', function () {
  this.timeout(60_000);
  it(`catches one slip in any of its ${names.length} single-word English names`, () => {
    const lexicon = testLexicon();
    const known = buildLatinTargets(cp).known;
    const slips = fc.record({ kind: fc.constantFrom<Slip['kind']>('drop', 'add', 'replace', 'swap'), at: fc.nat(40), letter: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz') });
    fc.assert(
      fc.property(fc.constantFrom(...names), slips, (name, s) => {
        const typo = slip(name, s);
        fc.pre(typo !== name && !known.has(typo) && !lexicon.hasEnglish(typo));
        const found = lintText(`We discuss the ${typo} here.`, cp).filter((d) => d.rule === 'concept-misspelling');
        assert.equal(found.length, 1, `"${typo}" (from "${name}") is not flagged`);
        assert.ok(found[0]!.fixes.length >= 1);
      }),
      { numRuns: 2000, seed: 20261204 },
    );
  });
});
