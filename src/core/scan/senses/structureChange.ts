// Readings across an edit that changed the sections (a heading added, removed or of another level, front
// matter added or removed, blocks moved into or out of the document's opening). A reading stays if every
// section it went through is the same section (the same heading, under the same headings) and weighs as
// before, and the document, if the reading reached it, weighs as before. Only the sections around the
// edit can gain or lose blocks; they are weighed again. Readings decided in their own block always stay.

import type { Block } from '../../markdown/blocks';
import { DocumentSenses, type CueSlots, type DocumentContext, type Reach } from './documentSenses';
import { STALE, type ReadingSlot } from './readingSlots';
import { sectionsOf, type SectionIndex } from './sections';
import type { SenseRules } from './senseRules';

/** An edit as the readings see it: old blocks [firstOld, endOld) became `freshCount` new ones. */
export interface StructureEdit {
  oldBlocks: readonly Block[];
  oldIndex: SectionIndex;
  firstOld: number;
  endOld: number;
  freshCount: number;
}

/** The new document: its text and blocks, the cues found so far and the rules. */
export interface NewDocument {
  text: string;
  blocks: readonly Block[];
  cues: CueSlots;
  rules: SenseRules;
}

/**
 * Makes stale each reading in `slots` (already in the new blocks' places, the edit's own stale) that
 * went another way than before, and gives the context for the new blocks.
 */
export function keepAcrossStructure(e: StructureEdit, doc: NewDocument, slots: ReadingSlot[], context: DocumentContext): DocumentContext {
  const { oldBlocks, oldIndex, firstOld, endOld, freshCount } = e;
  for (let i = firstOld; i < endOld; i++) if (oldBlocks[i]!.kind === 'heading') context.sections.delete(oldBlocks[i]!);
  const index = sectionsOf(doc.blocks);
  const carried = { ...context, verdicts: new Map<number, number>(), openingCues: undefined, frontMatter: undefined, sectionIndex: index };
  const senses = new DocumentSenses(doc.text, doc.blocks, doc.rules, doc.cues, carried);
  const turned = turnedSections(e, index, senses, doc.blocks);
  const documentChanged = !senses.reweighDocument(context.verdicts);
  const sameWay = (reach: Reach, oh: number, nh: number): boolean => {
    for (;;) {
      if (oh < 0 || nh < 0) return oh < 0 && nh < 0 && reach.document && !documentChanged;
      const heading = oldBlocks[oh]!;
      if (heading !== doc.blocks[nh] || turned.has(heading)) return false;
      if (heading === reach.heading && !reach.document) return true;
      oh = oldIndex.parent[oh]!;
      nh = index.parent[nh]!;
    }
  };
  const shift = freshCount - (endOld - firstOld);
  for (let b = 0; b < slots.length; b++) {
    if (b === firstOld) b += freshCount;
    const reach = slots[b]?.reach;
    if (reach && !sameWay(reach, oldIndex.sectionOf[b < firstOld ? b : b - shift]!, index.sectionOf[b]!)) slots[b] = STALE;
  }
  return senses.documentContext();
}

/**
 * The sections whose verdicts came out otherwise. Only a section that holds the block before the edit can
 * gain or lose blocks: one that starts after the edit holds the same blocks as before.
 */
function turnedSections(e: StructureEdit, index: SectionIndex, senses: DocumentSenses, blocks: readonly Block[]): Set<Block> {
  const { oldIndex, firstOld } = e;
  const turned = new Set<Block>();
  // Before the edit old and new indexes agree: the same blocks, the same parents.
  for (let h = firstOld > 0 ? oldIndex.sectionOf[firstOld - 1]! : -1; h >= 0; h = oldIndex.parent[h]!) {
    if (oldIndex.sectionEnd[h]! <= firstOld && index.sectionEnd[h]! <= firstOld) continue;
    if (!senses.reweighSection(h)) turned.add(blocks[h]!);
  }
  return turned;
}
