// Compiles a concept pack into the automaton the scanner runs: every name, alias, inflected form,
// spelling variant and exclusion becomes one surface form.

import type { Concept, ConceptPack } from '../pack/loadPack';
import { isWordUnit } from '../text/chars';
import { withTaiwanSpelling } from '../text/regionalWords';
import { foldSurface as fold, spellingVariants } from './surfaceText';
import { compileSenseRules, restoreSenseRules, senseRulesData, type SenseRules, type SenseRulesData } from './senses/senseRules';
import { Automaton, type AutomatonData } from './automaton';
import type { ByteRows } from './byteRows';
import { basicInflections, inflectionsOf, type InflectionTable } from '../inflect/inflections';

export interface Surface {
  /** Folded, lower-case text as the automaton reads it. */
  text: string;
  /** Folded text in its original case, checked when the surface is case-sensitive. */
  exact: string;
  /** Index of the concept, or -1 for an exclusion (a compound naming something else). */
  concept: number;
  caseSensitive: boolean;
  contextual: boolean;
  /** Whole-word checks apply at an edge that is a Latin letter or digit. */
  wordStart: boolean;
  wordEnd: boolean;
  /** For a name with more than one reading (entropy or information entropy): its index in `senseRules.ambiguities`, else -1. */
  ambiguity: number;
}

export interface CompiledPack {
  readonly pack: ConceptPack;
  readonly concepts: readonly Concept[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly surfaces: readonly Surface[];
  readonly automaton: Automaton;
  /** For each concept, the concepts related to it in either direction. */
  readonly neighbours: readonly (readonly number[])[];
  /** How ambiguous names are read in context (senses/). */
  readonly senseRules: SenseRules;
  /**
   * For each automaton state, whether a surface of a concept (not an exclusion) ends there: 0 none, 1 one
   * in any case, 2 only case-sensitive ones (the prefilter checks their case).
   */
  readonly liveStates: Uint8Array;
  /** The prefilter's rows over bytes (see byteRows in prefilter.ts), made on its first pass over bytes; null: the pack is too big for them. */
  byteRows?: ByteRows | null;
}

/**
 * A compiled pack as plain JSON: what the build stores for the built-in pack, so that activation
 * restores it instead of validating and compiling (see scripts/gen-compiled-pack.ts).
 */
export interface CompiledPackData {
  /** The pack as validated and normalised. */
  pack: ConceptPack;
  /** Per surface: its folded text in the original case, its concept, flags (1 case-sensitive, 2 contextual) and ambiguity. */
  surfaces: [exact: string, concept: number, flags: number, ambiguity: number][];
  senseRules: SenseRulesData;
  automaton: AutomatonData;
}

const CASE_SENSITIVE = 1;
const CONTEXTUAL = 2;

function makeSurface(exact: string, concept: number, caseSensitive: boolean, contextual: boolean, ambiguity: number): Surface {
  const text = exact.toLowerCase();
  return { text, exact, concept, caseSensitive, contextual, wordStart: isWordUnit(text.charCodeAt(0)), wordEnd: isWordUnit(text.charCodeAt(text.length - 1)), ambiguity };
}

const LATIN = /[A-Za-z]/;

export function compilePack(pack: ConceptPack, inflections: InflectionTable = {}): CompiledPack {
  const concepts = pack.concepts;
  // Priority on a clash of the same surface: exclusion, then a written alias, then a derived form.
  const chosen = new Map<string, { surface: Surface; rank: number }>();
  const indexOf = new Map(concepts.map((c, i) => [c.id, i]));
  const senses = compileSenseRules(pack, inflections);
  const add = (raw: string, concept: number, caseSensitive: boolean, contextual: boolean, rank: number, ambiguity = -1): void => {
    const exact = fold(raw);
    if (exact === '') return;
    const text = exact.toLowerCase();
    const key = caseSensitive ? `${text}\u0000${exact}` : text;
    const prior = chosen.get(key);
    if (prior && prior.rank <= rank) return;
    chosen.set(key, { rank, surface: makeSurface(exact, concept, caseSensitive, contextual, ambiguity) });
  };

  concepts.forEach((c, ci) => {
    // An English exclusion covers its plural too, as a name does: cross-entropy and cross-entropies,
    // attention span and attention spans (a verb phrase's "plural" is a harmless form nobody writes).
    for (const e of c.exclusions) {
      if (e.lang !== 'en') for (const form of withTaiwanSpelling(e.text)) add(form, -1, false, false, 0);
      else for (const form of [e.text, ...basicInflections(e.text)]) for (const v of spellingVariants(form)) add(v, -1, false, false, 0);
    }
    for (const a of c.aliases) {
      // The readings of this name and its forms: a narrower sense for a bare name (熵, entropy,
      // entropies), other senses the concept declares for it.
      const sense = senses.ambiguityOf(ci, a);
      if (!LATIN.test(a.text)) {
        for (const form of withTaiwanSpelling(a.text)) add(form, ci, a.caseSensitive, a.contextual, 1, sense);
        continue;
      }
      // Own entries only: an alias may be "constructor" (and the table a plain object).
      const derived = inflectionsOf(inflections, a.text) ?? basicInflections(a.text);
      for (const v of spellingVariants(a.text)) add(v, ci, a.caseSensitive, a.contextual, 1, sense);
      for (const form of derived) for (const v of spellingVariants(form)) add(v, ci, a.caseSensitive, a.contextual, 2, sense);
    }
  });

  const surfaces = [...chosen.values()].map((x) => x.surface);
  return assemble(pack, surfaces, Automaton.build(surfaces), senses.rulesFor(surfaces.filter((x) => x.ambiguity >= 0).map((x) => ({ text: x.exact, ambiguity: x.ambiguity }))), indexOf);
}

export function compiledPackData(cp: CompiledPack): CompiledPackData {
  return {
    pack: cp.pack,
    surfaces: cp.surfaces.map((s) => [s.exact, s.concept, (s.caseSensitive ? CASE_SENSITIVE : 0) | (s.contextual ? CONTEXTUAL : 0), s.ambiguity]),
    senseRules: senseRulesData(cp.senseRules),
    automaton: cp.automaton.toData(),
  };
}

/** The inverse of compiledPackData(), without validating: the data comes from our own build. */
export function restoreCompiledPack(data: CompiledPackData): CompiledPack {
  const surfaces = data.surfaces.map(([exact, concept, flags, ambiguity]) => makeSurface(exact, concept, (flags & CASE_SENSITIVE) !== 0, (flags & CONTEXTUAL) !== 0, ambiguity));
  return assemble(data.pack, surfaces, Automaton.fromData(data.automaton), restoreSenseRules(data.senseRules));
}

function assemble(pack: ConceptPack, surfaces: Surface[], automaton: Automaton, senseRules: SenseRules, indexOf = new Map(pack.concepts.map((c, i) => [c.id, i]))): CompiledPack {
  const concepts = pack.concepts;
  const neighbours: number[][] = concepts.map(() => []);
  concepts.forEach((c, ci) => {
    for (const r of c.relations) {
      const t = indexOf.get(r.target);
      if (t === undefined) continue;
      neighbours[ci]!.push(t);
      neighbours[t]!.push(ci);
    }
  });
  return { pack, concepts, indexOf, surfaces, automaton, neighbours, senseRules, liveStates: liveStates(automaton, surfaces) };
}

function liveStates(a: Automaton, surfaces: readonly Surface[]): Uint8Array {
  const live = new Uint8Array(a.stateCount);
  for (let s = 0; s < live.length; s++) {
    for (let o = a.outStart[s]!; o < a.outStart[s + 1]!; o++) {
      const surface = surfaces[a.outputs[o]!]!;
      if (surface.concept < 0) continue;
      if (!surface.caseSensitive) {
        live[s] = 1;
        break;
      }
      live[s] = 2;
    }
  }
  return live;
}
