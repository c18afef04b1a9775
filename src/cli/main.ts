// `concept-lens`: the command-line scanner over the same core as the extension.

import { relative, isAbsolute } from 'node:path';
import { parseArgs, USAGE, UsageError } from './args';
import { markdownFiles } from './collectFiles';
import { escapeName } from './names';
import { occurrences } from './occurrences';
import { OutputError, RowWriter, processIo, type Io } from './output';
import { loadPacks } from './packs';
import { draftCommand } from './draft';
import { lintCommand } from './lint';
import { renderCommand } from './render';
import { exportCommand } from './exportCommand';
import { readTextOrSay } from './readInput';
import { errorMessage, Reporter, type ExitCode } from './report';
import { scanDocument, type DocumentScan } from '../core/scan/documentScan';
import type { CompiledPack } from '../core/scan/compiledPack';

export type { Io } from './output';

declare const CONCEPT_LENS_VERSION: string;

/** The core's scan of one document; a parameter only so that tests can make it fail. */
export type ScanFn = (text: string, cp: CompiledPack) => DocumentScan;

/** Scans one file into `rows`. Whatever the core throws costs this file only. */
function scanFile(file: string, cp: CompiledPack, rows: RowWriter, report: Reporter, scan: ScanFn): void {
  const text = readTextOrSay(file, (m) => report.input(m));
  if (text === undefined) return;
  const shown = isAbsolute(file) ? file : relative('.', file) || file;
  try {
    const result = scan(text, cp);
    rows.file(shown);
    for (const o of occurrences(text, result, cp)) rows.row(o);
  } catch (e) {
    if (e instanceof OutputError) throw e;
    report.input(`cannot scan ${escapeName(file)}: ${errorMessage(e)}`);
  }
}

/** Help or version on stdout; `| head -1` closing it early is no failure. */
function print(io: Io, text: string): ExitCode {
  try {
    io.out(text);
  } catch {
    // The reader has what it wanted.
  }
  return 0;
}

export function main(argv: readonly string[], io: Io = processIo(), scan: ScanFn = scanDocument): ExitCode {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`concept-lens: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.command === 'help') return print(io, USAGE + '\n');
  if (args.command === 'version') return print(io, `${typeof CONCEPT_LENS_VERSION === 'string' ? CONCEPT_LENS_VERSION : 'dev'}\n`);
  if (args.command === 'draft') return draftCommand(args, io);
  if (args.command === 'lint') return lintCommand(args, io);
  if (args.command === 'render') return renderCommand(args, io);
  if (args.command === 'export') return exportCommand(args, io);
  if (args.command === 'import') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- pinyin-pro (ids from Chinese names) is loaded only for import
    return (require('./importCommand') as typeof import('./importCommand')).importCommand(args, io);
  }
  const report = new Reporter(io.err);
  const compiled = loadPacks(args, report);
  const rows = new RowWriter(args.format, io.out);
  try {
    rows.begin();
    for (const file of markdownFiles(args.paths, report)) if (compiled) scanFile(file, compiled, rows, report, scan);
    rows.end();
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    if (!e.readerGone) report.input(e.message);
  }
  return report.exitCode();
}
