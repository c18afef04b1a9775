// What the concept lint reports: rules with stable ids, diagnostics with fixes that replace a range.

export const LINT_RULES = ['concept-misspelling', 'concept-name-variant', 'concept-first-gloss', 'concept-read-directive'] as const;
export type LintRuleId = (typeof LINT_RULES)[number];

export const SEVERITIES = ['off', 'hint', 'information', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const DEFAULT_SEVERITY: Readonly<Record<LintRuleId, Severity>> = {
  'concept-misspelling': 'warning',
  'concept-name-variant': 'information',
  'concept-first-gloss': 'off',
  'concept-read-directive': 'warning',
};

export function isLintRule(x: unknown): x is LintRuleId {
  return typeof x === 'string' && (LINT_RULES as readonly string[]).includes(x);
}

export function isSeverity(x: unknown): x is Severity {
  return typeof x === 'string' && (SEVERITIES as readonly string[]).includes(x);
}

/** A replacement of the diagnostic's range. `kind` says what the fix does, for its title. */
export interface LintFix {
  kind: 'replace' | 'usePreferred' | 'usePreferredEverywhere' | 'insertGloss' | 'removeGloss' | 'useReading';
  /** The text that replaces [start, end). */
  replacement: string;
  /**
   * For a fix of the whole document (usePreferredEverywhere): every range it replaces, the
   * diagnostic's own included. One list, shared by all the diagnostics it fixes.
   */
  more?: readonly { start: number; end: number; replacement: string }[];
  /** A fix that is safe to apply unattended (`lint --fix`). */
  safe: boolean;
}

/** A name of the pack that a misspelling may stand for: its surface, and the concept it means there. */
export interface MisspeltName {
  surface: number;
  concept: number;
}

export interface LintDiagnostic {
  rule: LintRuleId;
  /** Index of the concept in the compiled pack; -1 for a read directive whose name the pack does not know. */
  concept: number;
  /** UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
  /** The flagged text as it stands in the document. */
  text: string;
  /** What the message names: the meant name (misspelling), the preferred name (variant), the gloss. */
  expected: string;
  fixes: LintFix[];
  /** A misspelling of an ambiguous name: kept only where the document names the concept unambiguously. */
  contextual?: boolean;
  /**
   * A misspelling: the names it may stand for, one per fix and in the fixes' order, each with the concept
   * it means in its block. The writer may have chosen another reading for any of them.
   */
  candidates?: readonly MisspeltName[];
}
