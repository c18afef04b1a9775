// Entry of dist/scanWorker.js: a worker thread of `concept-lens scan --jobs N` (parallelScan.ts). It
// loads the packs itself (their problems were told by the main thread), then scans the files it is
// sent, one at a time, and answers each with the rows it wrote and the messages it had for it.

import { parentPort, workerData } from 'node:worker_threads';
import { RowWriter } from './output';
import { loadPacks } from './packs';
import { Reporter } from './report';
import { scanFile } from './scanFile';
import { ReadScratch } from './readInput';
import type { ScanJob, ScanJobResult, ScanWorkerData } from './parallelScan';

const port = parentPort;
if (!port) throw new Error('scanWorker.js runs as a worker thread');
const data = workerData as ScanWorkerData;
const cp = loadPacks(data, new Reporter(() => undefined));
const scratch = new ReadScratch();

/** Keeps a file's messages for the main thread, which says them in order. */
class KeptMessages extends Reporter {
  readonly messages: string[] = [];

  constructor() {
    super(() => undefined);
  }

  override input(message: string): void {
    this.messages.push(message);
  }
}

port.on('message', (job: ScanJob) => {
  const chunks: string[] = [];
  const rows = new RowWriter(data.format, (s) => chunks.push(s), true);
  const report = new KeptMessages();
  if (cp) scanFile(job.file, cp, rows, report, undefined, scratch);
  rows.flush();
  const result: ScanJobResult = { id: job.id, chunk: chunks.join(''), rows: rows.count, messages: report.messages };
  port.postMessage(result);
});
