// The built-in pack as the build compiled it (scripts/gen-compiled-pack.ts): restoring it is linear and
// skips validation and compilation, which keeps them out of activation.

import data from '../../packs/entropy-and-emergence.compiled.json';
import { restoreCompiledPack, type CompiledPack, type CompiledPackData } from '../scan/compiledPack';

export function loadBuiltinCompiledPack(): CompiledPack {
  return restoreCompiledPack(data as unknown as CompiledPackData);
}
