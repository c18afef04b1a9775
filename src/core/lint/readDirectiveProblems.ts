// The rule concept-read-directive: a writer's reading (<!-- concept-lens-read NAME as READING -->, see
// writerChoices.ts) that changes nothing because the pack does not know its name as one with more than
// one reading, or does not know its reading. Without it a typo in the comment would fail in silence.

import type { CompiledPack } from '../scan/compiledPack';
import { directiveComment, readingKeys, type ResolvedDirective } from '../scan/senses/writerChoices';
import type { LintDiagnostic } from './lintTypes';

/** Adds a finding for each of the document's read directives (resolveDirectives) that the pack cannot follow. */
export function readDirectiveProblems(directives: readonly ResolvedDirective[], cp: CompiledPack, out: LintDiagnostic[]): void {
  for (const d of directives) {
    if (d.ambiguity < 0) {
      out.push({ rule: 'concept-read-directive', concept: -1, start: d.start, end: d.end, text: d.name, expected: '', fixes: [] });
      continue;
    }
    if (d.readingIndex >= 0) continue;
    const keys = readingKeys(cp, d.ambiguity);
    const own = cp.senseRules.ambiguities[d.ambiguity]!.readings[0]!.concept;
    // Each reading the pack knows is a fix: the comment rewritten with it.
    const fixes = keys.map((key) => ({ kind: 'useReading' as const, replacement: directiveComment(d.name, key), safe: false }));
    out.push({ rule: 'concept-read-directive', concept: own, start: d.start, end: d.end, text: d.reading, expected: keys.join(', '), fixes });
  }
}
