// Comments that silence the lint, the way linters for code do it:
//   <!-- concept-lens-disable concept-misspelling -->   rules off (all of them without a list) …
//   <!-- concept-lens-enable concept-misspelling -->    … until they are turned on again;
//   <!-- concept-lens-disable-next-line -->             every rule off on the next line.
// A comment in code, math or front matter is text, not a directive.

import type { Block } from '../markdown/blocks';
import { lineEnd } from '../markdown/blocks';
import { lastBlockAtOrBefore } from '../scan/sortedOffsets';
import { LINT_RULES, isLintRule, type LintDiagnostic, type LintRuleId } from './lintTypes';

interface Directive {
  at: number;
  kind: 'disable' | 'enable' | 'next-line';
  rules: readonly LintRuleId[];
  /** For next-line: the line it silences. */
  from: number;
  to: number;
}

const PREFIX = 'concept-lens-';

/** The diagnostics that no directive silences, in document order. One pass over both lists. */
export function applyDirectives(text: string, blocks: readonly Block[], diagnostics: readonly LintDiagnostic[]): LintDiagnostic[] {
  const sorted = diagnostics.slice().sort((a, b) => a.start - b.start);
  const directives = findDirectives(text, blocks);
  if (directives.length === 0) return sorted;
  const ranges = directives.filter((x) => x.kind !== 'next-line');
  const lines = directives.filter((x) => x.kind === 'next-line');
  const off = new Set<LintRuleId>();
  let r = 0;
  let l = 0;
  return sorted.filter((d) => {
    for (; r < ranges.length && ranges[r]!.at <= d.start; r++) for (const rule of ranges[r]!.rules) if (ranges[r]!.kind === 'disable') off.add(rule); else off.delete(rule);
    while (l < lines.length && lines[l]!.to < d.start) l++;
    for (let q = l; q < lines.length && lines[q]!.from <= d.start; q++) if (lines[q]!.rules.includes(d.rule)) return false;
    return !off.has(d.rule);
  });
}

function findDirectives(text: string, blocks: readonly Block[]): Directive[] {
  const out: Directive[] = [];
  // Comments do not nest: the next one starts after this one closes (so each unit is read once).
  for (let at = text.indexOf('<!--'), close = 0; at >= 0; at = text.indexOf('<!--', close + 3)) {
    close = text.indexOf('-->', at + 4);
    if (close < 0) break;
    const body = text.slice(at + 4, close).trim();
    if (!body.startsWith(PREFIX) || inCode(blocks, at)) continue;
    const [word = '', ...rest] = body.slice(PREFIX.length).split(/\s+/);
    const listed = rest.filter(isLintRule);
    const rules = listed.length > 0 ? listed : LINT_RULES;
    if (word === 'disable' || word === 'enable') out.push({ at, kind: word, rules, from: 0, to: 0 });
    else if (word === 'disable-next-line') {
      const { next } = lineEnd(text, close + 3);
      const { end } = lineEnd(text, next);
      out.push({ at, kind: 'next-line', rules, from: next, to: end });
    }
  }
  return out;
}

/** Whether the offset stands in a code, math or front-matter block. */
function inCode(blocks: readonly Block[], offset: number): boolean {
  const b = blocks[lastBlockAtOrBefore(blocks, offset)];
  return b !== undefined && offset < b.end && (b.kind === 'code' || b.kind === 'math' || b.kind === 'frontmatter');
}
