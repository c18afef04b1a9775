import { loadBuiltinPack, BUILTIN_INFLECTIONS } from '../../src/core/pack/builtinPack';
import { validatePack } from '../../src/core/pack/loadPack';
import { compilePack, type CompiledPack } from '../../src/core/scan/compiledPack';
import { scanDocument, toOccurrences, type Occurrence } from '../../src/core/scan/documentScan';

let builtin: CompiledPack | undefined;

/** The built-in pack, compiled once for all tests. */
export function builtinCompiled(): CompiledPack {
  return (builtin ??= compilePack(loadBuiltinPack(), BUILTIN_INFLECTIONS));
}

export function compileSpec(spec: unknown): CompiledPack {
  const { pack, problems } = validatePack(spec);
  if (!pack || problems.length > 0) throw new Error(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return compilePack(pack);
}

export function occurrences(text: string, cp: CompiledPack = builtinCompiled()): Occurrence[] {
  const scan = scanDocument(text, cp);
  return toOccurrences(text, scan.matches, scan.structure.headings, cp);
}

/** `concept:text` pairs, the shortest readable form for assertions. */
export function found(text: string, cp?: CompiledPack): string[] {
  return occurrences(text, cp).map((o) => `${o.concept}:${o.text}`);
}
