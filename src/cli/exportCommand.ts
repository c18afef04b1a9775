// `concept-lens export PATH... --format md|csv|json|skos`: the concepts of the packs and their
// occurrences in the Markdown files, in one of the export formats, on stdout.

import { relative, sep } from 'node:path';
import type { ExportArgs } from './exportArgs';
import { markdownFiles } from './collectFiles';
import { escapeName } from './names';
import { occurrences } from './occurrences';
import type { Io } from './output';
import { loadPacks } from './packs';
import { readTextOrSay } from './readInput';
import { errorMessage, Reporter, writeOutput, type ExitCode } from './report';
import { exportConcepts } from '../core/export/exportConcepts';
import { cutSection, type ExportOccurrence } from '../core/export/exportModel';
import { scanDocument } from '../core/scan/documentScan';
import type { CompiledPack } from '../core/scan/compiledPack';

/** A file as the exports name it: relative to the current folder (where a glossary's links start), `/` between folders. */
export function exportedName(file: string): string {
  const rel = relative('.', file) || file;
  return sep === '\\' ? rel.split(sep).join('/') : rel;
}

function fileOccurrences(file: string, cp: CompiledPack, report: Reporter, out: ExportOccurrence[]): void {
  const text = readTextOrSay(file, (m) => report.input(m));
  if (text === undefined) return;
  const name = exportedName(file);
  try {
    const found: ExportOccurrence[] = [];
    for (const o of occurrences(text, scanDocument(text, cp), cp))
      found.push({ file: name, line: o.line + 1, column: o.column + 1, concept: o.concept, text: o.text, section: o.section && cutSection(o.section.text) });
    for (const o of found) out.push(o); // not a spread: a file may hold 100,000s of occurrences
  } catch (e) {
    report.input(`cannot scan ${escapeName(file)}: ${errorMessage(e)}`);
  }
}

export function exportCommand(args: ExportArgs, io: Io): ExitCode {
  const report = new Reporter(io.err);
  const cp = loadPacks(args, report);
  if (!cp) {
    report.note('no usable concept pack: nothing is exported');
    return 2;
  }
  const found: ExportOccurrence[] = [];
  for (const file of markdownFiles(args.paths, report)) fileOccurrences(file, cp, report, found);
  let text: string;
  try {
    text = exportConcepts({ pack: cp.pack, occurrences: found }, args.format, { base: args.base });
  } catch (e) {
    report.input(`cannot export: ${errorMessage(e)}`);
    return 2;
  }
  writeOutput(io.out, text, report);
  return report.exitCode();
}
