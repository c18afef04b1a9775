// `concept-lens lint` output: text lines, one JSON array, or SARIF 2.1.0.

import type { LintRuleId, Severity } from '../core/lint/lintTypes';
import { LINT_RULES } from '../core/lint/lintTypes';
import { RULE_DESCRIPTIONS } from '../core/lint/lintMessages';
import type { Lang } from '../core/pack/conceptPack';
import { escapeName } from './names';

/** One diagnostic as the CLI reports it (the JSON shape of `--format json`). */
export interface LintRecord {
  file: string;
  rule: LintRuleId;
  severity: Exclude<Severity, 'off'>;
  concept: string;
  start: number;
  end: number;
  line: number;
  column: number;
  text: string;
  message: string;
  fixes: { title: string; replacement: string }[];
  /** For SARIF: where the range ends. */
  endLine: number;
  endColumn: number;
}

export function textLines(records: readonly LintRecord[]): string {
  return records.map((r) => `${escapeName(r.file)}:${r.line + 1}:${r.column + 1} ${r.severity} ${r.rule} ${escapeName(r.message)}\n`).join('');
}

export function jsonArray(records: readonly LintRecord[]): string {
  const shown = records.map(({ endLine: _l, endColumn: _c, ...r }) => r);
  return `${JSON.stringify(shown, null, 2)}\n`;
}

const SARIF_LEVEL: Record<Exclude<Severity, 'off'>, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function sarifLog(records: readonly LintRecord[], version: string, lang: Lang, defaults: Readonly<Record<LintRuleId, Severity>>): string {
  const rules = LINT_RULES.map((id) => ({
    id,
    shortDescription: { text: RULE_DESCRIPTIONS[id][lang] },
    defaultConfiguration: defaults[id] === 'off' ? { enabled: false } : { level: SARIF_LEVEL[defaults[id] as Exclude<Severity, 'off'>] },
  }));
  const results = records.map((r) => {
    const artifactLocation = { uri: fileUri(r.file) };
    const region = { startLine: r.line + 1, startColumn: r.column + 1, endLine: r.endLine + 1, endColumn: r.endColumn + 1, charOffset: r.start, charLength: r.end - r.start };
    return {
      ruleId: r.rule,
      ruleIndex: LINT_RULES.indexOf(r.rule),
      level: SARIF_LEVEL[r.severity],
      message: { text: r.message },
      locations: [{ physicalLocation: { artifactLocation, region } }],
      fixes: r.fixes.map((f) => ({ description: { text: f.title }, artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: { charOffset: r.start, charLength: r.end - r.start }, insertedContent: { text: f.replacement } }] }] })),
      properties: { concept: r.concept },
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'Concept Lens', version, informationUri: 'https://www.npmjs.com/package/concept-lens', rules } }, columnKind: 'utf16CodeUnits', results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A relative path as a URI reference (forward slashes, each segment percent-encoded). */
function fileUri(file: string): string {
  const path = file.replace(/\\/g, '/');
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return path.startsWith('/') ? `file://${encoded}` : encoded;
}
