// A writer's own reading of an ambiguous name, for one document, as a comment the preview hides:
//   <!-- concept-lens-read 熵 as entropy -->
// reads 熵, and every name read the same ways (entropy, entropies), as the concept `entropy` wherever it
// stands in the document, whatever its context says. The reading is a concept's id or the id of another
// sense of the name (`everyday`: then the name is no concept). Only a comment that opens an HTML block of
// its own at the top level counts: one inside a paragraph, code, front matter, a quote, a list item or
// another HTML element (<script>, <pre>, <textarea>) is text.

import type { Block } from '../../markdown/blocks';
import type { CompiledPack } from '../compiledPack';
import { scanBlock, type Match } from '../scanner';

export const READ_DIRECTIVE = 'concept-lens-read';

/** A directive as written: where the comment stands and what it says. */
export interface ReadDirective {
  /** The comment's start and end (past `-->`). */
  start: number;
  end: number;
  name: string;
  reading: string;
}

/** A directive as the pack reads it: the ambiguity its name has and the reading it picks (-1: unknown). */
export interface ResolvedDirective extends ReadDirective {
  ambiguity: number;
  readingIndex: number;
}

/** The writer's choices of a document: per ambiguity, the index of the reading chosen. */
export type WriterChoices = ReadonlyMap<number, number>;

export const NO_CHOICES: WriterChoices = new Map();

/** The comment that reads `name` as `reading`, as the command and the lint's fixes write it. */
export function directiveComment(name: string, reading: string): string {
  return `<!-- ${READ_DIRECTIVE} ${name} as ${reading} -->`;
}

/**
 * The read directives of the document, in document order: the comment that opens a top-level HTML block
 * (at most three spaces before it on its line), one per block. Only that comment is read, so the cost is
 * the length of the directives, whatever else the blocks hold.
 */
export function readDirectives(text: string, blocks: readonly Block[]): ReadDirective[] {
  const out: ReadDirective[] = [];
  for (const b of blocks) {
    if (b.kind !== 'html') continue;
    let at = b.start;
    while (at < b.start + 3 && text.charCodeAt(at) === 32) at++;
    if (!text.startsWith('<!--', at)) continue;
    const own = text.slice(at, b.end);
    const close = own.indexOf('-->', 4);
    if (close < 0) continue;
    const directive = parseDirective(own.slice(4, close), at, at + close + 3);
    if (directive) out.push(directive);
  }
  return out;
}

/**
 * `concept-lens-read NAME as READING` (`as` in any case, any spaces), or undefined when the comment is no
 * directive. One without `as` or a reading is still a directive, with an empty reading: the lint says what
 * is missing, instead of the comment failing in silence.
 */
function parseDirective(body: string, start: number, end: number): ReadDirective | undefined {
  const trimmed = body.trim();
  if (!trimmed.startsWith(READ_DIRECTIVE) || !/^\s/.test(trimmed.slice(READ_DIRECTIVE.length))) return undefined;
  const rest = trimmed.slice(READ_DIRECTIVE.length).trim();
  const parts = rest.split(/\s+as\s+/i);
  if (parts.length < 2) return { start, end, name: rest, reading: '' };
  const reading = parts.pop()!.trim();
  return { start, end, name: parts.join(' as ').trim(), reading };
}

/** Each directive with the ambiguity of its name and the reading it picks, as the pack knows them. */
export function resolveDirectives(directives: readonly ReadDirective[], cp: CompiledPack): ResolvedDirective[] {
  if (directives.length === 0) return [];
  // A name is looked up once, however many directives write it.
  const byName = new Map<string, number>();
  return directives.map((d) => {
    let ambiguity = byName.get(d.name);
    if (ambiguity === undefined) byName.set(d.name, (ambiguity = ambiguityOfName(cp, d.name)));
    return { ...d, ambiguity, readingIndex: ambiguity < 0 ? -1 : readingIndexOf(cp, ambiguity, d.reading) };
  });
}

/** The choices the directives make: a later directive for the same names wins, as a later setting does. */
export function writerChoices(text: string, blocks: readonly Block[], cp: CompiledPack): WriterChoices {
  if (cp.senseRules.ambiguities.length === 0) return NO_CHOICES;
  return choicesOf(resolveDirectives(readDirectives(text, blocks), cp));
}

/** The choices that resolved directives make, in document order (the lint reads the directives once for its rules and this). */
export function choicesOf(directives: readonly ResolvedDirective[]): WriterChoices {
  if (directives.length === 0) return NO_CHOICES;
  const choices = new Map<number, number>();
  for (const d of directives) if (d.readingIndex >= 0) choices.set(d.ambiguity, d.readingIndex);
  return choices;
}

/** Whether two sets of choices pick the same readings. */
export function sameChoices(a: WriterChoices, b: WriterChoices): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/** Whether a block may hold a read directive (an edit to it may change the choices). */
export function mayHoldDirective(text: string, block: Block): boolean {
  return block.kind === 'html' && text.slice(block.start, block.end).includes(READ_DIRECTIVE);
}

/**
 * The ambiguity of a name of the pack, or -1 (a name with one reading, or none): the name is read as the
 * scanner reads prose, so any case, width or script of it counts (對稱性 is 对称性), and it must be one
 * whole name. A name longer than any name is no name, and is not scanned.
 */
export function ambiguityOfName(cp: CompiledPack, name: string): number {
  if (name === '' || name.length > MAX_NAME) return -1;
  const found: Match[] = [];
  scanBlock(name, { kind: 'paragraph', start: 0, end: name.length, contentStart: 0, contentEnd: name.length, level: 0 }, cp, found);
  const m = found[0];
  return found.length === 1 && m!.start === 0 && m!.end === name.length ? cp.surfaces[m!.surface]!.ambiguity : -1;
}

const MAX_NAME = 200;

/** The key a directive writes for each reading of an ambiguity: the concept's id, or the other sense's id. */
export function readingKeys(cp: CompiledPack, ambiguity: number): string[] {
  return cp.senseRules.ambiguities[ambiguity]!.readings.map((r) => (r.concept >= 0 ? cp.concepts[r.concept]!.id : r.otherId));
}

function readingIndexOf(cp: CompiledPack, ambiguity: number, key: string): number {
  return readingKeys(cp, ambiguity).indexOf(key);
}
