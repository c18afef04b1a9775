// The concepts that a block's matches name once their ambiguous names are read in context.

import type { CompiledPack } from '../compiledPack';
import type { Match } from '../scanner';
import type { Block } from '../../markdown/blocks';
import { DocumentSenses, readingOfDecision } from './documentSenses';

/**
 * For matches[from, to) of block `b` (offsets relative to `base`): each one's concept after reading,
 * -1 where it names none (everyday "attention"). Undefined when none of them is ambiguous.
 */
export function blockReadings(senses: DocumentSenses, b: number, matches: readonly Match[], from: number, to: number, base: number, cp: CompiledPack): number[] | undefined {
  let out: number[] | undefined;
  for (let k = from; k < to; k++) {
    const m = matches[k]!;
    const ambiguity = cp.surfaces[m.surface]!.ambiguity;
    if (ambiguity < 0) continue;
    if (!out) {
      out = [];
      for (let j = from; j < to; j++) out.push(matches[j]!.concept);
    }
    out[k - from] = readConcept(senses, b, ambiguity, base + m.start, cp);
  }
  return out;
}

/** The concept that the name of `ambiguity` at `offset` in block `b` is read as, -1 for none. */
export function readConcept(senses: DocumentSenses, b: number, ambiguity: number, offset: number, cp: CompiledPack): number {
  return cp.senseRules.ambiguities[ambiguity]!.readings[readingOfDecision(senses.decide(b, ambiguity, offset))]!.concept;
}

/**
 * For one block alone: the concept a surface of `concept` stands for there (the lint asks this of the
 * name a misspelling stands for). A reading that names no concept leaves the name's own.
 */
export function senseResolver(text: string, block: Block, cp: CompiledPack): (surface: number, concept: number) => number {
  let senses: DocumentSenses | undefined;
  return (surface, concept) => {
    const ambiguity = cp.surfaces[surface]!.ambiguity;
    if (ambiguity < 0) return concept;
    senses ??= new DocumentSenses(text, [block], cp.senseRules);
    const read = cp.senseRules.ambiguities[ambiguity]!.readings[readingOfDecision(senses.decide(0, ambiguity, block.contentStart))]!.concept;
    return read >= 0 ? read : concept;
  };
}
