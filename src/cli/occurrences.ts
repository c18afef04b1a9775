// A scan's occurrences one at a time: the rows of toOccurrences, without its array of all of them.

import { sectionAt } from '../core/markdown/markdownStructure';
import type { CompiledPack } from '../core/scan/compiledPack';
import type { DocumentScan, Occurrence } from '../core/scan/documentScan';
import { LineIndex } from '../core/text/lineIndex';

/** Exactly what toOccurrences(text, scan.matches, scan.structure.headings, cp) holds, in its order. */
export function* occurrences(text: string, scan: DocumentScan, cp: CompiledPack): Generator<Occurrence> {
  const lines = new LineIndex(text);
  const headings = scan.structure.headings;
  for (const m of scan.matches) {
    const pos = lines.positionAt(m.start);
    yield {
      concept: cp.concepts[m.concept]!.id,
      start: m.start,
      end: m.end,
      line: pos.line,
      column: pos.character,
      text: text.slice(m.start, m.end),
      section: sectionAt(headings, m.start),
    };
  }
}
