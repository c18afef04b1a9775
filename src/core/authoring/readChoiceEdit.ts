// The edits that set or clear a writer's reading of a name for one document: a read directive
// (see writerChoices.ts) written once near the top, replaced where it stands, or taken out whole.

import type { Block } from '../markdown/blocks';
import type { CompiledPack } from '../scan/compiledPack';
import { isBlankRange, lineEnd } from '../markdown/lineCursor';
import { directiveComment, readDirectives, resolveDirectives, type ReadDirective } from '../scan/senses/writerChoices';

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
  const directives = readDirectives(text, blocks);
  const own = resolveDirectives(directives, cp).filter((d) => d.ambiguity === ambiguity);
  if (reading === undefined) return { ok: true, edits: own.map((d) => removal(text, blocks, d.start, d.end)) };
  // A pack's name or id is untrusted: one that would end the comment early cannot be written in it.
  if (/-->|<!--|--!>|[\r\n]/.test(name) || !/^[\w-]+$/.test(reading))
    return { ok: false, message: `“${name}” cannot be written in a comment` };
  const comment = directiveComment(name, reading);
  // The last directive of these names is the one that counts: it is rewritten where it stands.
  const last = own[own.length - 1];
  if (last) return { ok: true, edits: [{ start: last.start, end: last.end, text: comment }] };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const at = insertionPoint(text, blocks, directives);
  // The comment starts a line of its own (a file may end without a line break), and a blank line after
  // it keeps what follows out of its block; one already there is not doubled.
  const before = at > 0 && !isBreak(text.charCodeAt(at - 1)) ? eol : '';
  const blankFollows = at >= text.length || isBlankLine(text, at);
  return { ok: true, edits: [{ start: at, end: at, text: `${before}${comment}${eol}${blankFollows ? '' : eol}` }] };
}

/**
 * Where a new directive goes: on the line after the last directive that starts its line (the writer's
 * choices stay together; one indented into a list item would take the new one into it), else after the
 * front matter (which must stay first), else at the top.
 */
function insertionPoint(text: string, blocks: readonly Block[], directives: readonly ReadDirective[]): number {
  const atLineStart = directives.filter((d) => d.start === 0 || isBreak(text.charCodeAt(d.start - 1)));
  const last = atLineStart[atLineStart.length - 1];
  const after = last ? last.end : blocks[0]?.kind === 'frontmatter' ? blocks[0].end : -1;
  return after < 0 ? 0 : nextLineStart(text, after);
}

const isBreak = (c: number): boolean => c === 10 || c === 13;

/** The start of the line after the one `at` is on (text.length on the last line), reading only that line. */
const nextLineStart = (text: string, at: number): number => Math.min(lineEnd(text, at).next, text.length);

/** Whether the line that starts at `lineStart` holds only spaces and tabs (a blank line to CommonMark). */
const isBlankLine = (text: string, lineStart: number): boolean => isBlankRange(text, lineStart, lineEnd(text, lineStart).end);

/**
 * Takes a directive out with its line, keeping the blocks around it apart: with the blank line after it
 * when one stands before it too (or it is the document's first block), and as a blank line of its own
 * when text stands right before and after it (which would otherwise join into one paragraph).
 */
function removal(text: string, blocks: readonly Block[], start: number, end: number): TextReplacement {
  // A directive starts its line, after at most three spaces (readDirectives).
  let lineStart = start;
  while (lineStart > 0 && !isBreak(text.charCodeAt(lineStart - 1))) lineStart--;
  const after = lineEnd(text, end);
  if (!isBlankRange(text, end, after.end)) return { start, end, text: '' };
  const next = Math.min(after.next, text.length);
  const first = lineStart === 0 || (blocks[0]?.kind === 'frontmatter' && lineStart === nextLineStart(text, blocks[0].end));
  const prevBlank = first || isBlankLine(text, previousLineStart(text, lineStart));
  const nextBlank = next >= text.length || isBlankLine(text, next);
  if (prevBlank && nextBlank && next < text.length) return { start: lineStart, end: nextLineStart(text, next), text: '' };
  if (prevBlank || nextBlank) return { start: lineStart, end: next, text: '' };
  return { start: lineStart, end: next, text: text.slice(after.end, next) };
}

/** The start of the line before the one that starts at `lineStart`. */
function previousLineStart(text: string, lineStart: number): number {
  let i = lineStart - 1;
  if (i > 0 && text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) === 13) i--;
  while (i > 0 && !isBreak(text.charCodeAt(i - 1))) i--;
  return Math.max(0, i);
}
