// Keeps a document's blocks and matches up to date across edits, rescanning only the blocks an edit
// touches. The block scanner is a forward, line-by-line state machine: at a "restart point" (a line
// start where it is in its initial state) what follows depends only on the text from there on. So an
// edit is rescanned from the last restart point before it up to the first restart point after it
// that the old scan also had (shifted by the edit); everything past that is reused, shifted.
// The result is identical to a full scan; test/unit/incrementalScan.test.ts checks it on random edits.

import { Ch } from '../text/charCodes';
import { lineEnd, scanBlocks, type Block } from '../markdown/blocks';
import { headingsOf, type Heading } from '../markdown/headings';
import type { CompiledPack } from './compiledPack';
import { scanBlock, type Match } from './scanner';
import { MatchSnapshot } from './matchSnapshot';
import { DocumentSenses, type CueSlots, type DocumentContext } from './senses/documentSenses';
import { headingsAround, sectionsOf } from './senses/sections';
import { keepAcrossStructure, type StructureEdit } from './senses/structureChange';
import type { BlockCues } from './senses/blockCues';
import { contextChangeOf, type BlockEdit } from './senses/contextChange';
import { blockReadings } from './senses/blockReadings';
import { mayHoldDirective, sameChoices, writerChoices, type WriterChoices } from './senses/writerChoices';
import { NOTHING_READ, renameHeadings, STALE, staleSlots, staleWhere, type ReadingSlot } from './senses/readingSlots';
import { spliceInPlace } from './spliceInPlace';
import { firstAfter, firstBlockAtOrAfter, lastAtOrBefore, lastBefore } from './sortedOffsets';
import { CueScratch } from './senses/cueScratch';

export interface TextEdit {
  /** Offset of the first replaced unit, in the text before the edit. */
  start: number;
  /** Number of replaced units. */
  deleteCount: number;
  text: string;
}

export class IncrementalScan {
  private _text: string;
  private blocks: Block[];
  /**
   * The matches of each block, offsets relative to the block's start: an edit shifts the blocks after
   * it, never their matches, and a snapshot can share these arrays (they are replaced, not changed).
   */
  private blockMatches: Match[][];
  private restarts: number[];
  /** Per concept, how many matches of its firm and of its contextual surfaces the document has. */
  private readonly firm: Int32Array;
  private readonly contextual: Int32Array;
  private cachedSnapshot: MatchSnapshot | undefined;
  /**
   * The cues of each block, as ambiguous names needed them (see DocumentSenses): as long as the block
   * list, holes where none were read, so that an edit's slices keep every entry beside its block.
   */
  private blockCues: CueSlots;
  /** The cues of the blocks an edit just made, found while checking what it changed of the context. */
  private freshCues: BlockCues[] | undefined;
  /** Scratch for the cue pass: a block's hits and where its sentences end. */
  private readonly cueScratch = new CueScratch();
  /** Each block's readings, or STALE until a snapshot makes them. */
  private readingSlots: ReadingSlot[] = [];
  /**
   * What readings learnt beyond their blocks (the document's verdicts, section verdicts, the section
   * index), kept across edits for what they cannot have changed (see keepReadings).
   */
  private documentContext: DocumentContext | undefined;
  /** The readings the writer chose (writerChoices.ts), found on the first snapshot and again when an edit touches a directive. */
  private choices: WriterChoices | undefined;
  private cachedHeadings: Heading[] | undefined;

  constructor(
    text: string,
    private readonly cp: CompiledPack,
  ) {
    this._text = text;
    const scan = scanBlocks(text);
    this.blocks = scan.blocks;
    this.restarts = scan.restarts;
    this.firm = new Int32Array(cp.concepts.length);
    this.contextual = new Int32Array(cp.concepts.length);
    this.blockMatches = this.blocks.map((b) => this.matchBlock(b));
    this.readingSlots = staleSlots(this.blocks.length);
    this.blockCues = new Array<BlockCues | undefined>(this.blocks.length);
    for (const ms of this.blockMatches) this.count(ms, 1);
  }

  get text(): string {
    return this._text;
  }

  /** All matches, absolute, after the document-level context check. */
  get matches(): readonly Match[] {
    return this.snapshot().all;
  }

  /** The matches of the current text, unaffected by later edits. */
  snapshot(): MatchSnapshot {
    if (this.cachedSnapshot) return this.cachedSnapshot;
    let n = 0;
    for (const ms of this.blockMatches) if (ms.length > 0) n++;
    const starts = new Int32Array(n);
    const local: Match[][] = new Array<Match[]>(n);
    const readings: (readonly number[] | undefined)[] = new Array<readonly number[] | undefined>(n);
    // Ambiguous names are read in context: a block's readings are kept until an edit changes the cues of a
    // section or of the opening that decided them, or the sections they went through (see keepReadings).
    const reads = this.cp.senseRules.ambiguities.length > 0;
    let senses: DocumentSenses | undefined;
    n = 0;
    for (let b = 0; b < this.blocks.length; b++) {
      const ms = this.blockMatches[b]!;
      if (ms.length === 0) continue;
      starts[n] = this.blocks[b]!.start;
      if (reads) {
        let slot = this.readingSlots[b]!;
        if (slot === STALE) {
          senses ??= new DocumentSenses(this._text, this.blocks, this.cp.senseRules, this.blockCues, this.documentContext, (this.choices ??= writerChoices(this._text, this.blocks, this.cp)));
          const r = blockReadings(senses, b, ms, 0, ms.length, this.blocks[b]!.start, this.cp);
          const reach = senses.takeReach();
          this.readingSlots[b] = slot = r === undefined && reach === undefined ? NOTHING_READ : { readings: r, reach };
        }
        readings[n] = slot.readings;
      }
      local[n++] = ms;
    }
    if (senses) this.documentContext = senses.documentContext();
    return (this.cachedSnapshot = new MatchSnapshot(starts, local, this.droppedConcepts(), this.cp.surfaces, readings));
  }

  /**
   * Concepts whose contextual surfaces do not count: the document names neither the concept nor a
   * related one by a firm surface (the rule of applyContext, from the running counts).
   */
  private droppedConcepts(): Uint8Array | undefined {
    let dropped: Uint8Array | undefined;
    for (let c = 0; c < this.contextual.length; c++) {
      if (this.contextual[c] === 0 || this.firm[c]! > 0 || this.cp.neighbours[c]!.some((n) => this.firm[n]! > 0)) continue;
      (dropped ??= new Uint8Array(this.contextual.length))[c] = 1;
    }
    return dropped;
  }

  private count(ms: readonly Match[], sign: 1 | -1): void {
    const surfaces = this.cp.surfaces;
    for (const m of ms) (surfaces[m.surface]!.contextual ? this.contextual : this.firm)[m.concept]! += sign;
  }

  get headings(): readonly Heading[] {
    return (this.cachedHeadings ??= headingsOf(this._text, this.blocks));
  }

  get blockList(): readonly Block[] {
    return this.blocks;
  }

  /** Applies one edit. Returns the range of the new text that was rescanned. */
  applyEdit(edit: TextEdit): { from: number; to: number } {
    const old = this._text;
    const start = Math.max(0, Math.min(edit.start, old.length));
    const deleteCount = Math.max(0, Math.min(edit.deleteCount, old.length - start));
    const text = old.slice(0, start) + edit.text + old.slice(start + deleteCount);
    const delta = edit.text.length - deleteCount;
    const editEndNew = start + edit.text.length;
    this._text = text;
    this.cachedSnapshot = undefined;
    this.cachedHeadings = undefined;

    // The last restart point at or before the edit. Front matter only exists from offset 0: a document
    // that opens with a front-matter fence but has no front matter gains one from an edit below only
    // if the edit writes a closing fence; then it is rescanned from the top, otherwise from the restart
    // point as usual (an unclosed fence must not cost a rescan of the whole document per keystroke).
    const ri = lastAtOrBefore(this.restarts, start);
    // An edit below the first line leaves that line as it was: read the old text, which is flat (the
    // new one is a concatenation that a regex would first copy whole, a millisecond in a 1 MB document).
    const firstLineEnd = old.indexOf('\n');
    const belowFirstLine = firstLineEnd >= 0 && start > firstLineEnd;
    const marker = this.blocks[0]?.kind === 'frontmatter' ? undefined : frontMatterMarker(belowFirstLine ? old : text);
    const gainsFrontMatter = marker !== undefined && (!belowFirstLine || writesClosingFence(text, start, editEndNew, marker));
    const from = ri >= 0 && !gainsFrontMatter ? this.restarts[ri]! : 0;

    // Old restart points after the edit, in new coordinates, where the two scans can meet again.
    const oldRestarts = this.restarts;
    let k = firstAfter(oldRestarts, start + deleteCount - 1);
    const canStop = (offset: number): boolean => {
      if (offset <= editEndNew) return false;
      const target = offset - delta;
      while (k < oldRestarts.length && oldRestarts[k]! < target) k++;
      return k < oldRestarts.length && oldRestarts[k] === target;
    };
    const scan = scanBlocks(text, from, canStop);
    const stopNew = scan.stoppedAt;

    // Old blocks from `from` up to the meeting point are replaced; later ones shift.
    const firstOld = firstBlockAtOrAfter(this.blocks, from);
    let endOld = this.blocks.length;
    if (stopNew >= 0) {
      const stopOld = stopNew - delta;
      endOld = firstBlockAtOrAfter(this.blocks, stopOld);
    }
    const fresh = scan.blocks;
    const freshMatches = fresh.map((b) => this.matchBlock(b));
    const tail = this.blocks.slice(endOld);
    const tailMatches = this.blockMatches.slice(endOld);
    for (let i = firstOld; i < endOld; i++) this.count(this.blockMatches[i]!, -1);
    for (const ms of freshMatches) this.count(ms, 1);
    if (delta !== 0)
      for (const b of tail) {
        b.start += delta;
        b.end += delta;
        b.contentStart += delta;
        b.contentEnd += delta;
      }
    // Read before the blocks are replaced. Readings stay where the edit kept the cues of the sections and
    // the opening they were decided by.
    const reweigh = this.cp.senseRules.ambiguities.length > 0 ? this.keepReadings({ old, blocks: this.blocks, cues: this.blockCues, firstOld, endOld, text, fresh }) : undefined;
    const touchesDirective = this.choices !== undefined && (this.blocks.slice(firstOld, endOld).some((b) => mayHoldDirective(old, b)) || fresh.some((b) => mayHoldDirective(text, b)));
    this.blocks = this.blocks.slice(0, firstOld).concat(fresh, tail);
    this.blockMatches = this.blockMatches.slice(0, firstOld).concat(freshMatches, tailMatches);
    // Cues are relative to their block: the tail's stay valid; the fresh blocks' are found when needed.
    const cues = this.blockCues;
    this.blockCues = spliceInPlace(cues, firstOld, endOld, this.freshCues ?? new Array<undefined>(fresh.length).fill(undefined));
    this.freshCues = undefined;
    if (reweigh) this.dropChangedReadings(reweigh);
    if (touchesDirective) this.readAgainIfChosenOtherwise();

    // Restart points: keep those before `from`, take the new scan's, shift the rest.
    const keep = oldRestarts.slice(0, Math.max(0, lastBefore(oldRestarts, from) + 1));
    let rest: number[] = [];
    if (stopNew >= 0) {
      const at = firstAfter(oldRestarts, stopNew - delta - 1);
      rest = oldRestarts.slice(at).map((r) => r + delta);
    }
    this.restarts = keep.concat(scan.restarts, rest);
    return { from, to: stopNew >= 0 ? stopNew : text.length };
  }

  /**
   * Keeps, for the new slots, the readings of old blocks outside the edit. Where the edit changed the
   * cues of sections, or of the opening or the front matter's title, tags and categories, or the sections
   * themselves (contextChangeOf: undefined), it returns what to weigh again once the blocks are replaced
   * (see dropChangedReadings). The fresh blocks' cues, found on the way (contextChangeOf fills them
   * unless the structure changed), are kept for their slots.
   */
  private keepReadings(edit: BlockEdit): Reweigh | undefined {
    const freshCues: BlockCues[] = [];
    const change = contextChangeOf(edit, this.cp.senseRules, freshCues, this.cueScratch);
    const { firstOld, endOld } = edit;
    const freshCount = edit.fresh.length;
    if (freshCues.length === freshCount) this.freshCues = freshCues;
    const n = this.blocks.length - (endOld - firstOld) + freshCount;
    const context = this.documentContext;
    if (change === undefined) {
      // The sections changed: which readings went another way is known once the blocks are replaced.
      if (!context) {
        this.readingSlots = staleSlots(n);
        return undefined;
      }
      this.readingSlots = spliceInPlace(this.readingSlots, firstOld, endOld, staleSlots(freshCount));
      return { context, structure: { oldBlocks: edit.blocks, oldIndex: context.sectionIndex ?? sectionsOf(edit.blocks), firstOld, endOld, freshCount } };
    }
    this.readingSlots = spliceInPlace(this.readingSlots, firstOld, endOld, staleSlots(freshCount));
    // The context is changed in place: only a snapshot's DocumentSenses reads it, and none outlives its snapshot.
    if (context && !change.sameIndexes) context.sectionIndex = undefined;
    // The document is weighed again only if the front matter's cues changed, or a cue came into the
    // opening or left it (and it is unknown whether one did where its cues were not counted).
    const opening = change.frontMatter || (change.openingDelta !== undefined && !(context?.openingCues && keepsCues(context.openingCues, change.openingDelta)));
    let reweigh: CueChange | undefined;
    if (change.changedAfter.length > 0 || opening) {
      reweigh = { sections: headingsAround(this.blocks, change.changedAfter), document: opening ? (context?.verdicts ?? new Map()) : undefined };
      if (context && opening) this.documentContext = { ...context, verdicts: new Map(), openingCues: undefined, frontMatter: change.frontMatter ? undefined : context.frontMatter };
    }
    if (change.renamed.size > 0) {
      renameHeadings(change.renamed, this.readingSlots, this.documentContext);
      if (reweigh) reweigh.sections = new Set([...reweigh.sections].map((h) => change.renamed.get(h) ?? h));
    }
    return reweigh;
  }

  /**
   * After an edit that changed cues: weighs again the verdicts of the sections that hold them (and the
   * document's, if its cues changed), and makes stale only the readings that went through a verdict that
   * came out otherwise. A cue typed in a long section seldom turns its verdict, and reading the whole
   * section again per keystroke would cost far more than weighing it. After one that changed the
   * sections, keepAcrossStructure does the same for the sections the edit touched.
   */
  private dropChangedReadings(reweigh: Reweigh): void {
    const slots = this.readingSlots;
    if ('structure' in reweigh) {
      this.documentContext = keepAcrossStructure(reweigh.structure, { text: this._text, blocks: this.blocks, cues: this.blockCues, rules: this.cp.senseRules }, slots, reweigh.context);
      return;
    }
    const context = this.documentContext;
    if (!context) {
      staleWhere(slots, 0, slots.length, (reach) => (reach.heading !== undefined && reweigh.sections.has(reach.heading)) || (reach.document && reweigh.document !== undefined));
      return;
    }
    const senses = new DocumentSenses(this._text, this.blocks, this.cp.senseRules, this.blockCues, context);
    const turned: number[] = [];
    for (const h of reweigh.sections) {
      const i = firstBlockAtOrAfter(this.blocks, h.start);
      if (this.blocks[i] !== h) {
        // Not expected (every heading in it is one of the new blocks), but then forget them all.
        for (const g of reweigh.sections) context.sections.delete(g);
        staleWhere(slots, 0, slots.length, (reach) => reach.heading !== undefined);
        turned.length = 0;
        break;
      }
      if (!senses.reweighSection(i)) turned.push(i);
    }
    const documentChanged = reweigh.document !== undefined && !senses.reweighDocument(reweigh.document);
    this.documentContext = senses.documentContext();
    // A reading went through a section if it holds the reading's block and the reading reached it or an
    // enclosing section: one that starts no later. Readings elsewhere kept their way, whatever their reach.
    for (const h of turned) {
      const start = this.blocks[h]!.start;
      staleWhere(slots, h, senses.sectionEnd(h), (reach) => reach.heading !== undefined && reach.heading.start <= start);
    }
    if (documentChanged) staleWhere(slots, 0, slots.length, (reach) => reach.document);
  }

  /** After an edit to a read directive: if the writer's choices changed, every reading is made again (their verdicts stay). */
  private readAgainIfChosenOtherwise(): void {
    const now = writerChoices(this._text, this.blocks, this.cp);
    if (this.choices && sameChoices(now, this.choices)) return;
    this.choices = now;
    this.readingSlots = staleSlots(this.blocks.length);
  }

  private matchBlock(b: Block): Match[] {
    const out: Match[] = [];
    scanBlock(this._text, b, this.cp, out);
    for (const m of out) {
      m.start -= b.start;
      m.end -= b.start;
    }
    return out;
  }
}

/** What an edit's cues may have changed, to weigh again: the sections that hold them; the document's verdicts before it, if its cues changed. */
interface CueChange {
  sections: Set<Block>;
  document: ReadonlyMap<number, number> | undefined;
}
/** An edit that changed the sections: the blocks and sections before it, and what readings had learnt then. */
interface SectionChange {
  structure: StructureEdit;
  context: DocumentContext;
}
type Reweigh = CueChange | SectionChange;
/**
 * Applies an edit's changes to the opening's cue counts; whether every cue the opening held it still
 * holds and no other (the counts are then right for the new version; otherwise they are to be made again).
 */
function keepsCues(counts: Map<number, number>, delta: ReadonlyMap<number, number>): boolean {
  let kept = true;
  for (const [id, by] of delta) {
    if (by === 0) continue;
    const was = counts.get(id) ?? 0;
    const now = was + by;
    if ((was > 0) !== (now > 0)) kept = false;
    if (now > 0) counts.set(id, now);
    else counts.delete(id);
  }
  return kept;
}

/** The fence (`---` or `+++`) that the text's first line opens front matter with, if it does. */
function frontMatterMarker(text: string): string | undefined {
  const m = /^\ufeff?(---|\+\+\+)[ \t]*(\r?\n|\r|$)/.exec(text);
  return m ? m[1] : undefined;
}

/** Whether the lines that hold the new text [start, end) include one that closes front matter. */
function writesClosingFence(text: string, start: number, end: number, marker: string): boolean {
  let at = start;
  while (at > 0 && text.charCodeAt(at - 1) !== Ch.LineFeed && text.charCodeAt(at - 1) !== Ch.CarriageReturn) at--;
  for (;;) {
    const { end: lineStop, next } = lineEnd(text, at);
    const line = text.slice(at, lineStop).trimEnd();
    if (line === marker || (marker === '---' && line === '...')) return true;
    if (lineStop >= end || next > text.length) return false;
    at = next;
  }
}
