// The built-in pack's JSON as written, which Copy to This Article's Pack copies entries from. Only the
// authoring bundle (dist/authoring.js) imports it: activation restores the compiled pack instead.
import packJson from '../packs/entropy-and-emergence.pack.json';
import type { CopySource } from '../services/authoring/copyConcept';

export const BUILTIN_PACK_SOURCE: CopySource = packJson as unknown as CopySource;
