// `concept-lens`: the command-line scanner over the same core as the extension.

import { parseArgs, USAGE, UsageError } from './args';
import { processIo, type Io } from './output';
import { draftCommand } from './draft';
import { lintCommand } from './lint';
import { renderCommand } from './render';
import { exportCommand } from './exportCommand';
import { readingsCommand } from './readingsCommand';
import type { ExitCode } from './report';
import { scanWithEnds, type ScanFn } from './scanFile';
import { bundledWorker } from './parallelScan';
import { runScan, scanCommand } from './scanCommand';

export type { Io } from './output';
export type { ScanFn } from './scanFile';

declare const CONCEPT_LENS_VERSION: string;

/** Help or version on stdout; `| head -1` closing it early is no failure. */
function print(io: Io, text: string): ExitCode {
  try {
    io.out(text);
  } catch {
    // The reader has what it wanted.
  }
  return 0;
}

/**
 * The command line as the process runs it: a scan with more than one job goes to worker threads
 * (--jobs, by default one per core), with the same output as main() gives in one thread.
 */
export function run(argv: readonly string[], io: Io = processIo(), workerFile = bundledWorker()): ExitCode | Promise<ExitCode> {
  let args;
  try {
    args = parseArgs(argv);
  } catch {
    return main(argv, io);
  }
  if (args.command === 'scan') return runScan(args, io, workerFile);
  return main(argv, io);
}

/** The whole command line in this thread (a scan ignores --jobs here). */
export function main(argv: readonly string[], io: Io = processIo(), scan: ScanFn = scanWithEnds): ExitCode {
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
  if (args.command === 'readings') return readingsCommand(args, io);
  if (args.command === 'import') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- pinyin-pro (ids from Chinese names) is loaded only for import
    return (require('./importCommand') as typeof import('./importCommand')).importCommand(args, io);
  }
  return scanCommand(args, io, scan);
}
