// The name under the cursor that can be read more than one way, whether it is read as a concept there
// or not (everyday "attention" is not annotated, but the writer may still choose its reading).

import type { Block } from '../../markdown/blocks';
import type { CompiledPack } from '../compiledPack';
import { scanBlock, type Match } from '../scanner';
import { blockHolding } from '../sortedOffsets';

/** The ambiguous name at `offset` (in it, or ending right there), as the scanner finds it before reading. */
export function ambiguousNameAt(text: string, blocks: readonly Block[], cp: CompiledPack, offset: number): Match | undefined {
  const block = blocks[blockHolding(blocks, offset)];
  if (!block) return undefined;
  const found: Match[] = [];
  scanBlock(text, block, cp, found);
  const ambiguous = found.filter((m) => cp.surfaces[m.surface]!.ambiguity >= 0);
  return ambiguous.find((m) => m.start <= offset && offset < m.end) ?? ambiguous.find((m) => m.end === offset);
}
