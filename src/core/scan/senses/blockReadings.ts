// The concepts that a block's matches name once their ambiguous names are read in context.

import type { CompiledPack } from '../compiledPack';
import type { Match } from '../scanner';
import type { Block } from '../../markdown/blocks';
import { DocumentSenses } from './documentSenses';
import { byEnclosingSection, CHOSEN, isContested, PARAGRAPH, readingOfDecision, scopeOfDecision, SECTION, SENTENCE } from './senseDecision';

/**
 * A reading as blockReadings() and readConcept() give it: the concept's index (or -1, no concept), with
 * EVIDENCED added when cues in its own sentence, paragraph or section (not a section around it: under a
 * title heading that is the whole document) decided it and no cue there spoke for another reading, or
 * when the writer chose it for the document (writerChoices.ts). A
 * contextual name read on such evidence stands even where the document names neither its concept nor a
 * neighbour: the evidence is its context ("Bahdanau attention" in notes that never say "attention
 * mechanism"; "Full Attention layers" in a section on a model's KV cache). The document's cues, or
 * evidence that another reading contests ("serious attention from engineers who build on LLMs"), do not
 * lift that rule.
 */
export type Reading = number;
const EVIDENCED = 1 << 24;

/** The concept of a reading, or -1. */
export const conceptOfReading = (r: Reading): number => (r >= EVIDENCED ? r - EVIDENCED : r);
/** Whether cues nearby decided the reading. */
export const isEvidenced = (r: Reading): boolean => r >= EVIDENCED;

/**
 * For matches[from, to) of block `b` (offsets relative to `base`): each one's Reading, -1 where it names
 * no concept (everyday "attention"). Undefined when none of them is ambiguous.
 */
export function blockReadings(senses: DocumentSenses, b: number, matches: readonly Match[], from: number, to: number, base: number, cp: CompiledPack): Reading[] | undefined {
  let out: Reading[] | undefined;
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

/** How the name of `ambiguity` at `offset` in block `b` is read (a Reading). */
export function readConcept(senses: DocumentSenses, b: number, ambiguity: number, offset: number, cp: CompiledPack): Reading {
  const d = senses.decide(b, ambiguity, offset);
  const concept = cp.senseRules.ambiguities[ambiguity]!.readings[readingOfDecision(d)]!.concept;
  const scope = scopeOfDecision(d);
  // The writer's choice is evidence enough, as near as it gets.
  const near = scope === SENTENCE || scope === PARAGRAPH || (scope === SECTION && !byEnclosingSection(d)) || scope === CHOSEN;
  return concept >= 0 && near && !isContested(d) ? concept + EVIDENCED : concept;
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
