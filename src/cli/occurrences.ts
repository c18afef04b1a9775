// A scan's occurrences one at a time: the rows of toOccurrences, without its array of all of them.

import type { CompiledPack } from '../core/scan/compiledPack';
import { occurrenceOf, type DocumentScan, type Occurrence } from '../core/scan/documentScan';
import { LineIndex } from '../core/text/lineIndex';

/** Exactly what toOccurrences(text, scan.matches, scan.structure.headings, cp) holds, in its order. */
export function* occurrences(text: string, scan: DocumentScan, cp: CompiledPack): Generator<Occurrence> {
  if (scan.matches.length === 0) return;
  const lines = new LineIndex(text);
  for (const m of scan.matches) yield occurrenceOf(text, m, scan.structure.headings, cp, lines);
}
