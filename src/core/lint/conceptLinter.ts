// The concept lint of one document. Misspellings are found block by block, and a block's findings
// are kept (by the block object, which the incremental scan keeps for every block an edit did not
// touch), so a keystroke re-checks only the blocks it changed. Name variants and glosses are read off
// the document's matches, which cost little.

import type { Block } from '../markdown/blocks';
import { isProseBlock } from '../markdown/blocks';
import type { CompiledPack } from '../scan/compiledPack';
import type { Match } from '../scan/scanner';
import { choicesOf, readDirectives, resolveDirectives, type WriterChoices } from '../scan/senses/writerChoices';
import { blockProse, matchesWithin } from './blockText';
import { buildChineseTargets, type ChineseTargets } from './chineseTargets';
import { chineseMisspellings } from './chineseMisspellings';
import { firstGlosses } from './firstGloss';
import { buildLatinTargets, type LatinTargets } from './latinTargets';
import { latinMisspellings } from './latinMisspellings';
import type { Lexicon } from './lexicon';
import { applyDirectives } from './lintDirectives';
import { DEFAULT_SEVERITY, type LintDiagnostic, type LintRuleId, type MisspeltName, type Severity } from './lintTypes';
import { nameVariants, surfaceAliases } from './nameVariants';
import { readDirectiveProblems } from './readDirectiveProblems';

/** A document as the lint reads it: its text, blocks and (kept, absolute, ordered) matches. */
export interface LintInput {
  text: string;
  blocks: readonly Block[];
  matches: readonly Match[];
  /** The matches of one block (defaults to picking them out of `matches`). */
  matchesIn?(block: Block): readonly Match[];
  /** A prose block's excluded ranges, when the scan kept them (scanDocument's keepExclusions). */
  exclusions?: ReadonlyMap<Block, readonly number[]>;
}

/** Misspellings found in one block, offsets relative to its start. */
type BlockFindings = readonly LintDiagnostic[];

/** Findings kept per block across versions of one document (make one per document). */
export type LintCache = WeakMap<Block, BlockFindings>;

export class ConceptLinter {
  private latin: LatinTargets | undefined;
  private chinese: ChineseTargets | undefined;
  private aliases: Int32Array | undefined;

  constructor(
    readonly pack: CompiledPack,
    private readonly lexicon: Lexicon,
  ) {}

  lint(input: LintInput, severities: Readonly<Record<LintRuleId, Severity>> = DEFAULT_SEVERITY, cache?: LintCache): LintDiagnostic[] {
    const out: LintDiagnostic[] = [];
    const misspellings = severities['concept-misspelling'] !== 'off';
    const directiveProblems = severities['concept-read-directive'] !== 'off';
    // The writer's read directives, read once: the misspellings follow them, and their own rule checks them.
    const directives = misspellings || directiveProblems ? resolveDirectives(readDirectives(input.text, input.blocks), this.pack) : [];
    if (misspellings) {
      this.misspellings(input, cache, out);
      followChoices(out, this.pack, choicesOf(directives));
    }
    dropUnsupported(out, this.pack, input.matches);
    if (severities['concept-name-variant'] !== 'off') nameVariants(input.text, this.pack, (this.aliases ??= surfaceAliases(this.pack)), input.matches, out, this.lexicon);
    if (severities['concept-first-gloss'] !== 'off') firstGlosses(input.text, input.blocks, this.pack, input.matches, out);
    if (directiveProblems) readDirectiveProblems(directives, this.pack, out);
    return applyDirectives(input.text, input.blocks, out);
  }

  /**
   * Checks the prose blocks from index `from` on into the cache, until `units` of text are read; returns
   * where to go on (blocks.length when done). A host lints a large document in such slices, yielding
   * between them, and then lint() finds every block in the cache.
   */
  warm(input: LintInput, cache: LintCache, from: number, units: number): number {
    const { text, blocks } = input;
    const matchesIn = input.matchesIn ?? ((b: Block) => matchesWithin(input.matches, b.start, b.end));
    let read = 0;
    let i = from;
    for (; i < blocks.length && read < units; i++) {
      const b = blocks[i]!;
      if (!isProseBlock(b.kind) || cache.has(b)) continue;
      cache.set(b, relative(this.checkBlock(text, b, matchesIn(b), input.exclusions?.get(b)), b.start));
      read += b.end - b.start;
    }
    return i;
  }

  private misspellings(input: LintInput, cache: LintCache | undefined, out: LintDiagnostic[]): void {
    const { text, blocks } = input;
    const matchesIn = input.matchesIn ?? walker(input.matches);
    for (const b of blocks) {
      if (!isProseBlock(b.kind)) continue;
      let found = cache?.get(b);
      if (!found) {
        found = relative(this.checkBlock(text, b, matchesIn(b), input.exclusions?.get(b)), b.start);
        cache?.set(b, found);
      }
      for (const d of found) out.push(shifted(d, b.start, text));
    }
  }

  private checkBlock(text: string, b: Block, matches: readonly Match[], excluded: readonly number[] | undefined): LintDiagnostic[] {
    const prose = blockProse(text, b, matches, this.pack, excluded);
    const found: LintDiagnostic[] = [];
    latinMisspellings(prose, (this.latin ??= buildLatinTargets(this.pack)), this.lexicon, found);
    chineseMisspellings(prose, (this.chinese ??= buildChineseTargets(this.pack)), this.lexicon, found);
    return found;
  }
}

const NO_MATCHES: readonly Match[] = [];
const NO_FINDINGS: readonly LintDiagnostic[] = [];

/** Picks each block's matches out of the document's, for blocks asked in order. */
function walker(matches: readonly Match[]): (b: Block) => readonly Match[] {
  let k = 0;
  return (b) => {
    while (k < matches.length && matches[k]!.end <= b.start) k++;
    const from = k;
    let to = k;
    while (to < matches.length && matches[to]!.start < b.end) to++;
    return to === from ? NO_MATCHES : matches.slice(from, to);
  };
}

function relative(found: readonly LintDiagnostic[], base: number): readonly LintDiagnostic[] {
  if (found.length === 0) return NO_FINDINGS;
  return found.map((d) => ({ ...d, start: d.start - base, end: d.end - base }));
}

function shifted(d: LintDiagnostic, base: number, text: string): LintDiagnostic {
  const start = d.start + base;
  const end = d.end + base;
  return { ...d, start, end, text: text.slice(start, end) };
}

/**
 * Reads each name a misspelling may stand for as the writer chose to read it (writerChoices.ts): as the
 * chosen concept, which stands like a name read on evidence, or, when the choice is another sense (everyday
 * "atention"), as no concept, whose fix goes. A misspelling left with no fix is no concept's slip. A block's
 * findings are kept without the choices, which belong to the document, so they are applied here, after
 * the cache.
 */
function followChoices(found: LintDiagnostic[], cp: CompiledPack, choices: WriterChoices): void {
  if (choices.size === 0) return;
  let k = 0;
  for (const d of found) {
    const read = d.candidates ? readAsChosen(d.candidates, cp, choices) : undefined;
    if (!read) found[k++] = d;
    else if (read.kept.length > 0)
      found[k++] = { ...d, concept: read.kept[0]!.concept, candidates: read.kept, fixes: read.kept.map((_, i) => d.fixes[read.from[i]!]!), contextual: d.contextual && !read.chosenKept };
  }
  found.length = k;
}

/** The candidates as the writer's choices read them (undefined when no choice touches them). */
function readAsChosen(candidates: readonly MisspeltName[], cp: CompiledPack, choices: WriterChoices): { kept: MisspeltName[]; from: number[]; chosenKept: boolean } | undefined {
  let touched = false;
  let chosenKept = false;
  const kept: MisspeltName[] = [];
  const from: number[] = [];
  candidates.forEach((c, i) => {
    const ambiguity = cp.surfaces[c.surface]!.ambiguity;
    const chosen = ambiguity < 0 ? undefined : choices.get(ambiguity);
    const concept = chosen === undefined ? c.concept : cp.senseRules.ambiguities[ambiguity]!.readings[chosen]!.concept;
    if (chosen !== undefined) touched = true;
    if (concept < 0) return;
    if (chosen !== undefined) chosenKept = true;
    kept.push({ surface: c.surface, concept });
    from.push(i);
  });
  return touched ? { kept, from, chosenKept } : undefined;
}

/**
 * Drops misspellings of ambiguous names ("atention") in a document that names neither the concept nor
 * a related one unambiguously: the rule the scanner applies to the ambiguous names themselves.
 */
function dropUnsupported(found: LintDiagnostic[], cp: CompiledPack, matches: readonly Match[]): void {
  if (!found.some((d) => d.contextual)) return;
  const firm = new Uint8Array(cp.concepts.length);
  for (const m of matches) if (!cp.surfaces[m.surface]!.contextual) firm[m.concept] = 1;
  const supported = (c: number): boolean => firm[c] === 1 || cp.neighbours[c]!.some((n) => firm[n] === 1);
  let k = 0;
  for (const d of found) if (!d.contextual || supported(d.concept)) found[k++] = d;
  found.length = k;
}
