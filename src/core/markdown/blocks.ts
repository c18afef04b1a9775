// A line-based CommonMark block scanner. It classifies every line of a document into blocks: the
// regions that are never prose (front matter, code, math, raw HTML, reference definitions) and the
// prose blocks (paragraphs, headings, text inside HTML blocks) that the inline scanner then reads.
// It follows CommonMark's block algorithm (a stack of open block quotes and list items matched
// against each line, lazy paragraph continuation, one open leaf block) without building a tree, so
// it is much faster than a full parser. It is checked against micromark over a real Markdown corpus
// (test/unit/markdownAgreement.test.ts). This file holds what callers see: the block shapes and the
// entry point, scanBlocks; the scanner itself is BlockScanner (blockScanner.ts).

import { BlockScanner } from './blockScanner';

export { lineEnd } from './lineCursor';

export type BlockKind =
  | 'frontmatter'
  | 'code'
  | 'math'
  | 'html'
  | 'refdef'
  | 'heading'
  | 'paragraph'
  | 'htmlText'
  | 'thematic';

export interface Block {
  kind: BlockKind;
  /** Offset of the block's first line; for a table cell, or text after an HTML comment, where it starts. */
  start: number;
  /** Offset just past the last line's content (line break excluded). */
  end: number;
  /** Prose blocks: where the text starts, past quote markers, list markers and `#`s. */
  contentStart: number;
  /** Prose blocks: where the text ends, before a closing `#` sequence or a setext underline. */
  contentEnd: number;
  /** Headings: 1–6; 0 for every other block. Set when the block is made, so that every block has one
   * shape (a property added to some blocks only makes V8 keep two). */
  level: number;
}

/** Whether the lines of a block are prose that may hold concepts. */
export function isProseBlock(kind: BlockKind): boolean {
  return kind === 'paragraph' || kind === 'heading' || kind === 'htmlText';
}

export interface BlockScan {
  blocks: Block[];
  /** Offsets of line starts where the parser was in its initial state: safe places to resume. */
  restarts: number[];
}

/**
 * Scans the lines from `from` (0, or a restart point from an earlier scan) to the end of the text.
 * `stopAt`, when given, is asked at every later restart point whether scanning may stop there.
 */
export function scanBlocks(text: string, from = 0, stopAt?: (offset: number) => boolean): BlockScan & { stoppedAt: number } {
  const scanner = new BlockScanner(text);
  const stoppedAt = scanner.run(from, stopAt);
  return { blocks: scanner.blocks, restarts: scanner.restarts, stoppedAt };
}
