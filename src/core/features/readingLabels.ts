// How the hover and the palette name each reading of an ambiguous name: a concept by its name, another
// sense by its label (both pack text: escaped where they land).

import type { Lang } from '../pack/conceptPack';
import type { CompiledPack } from '../scan/compiledPack';
import { pick } from './language';

/** The label of reading `reading` of ambiguity `ambiguity`, in the reader's language. */
export function readingLabel(cp: CompiledPack, ambiguity: number, reading: number, lang: Lang): string {
  const r = cp.senseRules.ambiguities[ambiguity]!.readings[reading]!;
  if (r.concept >= 0) return pick(cp.concepts[r.concept]!.name, lang);
  const other = cp.concepts[r.otherOf]?.context?.otherSenses.find((o) => o.id === r.otherId);
  return other ? pick(other.label, lang) || r.otherId : r.otherId;
}
