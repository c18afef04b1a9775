// The edits that set or clear a writer's reading of a name for one document: a read directive
// (see writerChoices.ts) written once near the top, replaced where it stands, or taken out whole.

import type { Block } from '../markdown/blocks';
import type { CompiledPack } from '../scan/compiledPack';
import { READ_DIRECTIVE, readDirectives, resolveDirectives } from '../scan/senses/writerChoices';

/** Text [start, end) of the document before the edit, replaced by `text`. */
export interface TextReplacement {
  start: number;
  end: number;
  text: string;
}

export type ReadChoiceResult = { ok: true; edits: TextReplacement[] } | { ok: false; message: string };

/**
 * The edits that read the names of `ambiguity` as `reading` (a concept's id or another sense's id) in this
 * document, or by their context again when `reading` is undefined. `name` is the name the directive writes.
 */
export function readChoiceEdits(text: string, blocks: readonly Block[], cp: CompiledPack, name: string, ambiguity: number, reading: string | undefined): ReadChoiceResult {
  const own = resolveDirectives(readDirectives(text, blocks), cp).filter((d) => d.ambiguity === ambiguity);
  if (reading === undefined) return { ok: true, edits: own.map((d) => removal(text, blocks, d.start, d.end)) };
  // A pack's name or id is untrusted: one that would end the comment early cannot be written in it.
  if (/-->|<!--|--!>|[\r\n]/.test(name) || !/^[\w-]+$/.test(reading))
    return { ok: false, message: `“${name}” cannot be written in a comment` };
  const comment = `<!-- ${READ_DIRECTIVE} ${name} as ${reading} -->`;
  // The last directive of these names is the one that counts: it is rewritten where it stands.
  const last = own[own.length - 1];
  if (last) return { ok: true, edits: [{ start: last.start, end: last.end, text: comment }] };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const at = insertionPoint(text, blocks);
  // The comment starts a line of its own (a file may end without a line break), and a blank line after
  // it keeps what follows out of its block; one already there is not doubled.
  const before = at > 0 && !isBreak(text.charCodeAt(at - 1)) ? eol : '';
  const blankFollows = at >= text.length || isBlank(text, at, nextLineStart(text, at));
  return { ok: true, edits: [{ start: at, end: at, text: `${before}${comment}${eol}${blankFollows ? '' : eol}` }] };
}

/**
 * Where a new directive goes: on the line after the last directive that starts its line (the writer's
 * choices stay together; one indented into a list item would take the new one into it), else after the
 * front matter (which must stay first), else at the top.
 */
function insertionPoint(text: string, blocks: readonly Block[]): number {
  const atLineStart = readDirectives(text, blocks).filter((d) => d.start === 0 || isBreak(text.charCodeAt(d.start - 1)));
  const last = atLineStart[atLineStart.length - 1];
  const after = last ? last.end : blocks[0]?.kind === 'frontmatter' ? blocks[0].end : -1;
  return after < 0 ? 0 : nextLineStart(text, after);
}

const isBreak = (c: number): boolean => c === 10 || c === 13;

/** The start of the line after the one `at` is on (text.length on the last line), reading only that line. */
function nextLineStart(text: string, at: number): number {
  let i = at;
  while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
  if (i >= text.length) return text.length;
  return text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
}

function isBlank(text: string, from: number, to: number): boolean {
  return text.slice(from, to).trim() === '';
}

/**
 * Takes a directive out with its line, keeping the blocks around it apart: with the blank line after it
 * when one stands before it too (or it is the document's first block), and as a blank line of its own
 * when text stands right before and after it (which would otherwise join into one paragraph).
 */
function removal(text: string, blocks: readonly Block[], start: number, end: number): TextReplacement {
  // A directive starts its line, after at most three spaces (readDirectives).
  let lineStart = start;
  while (lineStart > 0 && !isBreak(text.charCodeAt(lineStart - 1))) lineStart--;
  const lineEnd = nextLineStart(text, end);
  if (!isBlank(text, end, lineEnd)) return { start, end, text: '' };
  const first = lineStart === 0 || (blocks[0]?.kind === 'frontmatter' && lineStart === nextLineStart(text, blocks[0].end));
  const prevBlank = first || isBlank(text, previousLineStart(text, lineStart), lineStart);
  const nextEnd = nextLineStart(text, lineEnd);
  const nextBlank = lineEnd >= text.length || isBlank(text, lineEnd, nextEnd);
  if (prevBlank && nextBlank && lineEnd < text.length) return { start: lineStart, end: nextEnd, text: '' };
  if (prevBlank || nextBlank) return { start: lineStart, end: lineEnd, text: '' };
  return { start: lineStart, end: lineEnd, text: text.slice(end, lineEnd).replace(/^[ \t]+/, '') };
}

/** The start of the line before the one that starts at `lineStart`. */
function previousLineStart(text: string, lineStart: number): number {
  let i = lineStart - 1;
  if (i > 0 && text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) === 13) i--;
  while (i > 0 && !isBreak(text.charCodeAt(i - 1))) i--;
  return Math.max(0, i);
}
