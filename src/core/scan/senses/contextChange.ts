// What an edit changed of the context that ambiguous names are read in: the incremental scan keeps every
// reading that the change cannot reach (see IncrementalScan.keepReadings).

import { isProseBlock, type Block } from '../../markdown/blocks';
import { cuesOfBlock, NO_CUES, type BlockCues } from './blockCues';
import { DOCUMENT_BLOCKS, frontMatterCues } from './documentOpening';
import type { CueSlots } from './documentSenses';
import type { SenseRules } from './senseRules';
import type { CueScratch } from './cueScratch';

/** An edit that kept the sections: what it changed of the cues they hold. */
export interface ContextChange {
  /**
   * For each run of the edit's blocks whose cues changed, the old index it starts after: that of its
   * heading + 1, or the edit's first index (headingsAround gives the sections that hold the run).
   */
  changedAfter: number[];
  /**
   * For an edit in the document's opening (its first DOCUMENT_BLOCKS blocks), how many more of its blocks
   * hold each cue (fewer where negative); undefined for an edit below it.
   */
  openingDelta: Map<number, number> | undefined;
  /** Whether the front matter's title, tags and categories changed cues. */
  frontMatter: boolean;
  /** Whether every heading keeps its index (no block added or removed before it): the sections by index stay. */
  sameIndexes: boolean;
  /** Each rescanned heading, old object to new: the same section, known by its new block from now on. */
  renamed: Map<Block, Block>;
}

/** One edit, as the incremental scan sees it: old blocks [firstOld, endOld) of `old` become `fresh` in `text`. */
export interface BlockEdit {
  old: string;
  blocks: readonly Block[];
  /** The old blocks' cues, where they were read. */
  cues: CueSlots;
  firstOld: number;
  endOld: number;
  text: string;
  fresh: readonly Block[];
}

/**
 * What the edit changes of every other block's context. Undefined: the sections (a heading added,
 * removed or of another level; front matter added or removed) or the blocks of the document's opening.
 * Otherwise the blocks split at their headings, part by part against the old ones, give where cues
 * changed (none: nothing did). `freshCues` receives the fresh blocks' cues.
 */
export function contextChangeOf(e: BlockEdit, rules: SenseRules, freshCues: BlockCues[], scratch: CueScratch): ContextChange | undefined {
  const { blocks, firstOld, endOld, fresh } = e;
  // The document's context reads its opening: blocks added or removed there move others in or out,
  // and an edit across its end may move cues over it.
  const blocksAfter = blocks.length - (endOld - firstOld) + fresh.length;
  const crowded = firstOld < DOCUMENT_BLOCKS && Math.max(blocks.length, blocksAfter) > DOCUMENT_BLOCKS;
  if (crowded && (fresh.length !== endOld - firstOld || endOld > DOCUMENT_BLOCKS)) return undefined;
  // Front matter rescanned as front matter speaks to the document only, by its title, tags and categories.
  const keptFrontMatter = firstOld === 0 && endOld > 0 && blocks[0]!.kind === 'frontmatter' && fresh[0]?.kind === 'frontmatter';
  const skip = keptFrontMatter ? 1 : 0;
  const frontMatter = keptFrontMatter && !sameSet(frontMatterCues(e.old, blocks[0]!, rules), frontMatterCues(e.text, fresh[0]!, rules));
  const oldHeads = headingIndexes(blocks, firstOld + skip, endOld);
  const freshHeads = headingIndexes(fresh, skip, fresh.length);
  if (oldHeads === undefined || freshHeads === undefined || oldHeads.length !== freshHeads.length) return undefined;
  for (let k = 0; k < oldHeads.length; k++) if (blocks[oldHeads[k]!]!.level !== fresh[freshHeads[k]!]!.level) return undefined;
  for (const b of fresh) freshCues.push(isProseBlock(b.kind) ? cuesOfBlock(e.text, b, rules, scratch) : NO_CUES);
  const changedAfter: number[] = [];
  const openingDelta = firstOld < DOCUMENT_BLOCKS ? new Map<number, number>() : undefined;
  // Part p: the blocks from heading p - 1 (from the edit's start, past front matter, for p = 0) up to heading p.
  for (let p = 0; p <= oldHeads.length; p++) {
    const o0 = p === 0 ? firstOld + skip : oldHeads[p - 1]!;
    const o1 = p < oldHeads.length ? oldHeads[p]! : endOld;
    const f0 = p === 0 ? skip : freshHeads[p - 1]!;
    const f1 = p < freshHeads.length ? freshHeads[p]! : fresh.length;
    const before = new Set<number>();
    for (let i = o0; i < o1; i++) {
      const b = blocks[i]!;
      const c = e.cues[i] ?? (isProseBlock(b.kind) ? cuesOfBlock(e.old, b, rules, scratch) : NO_CUES);
      for (const id of c.distinct) before.add(id);
      if (openingDelta) count(openingDelta, c.distinct, -1);
    }
    const after = new Set<number>();
    for (let j = f0; j < f1; j++) {
      for (const id of freshCues[j]!.distinct) after.add(id);
      if (openingDelta) count(openingDelta, freshCues[j]!.distinct, 1);
    }
    if (!sameSet(before, after)) changedAfter.push(p === 0 ? o0 : o0 + 1);
  }
  // A new object for a rescanned heading, even of the same text: other caches (the lint's) take an object
  // they know for a block they need not read again.
  const renamed = new Map<Block, Block>();
  for (let k = 0; k < oldHeads.length; k++) renamed.set(blocks[oldHeads[k]!]!, fresh[freshHeads[k]!]!);
  const sameIndexes = fresh.length === endOld - firstOld && oldHeads.every((h, k) => h - firstOld === freshHeads[k]);
  return { changedAfter, openingDelta, frontMatter, sameIndexes, renamed };
}

function count(delta: Map<number, number>, ids: readonly number[], by: number): void {
  for (const id of ids) delta.set(id, (delta.get(id) ?? 0) + by);
}

/** The indexes of the headings among blocks [from, to), or undefined if front matter is among them. */
function headingIndexes(blocks: readonly Block[], from: number, to: number): number[] | undefined {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const kind = blocks[i]!.kind;
    if (kind === 'frontmatter') return undefined;
    if (kind === 'heading') out.push(i);
  }
  return out;
}

function sameSet(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
