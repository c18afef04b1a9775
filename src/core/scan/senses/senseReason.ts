// Why an ambiguous name was read as it was, for the hover: the scope whose cues decided, and one of
// those cues, so that a pack author can see a rule at work and fix it.

import type { Block } from '../../markdown/blocks';
import { SCOPES, type Scope } from '../../pack/packTypes';
import type { CompiledPack } from '../compiledPack';
import type { Match } from '../scanner';
import { DocumentSenses } from './documentSenses';
import { CHOSEN, isTie, readingOfDecision, scopeOfDecision } from './senseDecision';
import { DecidingCues } from './decidingCue';
import { writerChoices } from './writerChoices';
import { blockHolding } from '../sortedOffsets';

export interface SenseReason {
  /** The concept the name was read as. */
  concept: number;
  /** The scope whose cues decided; undefined when nothing pointed anywhere and the usual reading stands. */
  scope: Scope | undefined;
  /** One cue of that reading in that scope, as the pack writes it. */
  cue: string | undefined;
  /** Whether that scope spoke as much for another reading, and no wider one broke the tie. */
  tied: boolean;
  /** Whether the writer chose the reading for the document (a read directive), not the context. */
  chosen: boolean;
  /** The name's ambiguity and the index of its reading there (the hover offers the others). */
  ambiguity: number;
  reading: number;
}

/** The reason for a match's reading, or undefined when its name has only one. */
export function senseReasonOf(text: string, blocks: readonly Block[], cp: CompiledPack, m: Match): SenseReason | undefined {
  const ambiguity = cp.surfaces[m.surface]!.ambiguity;
  if (ambiguity < 0) return undefined;
  const b = blockHolding(blocks, m.start);
  if (b < 0) return undefined;
  const senses = new DocumentSenses(text, blocks, cp.senseRules, [], undefined, writerChoices(text, blocks, cp));
  const d = senses.decide(b, ambiguity, m.start);
  const rules = cp.senseRules;
  const scope = scopeOfDecision(d);
  const reading = readingOfDecision(d);
  const cue = new DecidingCues(text, blocks, rules, senses).cueOf(b, m.start, ambiguity, d);
  return {
    concept: rules.ambiguities[ambiguity]!.readings[reading]!.concept,
    scope: scope >= 0 && scope < CHOSEN ? SCOPES[scope] : undefined,
    cue: cue >= 0 ? rules.cueTexts[cue] : undefined,
    tied: isTie(d),
    chosen: scope === CHOSEN,
    ambiguity,
    reading,
  };
}
