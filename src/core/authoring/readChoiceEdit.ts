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
  if (reading === undefined) return { ok: true, edits: own.map((d) => removal(text, d.start, d.end)) };
  // A pack's name or id is untrusted: one that would end the comment early cannot be written in it.
  if (/-->|<!--|--!>|[\r\n]/.test(name) || !/^[\w-]+$/.test(reading))
    return { ok: false, message: `“${name}” cannot be written in a comment` };
  const comment = `<!-- ${READ_DIRECTIVE} ${name} as ${reading} -->`;
  // The last directive of these names is the one that counts: it is rewritten where it stands.
  const last = own[own.length - 1];
  if (last) return { ok: true, edits: [{ start: last.start, end: last.end, text: comment }] };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const at = insertionPoint(text, blocks);
  // A blank line keeps the comment a block of its own; one already there is not doubled.
  const blankFollows = at >= text.length || text.slice(at, nextLineStart(text, at)).trim() === '';
  return { ok: true, edits: [{ start: at, end: at, text: `${comment}${eol}${blankFollows ? '' : eol}` }] };
}

/**
 * Where a new directive goes: on the line after the last directive (the writer's choices stay together),
 * else after the front matter (which must stay first), else at the top.
 */
function insertionPoint(text: string, blocks: readonly Block[]): number {
  const all = readDirectives(text, blocks);
  const after = all.length > 0 ? all[all.length - 1]!.end : blocks[0]?.kind === 'frontmatter' ? blocks[0].end : -1;
  return after < 0 ? 0 : nextLineStart(text, after);
}

function nextLineStart(text: string, at: number): number {
  const lf = text.indexOf('\n', at);
  const cr = text.indexOf('\r', at);
  if (lf < 0 && cr < 0) return text.length;
  if (cr >= 0 && (lf < 0 || cr < lf)) return text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
  return lf + 1;
}

/** Takes a comment out: with its line and one blank line after it when the line holds nothing else. */
function removal(text: string, start: number, end: number): TextReplacement {
  let lineStart = start;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  const lineEnd = nextLineStart(text, end);
  const alone = text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd).trim() === '';
  if (!alone) return { start, end, text: '' };
  const blankEnd = nextLineStart(text, lineEnd);
  const blank = lineEnd < text.length && text.slice(lineEnd, blankEnd).trim() === '';
  return { start: lineStart, end: blank ? blankEnd : lineEnd, text: '' };
}
