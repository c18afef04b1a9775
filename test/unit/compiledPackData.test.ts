// The built-in pack as the build compiles it (src/packs/entropy-and-emergence.compiled.json), which the
// extension restores on activation: it must be what scripts/gen-compiled-pack.ts makes of the pack
// today, and restoring it must give the very automaton and matches that compiling does.

import { deepStrictEqual, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPILED_PACK_PATH, builtinCompiledPackJson } from '../../scripts/gen-compiled-pack';
import { loadBuiltinCompiledPack } from '../../src/core/pack/builtinCompiledPack';
import { compiledPackData, restoreCompiledPack, type CompiledPack } from '../../src/core/scan/compiledPack';
import { scanDocument } from '../../src/core/scan/documentScan';
import { senseRulesData } from '../../src/core/scan/senses/senseRules';
import { FIXTURES, ROOT } from '../support/paths';
import { builtinCompiled, compileSpec } from '../support/testPack';

const ARTICLE = readFileSync(join(FIXTURES, 'entropy-and-emergence.md'), 'utf8');

/** Everything the scanner and the features read of a compiled pack, as plain values. */
function shape(cp: CompiledPack): unknown {
  const a = cp.automaton;
  const next: number[] = [];
  // Transitions from every state on every class: the hash table rebuilt on restore must answer alike.
  for (let s = 0; s < a.stateCount; s++) for (let c = 0; c < a.classCount; c++) next.push(a.next(s, c));
  return {
    pack: cp.pack,
    surfaces: cp.surfaces,
    indexOf: [...cp.indexOf],
    neighbours: cp.neighbours,
    senses: senseRulesData(cp.senseRules),
    classOf: Array.from(a.classOf),
    depth: Array.from(a.depth),
    outStart: Array.from(a.outStart),
    outputs: Array.from(a.outputs),
    patternLength: Array.from(a.patternLength),
    maxPatternLength: a.maxPatternLength,
    ringLength: a.ring.length,
    next,
  };
}

describe('compiled built-in pack', () => {
  it('is what scripts/gen-compiled-pack.ts makes of the pack (run `npx tsx scripts/gen-compiled-pack.ts`)', () => {
    strictEqual(readFileSync(COMPILED_PACK_PATH, 'utf8'), builtinCompiledPackJson());
  });

  it('has an inflection for every English name of the pack (run `npm run gen:inflections`)', () => {
    const table = JSON.parse(readFileSync(join(ROOT, 'src', 'packs', 'entropy-and-emergence.inflections.json'), 'utf8')) as Record<string, unknown>;
    const missing = builtinCompiled().pack.concepts.flatMap((c) => c.aliases.map((a) => a.text)).filter((t) => /[A-Za-z]/.test(t) && !Object.hasOwn(table, t));
    deepStrictEqual(missing, []);
  });

  it('restores to the same compiled pack as compiling it', () => {
    deepStrictEqual(shape(loadBuiltinCompiledPack()), shape(builtinCompiled()));
  });

  it('finds the same matches in the article', () => {
    const restored = scanDocument(ARTICLE, loadBuiltinCompiledPack()).matches;
    deepStrictEqual(restored, scanDocument(ARTICLE, builtinCompiled()).matches);
    strictEqual(restored.length > 100, true, `the article has its concepts (${restored.length})`);
  });

  it('round-trips a user pack with case-sensitive and contextual aliases', () => {
    const cp = compileSpec({
      id: 'round-trip',
      article: { title: { en: 'Round trip' }, sections: [{ id: 'models', heading: 'Models' }] },
      concepts: [
        { id: 'llm', name: { en: 'large language model' }, aliases: { en: [{ text: 'LLM', caseSensitive: true }] }, explanation: { en: 'x' }, section: 'models' },
        { id: 'attention', name: { en: 'attention mechanism', zh: '注意力机制' }, aliases: { en: [{ text: 'attention', contextual: true }] }, explanation: { en: 'y' }, section: 'models', relations: [{ kind: 'part-of', target: 'llm' }] },
      ],
    });
    const restored = restoreCompiledPack(JSON.parse(JSON.stringify(compiledPackData(cp))));
    deepStrictEqual(shape(restored), shape(cp));
    strictEqual(restored.surfaces.some((s) => s.caseSensitive) && restored.surfaces.some((s) => s.contextual), true);
  });
});
