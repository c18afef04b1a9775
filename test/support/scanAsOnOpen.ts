// Every part of the scan that the extension runs when a Markdown document opens or is searched for the
// article: blocks, inline exclusions, concept matches with senses and context, headings, the front
// matter's title, the article test, and one keystroke through the incremental scan.

import { frontMatterTitle, isArticle } from '../../src/core/features/articleMatch';
import type { ConceptPack } from '../../src/core/pack/loadPack';
import type { CompiledPack } from '../../src/core/scan/compiledPack';
import { scanDocument } from '../../src/core/scan/documentScan';
import { IncrementalScan } from '../../src/core/scan/incrementalScan';

export function scanAsOnOpen(text: string, cp: CompiledPack, pack: ConceptPack): void {
  const scan = scanDocument(text, cp);
  void scan.structure.excluded;
  frontMatterTitle(text);
  isArticle(text, scan.structure.headings, pack);
  const inc = new IncrementalScan(text, cp);
  inc.applyEdit({ start: text.length, deleteCount: 0, text: '熵' });
  void inc.snapshot().all;
}
