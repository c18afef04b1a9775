// One file of a scan: read, checked for candidates on its bytes, decoded, scanned, its rows written.
// Shared by the scan in the main thread and the scan workers (scanWorker.ts).

import { relative, isAbsolute } from 'node:path';
import { escapeName } from './names';
import { occurrences } from './occurrences';
import { OutputError, type RowWriter } from './output';
import { readInputOrSay, type ReadScratch } from './readInput';
import { decodeUtf8 } from './decodeText';
import { errorMessage, type Reporter } from './report';
import { candidateEndsUtf8, noCandidate, type CandidateEnds } from '../core/scan/prefilter';
import { scanDocument, type DocumentScan } from '../core/scan/documentScan';
import type { CompiledPack } from '../core/scan/compiledPack';

/**
 * The core's scan of one document; a parameter only so that tests can make it fail. `ends` are the
 * text's candidateEnds(), read from its bytes.
 */
export type ScanFn = (text: string, cp: CompiledPack, ends?: CandidateEnds) => DocumentScan;

export const scanWithEnds: ScanFn = (text, cp, ends) => scanDocument(text, cp, { ends });

/**
 * Scans one file into `rows`. Whatever the core throws costs this file only. `scratch`, when given,
 * is read into (one buffer for the whole run).
 */
export function scanFile(file: string, cp: CompiledPack, rows: RowWriter, report: Reporter, scan: ScanFn = scanWithEnds, scratch?: ReadScratch): void {
  const input = readInputOrSay(file, (m) => report.input(m), scratch);
  if (input === undefined) return;
  const shown = isAbsolute(file) ? file : relative('.', file) || file;
  try {
    let text: string;
    let ends: CandidateEnds | undefined;
    if ('utf8' in input) {
      // Most files of real text have no candidate at all: they are never decoded nor parsed.
      ends = candidateEndsUtf8(input.utf8, cp);
      if (noCandidate(ends)) return;
      text = decodeUtf8(input.utf8);
    } else text = input.text;
    const result = scan(text, cp, ends);
    rows.file(shown);
    for (const o of occurrences(text, result, cp)) rows.row(o);
  } catch (e) {
    if (e instanceof OutputError) throw e;
    report.input(`cannot scan ${escapeName(file)}: ${errorMessage(e)}`);
  }
}
