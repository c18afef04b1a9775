// The scans the extension and the CLI run over a document, for the growth test and the benchmark.

import { frontMatterTitle, isArticle } from '../../src/core/features/articleMatch';
import type { ConceptPack } from '../../src/core/pack/loadPack';
import type { CompiledPack } from '../../src/core/scan/compiledPack';
import { scanDocument } from '../../src/core/scan/documentScan';
import { IncrementalScan } from '../../src/core/scan/incrementalScan';

/**
 * One full scan, as the CLI and the article search run it: blocks, inline exclusions, concept matches
 * with senses and context, headings, the front matter's title and the article test.
 */
export function scanOnce(text: string, cp: CompiledPack, pack: ConceptPack): void {
  const scan = scanDocument(text, cp);
  void scan.structure.excluded;
  frontMatterTitle(text);
  isArticle(text, scan.structure.headings, pack);
}

/** What the extension runs when a document opens: the full scan, the incremental scan, and one keystroke at the end. */
export function scanAsOnOpen(text: string, cp: CompiledPack, pack: ConceptPack): void {
  scanOnce(text, cp, pack);
  const inc = new IncrementalScan(text, cp);
  inc.applyEdit({ start: text.length, deleteCount: 0, text: '熵' });
  void inc.snapshot().all;
}
