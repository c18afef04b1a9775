// `concept-lens lint PATH...`: the concept lint over files, for CI. With --fix, the safe fixes are
// written first (atomically: a temporary file, then a rename), and what is left is reported.

import { openSync, readSync, closeSync, renameSync, statSync, writeFileSync, unlinkSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import type { LintArgs } from './args';
import { markdownFiles } from './collectFiles';
import { loadLexicon } from './lexiconFiles';
import { jsonArray, sarifLog, textLines, type LintRecord } from './lintFormats';
import { escapeName } from './names';
import type { Io } from './output';
import { loadPacks } from './packs';
import { readTextOrSay } from './readInput';
import { errorMessage, Reporter, type ExitCode } from './report';
import { ConceptLinter } from '../core/lint/conceptLinter';
import { fixTitle, lintMessage } from '../core/lint/lintMessages';
import { DEFAULT_SEVERITY, type LintDiagnostic, type LintRuleId, type Severity } from '../core/lint/lintTypes';
import { applySafeFixes } from '../core/lint/safeFixes';
import { scanDocument } from '../core/scan/documentScan';
import { LineIndex } from '../core/text/lineIndex';
import type { Lexicon } from '../core/lint/lexicon';

declare const CONCEPT_LENS_VERSION: string;

export function lintCommand(args: LintArgs, io: Io): ExitCode {
  const report = new Reporter(io.err);
  const cp = loadPacks(args, report, args.lang);
  if (!cp || report.exitCode() !== 0) {
    if (!cp) report.note('no usable concept pack: nothing is linted');
    return 2;
  }
  let lexicon: Lexicon;
  try {
    lexicon = loadLexicon();
  } catch (e) {
    report.input(errorMessage(e));
    return 2;
  }
  const severities: Record<LintRuleId, Severity> = { ...DEFAULT_SEVERITY, ...args.rules };
  const linter = new ConceptLinter(cp, lexicon);
  const records: LintRecord[] = [];
  for (const file of markdownFiles(args.paths, report)) {
    const text = readTextOrSay(file, (m) => report.input(m));
    if (text === undefined) continue;
    const shown = isAbsolute(file) ? file : relative('.', file) || file;
    try {
      const lint = (t: string): LintDiagnostic[] => {
        const scan = scanDocument(t, cp, { keepExclusions: true });
        return linter.lint({ text: t, blocks: scan.structure.blocks, matches: scan.matches, exclusions: scan.exclusions }, severities);
      };
      let current = text;
      let found = lint(current);
      if (args.fix) {
        const fixed = applySafeFixes(current, found);
        if (fixed.applied.length > 0 && isUtf16(file)) report.note(`not fixed ${escapeName(shown)}: it is UTF-16, and --fix writes UTF-8 only`);
        else if (fixed.applied.length > 0) {
          writeAtomically(file, fixed.text);
          const lines = new LineIndex(current);
          for (const f of fixed.applied) {
            const p = lines.positionAt(f.start);
            report.note(`fixed ${escapeName(shown)}:${p.line + 1}:${p.character + 1} ${escapeName(f.before)} → ${escapeName(f.after)}`);
          }
          current = fixed.text;
          found = lint(current);
        }
      }
      // One by one: a spread of some 100,000 records overflows the call stack.
      for (const r of toRecords(shown, current, found, severities, cp.concepts, args.lang)) records.push(r);
    } catch (e) {
      report.input(`cannot lint ${escapeName(file)}: ${errorMessage(e)}`);
    }
  }
  const version = typeof CONCEPT_LENS_VERSION === 'string' ? CONCEPT_LENS_VERSION : 'dev';
  const out = args.format === 'json' ? jsonArray(records) : args.format === 'sarif' ? sarifLog(records, version, args.lang, severities) : textLines(records);
  try {
    io.out(out);
  } catch {
    // The reader went away; the status still tells.
  }
  const code = report.exitCode();
  return code !== 0 ? 2 : records.some((r) => r.severity === 'error') ? 1 : 0;
}

function toRecords(file: string, text: string, found: readonly LintDiagnostic[], severities: Readonly<Record<LintRuleId, Severity>>, concepts: readonly { id: string; name: { zh?: string; en?: string } }[], lang: 'en' | 'zh'): LintRecord[] {
  const lines = new LineIndex(text);
  const out: LintRecord[] = [];
  for (const d of found) {
    const severity = severities[d.rule];
    if (severity === 'off') continue;
    // A read directive whose name the pack does not know names no concept.
    const c = concepts[d.concept];
    const start = lines.positionAt(d.start);
    const end = lines.positionAt(d.end);
    out.push({
      file,
      rule: d.rule,
      severity,
      concept: c?.id ?? '',
      start: d.start,
      end: d.end,
      line: start.line,
      column: start.character,
      text: d.text,
      message: lintMessage(d, c ? (c.name[lang] ?? c.name.en ?? c.name.zh ?? c.id) : '', lang),
      fixes: d.fixes.filter((f) => f.more === undefined).map((f) => ({ title: fixTitle(f, lang), replacement: f.replacement })),
      endLine: end.line,
      endColumn: end.character,
    });
  }
  return out;
}

/** Writes a file by a temporary file in the same folder and a rename, keeping its mode. */
function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.concept-lens-${process.pid}.tmp`;
  const mode = statSync(file).mode & 0o7777;
  try {
    writeFileSync(tmp, text, { mode });
    renameSync(tmp, file);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // Nothing was left behind.
    }
    throw e;
  }
}

/** Whether the file starts with a UTF-16 byte order mark. */
function isUtf16(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(2);
    const n = readSync(fd, head, 0, 2, 0);
    return n === 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
  } finally {
    closeSync(fd);
  }
}
