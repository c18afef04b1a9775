// Lints a Markdown text with the built-in pack (or a given one) the way the CLI does.

import { ConceptLinter } from '../../src/core/lint/conceptLinter';
import type { LintDiagnostic, LintRuleId, Severity } from '../../src/core/lint/lintTypes';
import { loadBuiltinCompiledPack } from '../../src/core/pack/builtinCompiledPack';
import type { CompiledPack } from '../../src/core/scan/compiledPack';
import { scanDocument } from '../../src/core/scan/documentScan';
import { testLexicon } from './lexicon';

export const ALL_ON: Record<LintRuleId, Severity> = { 'concept-misspelling': 'warning', 'concept-name-variant': 'information', 'concept-first-gloss': 'information', 'concept-read-directive': 'warning' };

const linters = new WeakMap<CompiledPack, ConceptLinter>();
/** One built-in pack for every test: its linter (targets, pinyin) is made once. */
const BUILTIN = loadBuiltinCompiledPack();

export function lintText(text: string, cp: CompiledPack = BUILTIN, severities = ALL_ON): LintDiagnostic[] {
  let linter = linters.get(cp);
  if (!linter) linters.set(cp, (linter = new ConceptLinter(cp, testLexicon())));
  const scan = scanDocument(text, cp, { keepExclusions: true });
  return linter.lint({ text, blocks: scan.structure.blocks, matches: scan.matches, exclusions: scan.exclusions }, severities);
}

/** The diagnostics of one rule as [text, first fix] pairs, with the concept's id. */
export function summary(text: string, rule: LintRuleId, cp: CompiledPack = BUILTIN): [string, string, string][] {
  return lintText(text, cp)
    .filter((d) => d.rule === rule)
    .map((d) => [d.text, d.fixes[0]?.replacement ?? '', cp.concepts[d.concept]!.id]);
}
