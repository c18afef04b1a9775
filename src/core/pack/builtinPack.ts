// The built-in pack for the article "熵与涌现：大模型的智能之谜", validated from its JSON source. The
// extension restores the compiled form instead (builtinCompiledPack.ts); this is for the build, CLI and tests.

import packJson from '../../packs/entropy-and-emergence.pack.json';
import type { ConceptPack } from './packTypes';
import { validatePack } from './validatePack';

export { BUILTIN_INFLECTIONS } from './builtinInflections';

export function loadBuiltinPack(): ConceptPack {
  const { pack, problems } = validatePack(packJson);
  if (!pack || problems.length > 0) throw new Error(`the built-in pack is invalid: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return pack;
}
