// What the concept lint needs of the host: its engine, loaded when first needed (the word lists and
// pinyin are large, so never on activation), and the Problems panel.

import type { LintInput, LintCache } from '../../core/lint/conceptLinter';
import type { LintDiagnostic, LintRuleId, Severity } from '../../core/lint/lintTypes';
import type { CompiledPack } from '../../core/scan/compiledPack';

/** A linter for one compiled pack. */
export interface ILinter {
  lint(input: LintInput, severities: Readonly<Record<LintRuleId, Severity>>, cache?: LintCache): LintDiagnostic[];
  /** Checks blocks from `from` into the cache until `units` of text are read; returns where to go on. */
  warm(input: LintInput, cache: LintCache, from: number, units: number): number;
}

export interface ILintEngine {
  /** A linter for the pack; the first call loads the word lists. */
  linterFor(pack: CompiledPack): Promise<ILinter>;
}

/** One document's findings, as the service hands them to the Problems panel. */
export interface LintReport {
  uri: string;
  version: number;
  pack: CompiledPack;
  diagnostics: readonly LintDiagnostic[];
  severities: Readonly<Record<LintRuleId, Severity>>;
}

export interface ILintDiagnostics {
  set(report: LintReport): void;
  delete(uri: string): void;
  clear(): void;
}
