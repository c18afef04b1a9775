// Every ambiguous name of a document with the reading it got and why, annotated or not: what a pack
// author reads to see the rules at work over many files (`concept-lens readings`), as the hover shows
// it for one name.

import { isProseBlock } from '../../markdown/blocks';
import { SCOPES, type Scope } from '../../pack/packTypes';
import type { CompiledPack } from '../compiledPack';
import { scanDocument } from '../documentScan';
import { scanBlock, type Match } from '../scanner';
import { DocumentSenses } from './documentSenses';
import { DecidingCues } from './decidingCue';
import { CHOSEN, isTie, readingOfDecision, scopeOfDecision } from './senseDecision';
import { readingKeys, writerChoices } from './writerChoices';

export interface NameReading {
  start: number;
  end: number;
  /** The reading's key: a concept's id, or another sense's id (then the name is no concept). */
  reading: string;
  /** The scope whose cue decided, 'chosen' for the writer's choice, undefined when the usual reading stands. */
  scope: Scope | 'chosen' | undefined;
  /** One cue of the reading in that scope, as the pack writes it. */
  cue: string | undefined;
  /** Whether that scope spoke as much for another reading, and no wider one broke the tie. */
  tied: boolean;
  /** Whether the scan annotates the name (a contextual name read as its concept may still not be). */
  annotated: boolean;
}

/** The ambiguous names of `text` in document order, each with its reading. One scan and one reading pass. */
export function nameReadings(text: string, cp: CompiledPack): NameReading[] {
  if (cp.senseRules.ambiguities.length === 0) return [];
  // The scan's own blocks: the document is parsed once.
  const scan = scanDocument(text, cp);
  const blocks = scan.structure.blocks;
  const annotated = new Set(scan.matches.map((m) => m.start));
  const senses = new DocumentSenses(text, blocks, cp.senseRules, [], undefined, writerChoices(text, blocks, cp));
  const deciding = new DecidingCues(text, blocks, cp.senseRules, senses);
  const out: NameReading[] = [];
  const found: Match[] = [];
  blocks.forEach((b, i) => {
    if (!isProseBlock(b.kind)) return;
    found.length = 0;
    scanBlock(text, b, cp, found);
    for (const m of found) {
      const ambiguity = cp.surfaces[m.surface]!.ambiguity;
      if (ambiguity < 0) continue;
      const d = senses.decide(i, ambiguity, m.start);
      const scope = scopeOfDecision(d);
      const cue = deciding.cueOf(i, m.start, ambiguity, d);
      out.push({
        start: m.start,
        end: m.end,
        reading: readingKeys(cp, ambiguity)[readingOfDecision(d)]!,
        scope: scope === CHOSEN ? 'chosen' : scope >= 0 ? SCOPES[scope] : undefined,
        cue: cue >= 0 ? cp.senseRules.cueTexts[cue] : undefined,
        tied: isTie(d),
        annotated: annotated.has(m.start),
      });
    }
  });
  return out;
}
