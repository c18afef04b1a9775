// The incremental scan's record of each block's readings and how far they reached, kept across edits
// for the blocks whose context an edit cannot have changed.

import type { Block } from '../../markdown/blocks';
import type { DocumentContext, Reach } from './documentSenses';

/** A block's readings not made yet (null; undefined is "no ambiguous name in it"). */
export const STALE = null;
/** A block's readings (see blockReadings; undefined: no ambiguous name), and how far they reached for context. */
export interface BlockReadings {
  readings: readonly number[] | undefined;
  reach: Reach | undefined;
}
export type ReadingSlot = BlockReadings | typeof STALE;

/** The slot of a block with no ambiguous name, shared. */
export const NOTHING_READ: BlockReadings = { readings: undefined, reach: undefined };

export function staleSlots(n: number): ReadingSlot[] {
  return new Array<ReadingSlot>(n).fill(STALE);
}

/** Makes stale the readings of blocks [from, to) whose reach `went` says went through what changed. */
export function staleWhere(slots: ReadingSlot[], from: number, to: number, went: (reach: Reach) => boolean): void {
  for (let i = from; i < to; i++) {
    const reach = slots[i]?.reach;
    if (reach && went(reach)) slots[i] = STALE;
  }
}

/** Readings and section verdicts that name a rescanned heading name its new block instead. */
export function renameHeadings(renamed: ReadonlyMap<Block, Block>, slots: ReadingSlot[], context: DocumentContext | undefined): void {
  for (let i = 0; i < slots.length; i++) {
    const r = slots[i]!;
    const reach = r === STALE ? undefined : r.reach;
    const heading = reach?.heading && renamed.get(reach.heading);
    if (r !== STALE && heading) slots[i] = { readings: r.readings, reach: { heading, document: reach!.document } };
  }
  if (!context) return;
  for (const [from, to] of renamed) {
    const verdicts = context.sections.get(from);
    if (verdicts === undefined) continue;
    context.sections.delete(from);
    context.sections.set(to, verdicts);
  }
}
