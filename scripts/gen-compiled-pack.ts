// Writes src/packs/entropy-and-emergence.compiled.json: the built-in pack validated, normalised and
// compiled (surfaces and automaton as plain numbers). The extension restores it on activation instead of
// validating and compiling the pack, which took most of activation's time. Run before the bundle
// (`tsx scripts/gen-compiled-pack.ts`); test/unit/compiledPackData.test.ts checks that the committed
// file is what this script writes.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_INFLECTIONS, loadBuiltinPack } from '../src/core/pack/builtinPack';
import { compilePack, compiledPackData } from '../src/core/scan/compiledPack';

export const COMPILED_PACK_PATH = join(__dirname, '..', 'src', 'packs', 'entropy-and-emergence.compiled.json');

/** The file's text: one key per line, so that a change to the pack shows in a diff as what changed. */
export function builtinCompiledPackJson(): string {
  const data = compiledPackData(compilePack(loadBuiltinPack(), BUILTIN_INFLECTIONS));
  const lines = Object.entries(data).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

if (require.main === module) {
  const text = builtinCompiledPackJson();
  writeFileSync(COMPILED_PACK_PATH, text);
  console.log(`wrote src/packs/entropy-and-emergence.compiled.json (${Math.round(text.length / 1024)} KB)`);
}
