// `concept-lens scan PATH...`: in this thread, or with --jobs N over worker threads (parallelScan.ts).

import type { ScanArgs } from './args';
import { markdownFiles } from './collectFiles';
import { OutputError, RowWriter, type Io } from './output';
import { loadPacks } from './packs';
import { Reporter, type ExitCode } from './report';
import { ReadScratch } from './readInput';
import { scanFile, scanWithEnds, type ScanFn } from './scanFile';
import { scanInParallel } from './parallelScan';

/**
 * The scan as the process runs it: with more than one job, over worker threads, with the same output
 * as scanCommand() gives in one thread; in this thread when there is no bundled worker (from source).
 */
export function runScan(args: ScanArgs, io: Io, workerFile: string | undefined): ExitCode | Promise<ExitCode> {
  return args.jobs > 1 && workerFile !== undefined ? scanInParallel(args, io, workerFile) : scanCommand(args, io);
}

/** The scan in this thread (--jobs is not read here). */
export function scanCommand(args: ScanArgs, io: Io, scan: ScanFn = scanWithEnds): ExitCode {
  const report = new Reporter(io.err);
  const compiled = loadPacks(args, report);
  const rows = new RowWriter(args.format, io.out);
  try {
    rows.begin();
    const scratch = new ReadScratch();
    for (const file of markdownFiles(args.paths, report)) if (compiled) scanFile(file, compiled, rows, report, scan, scratch);
    rows.end();
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    if (!e.readerGone) report.input(e.message);
  }
  return report.exitCode();
}
