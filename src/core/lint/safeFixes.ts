// The fixes `lint --fix` applies by itself: those marked safe (a misspelling with one candidate, the
// preferred name), one per diagnostic, never two that overlap.

import type { LintDiagnostic } from './lintTypes';

export interface AppliedFix {
  start: number;
  end: number;
  before: string;
  after: string;
}

/** The text with every safe fix applied, and the fixes in document order (offsets in the old text). */
export function applySafeFixes(text: string, diagnostics: readonly LintDiagnostic[]): { text: string; applied: AppliedFix[] } {
  const chosen: AppliedFix[] = [];
  for (const d of [...diagnostics].sort((a, b) => a.start - b.start)) {
    const fix = d.fixes.find((f) => f.safe && f.more === undefined);
    if (!fix) continue;
    const last = chosen[chosen.length - 1];
    if (last && d.start < last.end) continue;
    chosen.push({ start: d.start, end: d.end, before: text.slice(d.start, d.end), after: fix.replacement });
  }
  if (chosen.length === 0) return { text, applied: [] };
  const parts: string[] = [];
  let at = 0;
  for (const f of chosen) {
    parts.push(text.slice(at, f.start), f.after);
    at = f.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), applied: chosen };
}
