// `concept-lens scan --jobs N`: the files are scanned by N worker threads (scanWorker.ts), and their rows
// and messages are written in the order of the files, so that the output is byte for byte what one
// thread writes (main.ts). The folder walk stays in the main thread; its messages keep their place
// among the files' messages.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Format, ScanArgs } from './args';
import { markdownFiles } from './collectFiles';
import { OutputError, RowWriter, type Io } from './output';
import { loadPacks } from './packs';
import { errorMessage, Reporter, type ExitCode } from './report';
import { scanFile } from './scanFile';
import { ReadScratch } from './readInput';

export interface ScanWorkerData {
  packs: string[];
  builtin: boolean;
  format: Format;
}

export interface ScanJob {
  id: number;
  file: string;
}

export interface ScanJobResult {
  id: number;
  /** The file's rows as RowWriter writes them after other rows. */
  chunk: string;
  rows: number;
  /** What went wrong with the file (Reporter.input), in order. */
  messages: string[];
}

/** What the run says, in the order a single thread would say it: a message of the walk, or a file's turn. */
type Step = { message: string } | { file: string; index: number };

/** The walk's messages kept as steps, in their place among the files. */
class WalkSteps extends Reporter {
  constructor(private readonly steps: Step[]) {
    super(() => undefined);
  }

  override input(message: string): void {
    this.steps.push({ message });
  }
}

/** At most this many files per worker are read ahead of the one whose output is next. */
const AHEAD = 8;

/** The bundled worker, beside the bundled CLI (dist/); absent when the CLI runs from source. */
export function bundledWorker(): string | undefined {
  const file = join(__dirname, 'scanWorker.js');
  return existsSync(file) ? file : undefined;
}

export function scanInParallel(args: ScanArgs, io: Io, workerFile: string): Promise<ExitCode> {
  const report = new Reporter(io.err);
  const compiled = loadPacks(args, report);
  const steps: Step[] = [];
  const files: string[] = [];
  for (const file of markdownFiles(args.paths, new WalkSteps(steps))) steps.push({ file, index: files.push(file) - 1 });
  const rows = new RowWriter(args.format, io.out);
  const scratch = new ReadScratch();
  // One file (or none) is scanned in this thread: a worker would only cost its start.
  const jobs = compiled && files.length > 1 ? Math.min(args.jobs, files.length) : 0;
  return new Promise<ExitCode>((resolve) => {
    const workers: Worker[] = [];
    const results = new Map<number, ScanJobResult>();
    let next = 0; // the next step to say
    let sent = 0; // files sent to a worker
    let finished = false;
    const finish = (failure?: unknown): void => {
      if (finished) return;
      finished = true;
      for (const w of workers) void w.terminate();
      if (failure !== undefined) {
        if (!(failure instanceof OutputError)) report.input(`cannot scan: ${errorMessage(failure)}`);
        else if (!failure.readerGone) report.input(failure.message);
      }
      resolve(report.exitCode());
    };
    /** Says every step that can be said, in order; sends more files; finishes after the last. */
    const advance = (): void => {
      try {
        let waiting = files.length;
        for (; next < steps.length; next++) {
          const step = steps[next]!;
          if ('message' in step) {
            report.input(step.message);
            continue;
          }
          if (!compiled) continue;
          if (jobs === 0) {
            scanFile(step.file, compiled, rows, report, undefined, scratch);
            continue;
          }
          const r = results.get(step.index);
          if (!r) {
            waiting = step.index;
            break;
          }
          results.delete(step.index);
          rows.rowsFrom(r.chunk, r.rows);
          for (const m of r.messages) report.input(m);
        }
        if (next === steps.length) {
          rows.end();
          finish();
          return;
        }
        while (sent < files.length && sent < waiting + jobs * AHEAD) {
          workers[sent % jobs]!.postMessage({ id: sent, file: files[sent]! } satisfies ScanJob);
          sent++;
        }
      } catch (e) {
        finish(e);
      }
    };
    try {
      rows.begin();
    } catch (e) {
      finish(e);
      return;
    }
    const data: ScanWorkerData = { packs: args.packs, builtin: args.builtin, format: args.format };
    for (let k = 0; k < jobs; k++) {
      const w = new Worker(workerFile, { workerData: data });
      w.on('message', (r: ScanJobResult) => {
        results.set(r.id, r);
        advance();
      });
      w.on('error', (e) => finish(e));
      workers.push(w);
    }
    advance();
  });
}
