// One way from pack files to a compiled pack, for the CLI and the extension alike: read each user
// pack (never throwing), layer them over the built-in one, and compile. English inflections of the
// user's aliases come from compromise, which the caller loads its own way (the CLI at once and cached
// on disk, the extension in the background): this module only says which aliases need them.

import { parsePack, type ConceptPack, type LoadedPack } from './loadPack';
import { mergePacks } from './mergePacks';
import { BUILTIN_INFLECTIONS } from './builtinInflections';
import { hasInflection, mergeInflections, type InflectionTable } from '../inflect/inflections';
import { compilePack, type CompiledPack } from '../scan/compiledPack';

/** A user pack read from its text: its valid concepts (if any) and its problems; `failure` if the loader broke. */
export type UserPack = LoadedPack & { readonly failure?: string };

/** Parses a user pack. A loader bug on a hostile pack costs that pack only. */
export function readUserPack(text: string): UserPack {
  try {
    return parsePack(text);
  } catch (e) {
    return { pack: undefined, problems: [], failure: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

/** The packs layered in order (a later concept replaces an earlier one with its id), or undefined when there are none. */
export function layerPacks(packs: readonly ConceptPack[]): { pack: ConceptPack; replaced: string[] } | undefined {
  return packs.length === 0 ? undefined : mergePacks(packs);
}

/** The English aliases of user packs that the built-in table has no inflections for: sorted, each once. */
export function aliasesNeedingInflections(userPacks: readonly ConceptPack[]): string[] {
  const aliases = new Set<string>();
  for (const p of userPacks) for (const c of p.concepts) for (const a of c.aliases) if (/[A-Za-z]/.test(a.text) && !hasInflection(BUILTIN_INFLECTIONS, a.text)) aliases.add(a.text);
  return [...aliases].sort();
}

/** Compiles a layered pack with the built-in inflections and, when given, the user aliases' own. */
export function compileLayered(pack: ConceptPack, userInflections?: InflectionTable): CompiledPack {
  return compilePack(pack, userInflections ? mergeInflections(BUILTIN_INFLECTIONS, userInflections) : BUILTIN_INFLECTIONS);
}
