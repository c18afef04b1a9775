// The structure of one Markdown document: its blocks, headings and the ranges that are not prose.

import { isProseBlock, scanBlocks, type Block } from './blocks';
import { headingAttributesStart } from './headingAttributes';
import { headingsOf, type Heading } from './headings';
import { scanInline } from './inline';

export interface MarkdownStructure {
  readonly blocks: readonly Block[];
  readonly headings: readonly Heading[];
  /** Sorted, disjoint [start, end) pairs of everything that is not prose. */
  readonly excluded: readonly number[];
}

/** The excluded ranges inside one prose block, as start/end pairs. */
export function blockExclusions(text: string, block: Block, out: number[] = []): number[] {
  if (block.contentStart > block.start && block.kind !== 'htmlText') out.push(block.start, block.contentStart);
  const attributes = block.kind === 'heading' ? headingAttributesStart(text, block.contentStart, block.contentEnd) : -1;
  scanInline(text, block.contentStart, attributes < 0 ? block.contentEnd : attributes, out, block.kind === 'htmlText');
  if (attributes >= 0) out.push(attributes, block.contentEnd);
  return out;
}

export function parseMarkdown(text: string): MarkdownStructure {
  return structureOf(text, scanBlocks(text).blocks);
}

/** The structure of a document whose blocks are known. The excluded ranges are worked out when first read. */
export function structureOf(text: string, blocks: readonly Block[]): MarkdownStructure {
  let excluded: number[] | undefined;
  return {
    blocks,
    headings: headingsOf(text, blocks),
    get excluded(): readonly number[] {
      return (excluded ??= excludedRanges(text, blocks));
    },
  };
}

function excludedRanges(text: string, blocks: readonly Block[]): number[] {
  const out: number[] = [];
  if (text.charCodeAt(0) === 0xfeff) out.push(0, 1);
  for (const b of blocks) {
    if (isProseBlock(b.kind)) blockExclusions(text, b, out);
    else if (b.kind !== 'thematic') out.push(b.start, b.end);
  }
  return mergeRanges(out);
}

/** Sorts and merges start/end pairs (touching ones too), dropping empty ones. */
export function mergeRanges(pairs: readonly number[]): number[] {
  // Blocks come in document order, so the pairs are almost always sorted, disjoint and not empty
  // already: then they are kept as they are, with no index or copy per pair.
  if (isMerged(pairs)) return pairs.slice();
  const idx: number[] = [];
  for (let k = 0; k < pairs.length; k += 2) if (pairs[k + 1]! > pairs[k]!) idx.push(k);
  idx.sort((a, b) => pairs[a]! - pairs[b]!);
  const out: number[] = [];
  for (const k of idx) {
    const s = pairs[k]!;
    const e = pairs[k + 1]!;
    if (out.length > 0 && s <= out[out.length - 1]!) out[out.length - 1] = Math.max(out[out.length - 1]!, e);
    else out.push(s, e);
  }
  return out;
}

/** Whether the pairs are already what mergeRanges makes: each non-empty and starting past the last one's end. */
function isMerged(pairs: readonly number[]): boolean {
  let end = -1;
  for (let k = 0; k < pairs.length; k += 2) {
    if (pairs[k + 1]! <= pairs[k]! || pairs[k]! <= end) return false;
    end = pairs[k + 1]!;
  }
  return true;
}

/** The heading whose section holds `offset`: the nearest heading at or before it. */
export function sectionAt(headings: readonly Heading[], offset: number): Heading | undefined {
  let lo = 0;
  let hi = headings.length - 1;
  let found: Heading | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid]!.start <= offset) {
      found = headings[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
