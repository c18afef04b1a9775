// A writer's own reading of an ambiguous name, for one document, as a comment the preview hides:
//   <!-- concept-lens-read 熵 as entropy -->
// reads 熵, and every name read the same ways (entropy, entropies), as the concept `entropy` wherever it
// stands in the document, whatever its context says. The reading is a concept's id or the id of another
// sense of the name (`everyday`: then the name is no concept). Only a comment that is an HTML block of
// its own counts: one inside a paragraph, code or front matter is text.

import type { Block } from '../../markdown/blocks';
import type { CompiledPack } from '../compiledPack';
import { foldSurface } from '../surfaceText';

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

/**
 * The read directives of the document's HTML blocks, in document order. Each block's own text is searched
 * (a search of the whole text from each block would read the rest of a file of many HTML blocks again).
 */
export function readDirectives(text: string, blocks: readonly Block[]): ReadDirective[] {
  const out: ReadDirective[] = [];
  for (const b of blocks) {
    if (b.kind !== 'html') continue;
    const own = text.slice(b.start, b.end);
    // Comments do not nest: the next one starts after this one closes.
    for (let at = own.indexOf('<!--'); at >= 0; ) {
      const close = own.indexOf('-->', at + 4);
      if (close < 0) break;
      const directive = parseDirective(own.slice(at + 4, close), b.start + at, b.start + close + 3);
      if (directive) out.push(directive);
      at = own.indexOf('<!--', close + 3);
    }
  }
  return out;
}

/** `concept-lens-read NAME as READING`, or undefined. */
function parseDirective(body: string, start: number, end: number): ReadDirective | undefined {
  const trimmed = body.trim();
  if (!trimmed.startsWith(READ_DIRECTIVE) || !/\s/.test(trimmed.charAt(READ_DIRECTIVE.length))) return undefined;
  const rest = trimmed.slice(READ_DIRECTIVE.length).trim();
  const as = rest.lastIndexOf(' as ');
  if (as <= 0) return undefined;
  const name = rest.slice(0, as).trim();
  const reading = rest.slice(as + 4).trim();
  return name === '' || reading === '' ? undefined : { start, end, name, reading };
}

/** Each directive with the ambiguity of its name and the reading it picks, as the pack knows them. */
export function resolveDirectives(directives: readonly ReadDirective[], cp: CompiledPack): ResolvedDirective[] {
  if (directives.length === 0) return [];
  // One pass over the pack's surfaces, however many directives a document has.
  const byName = new Map<string, number>();
  for (const s of cp.surfaces) if (s.concept >= 0 && !byName.has(s.text)) byName.set(s.text, s.ambiguity);
  return directives.map((d) => {
    const ambiguity = byName.get(nameKey(d.name)) ?? -1;
    return { ...d, ambiguity, readingIndex: ambiguity < 0 ? -1 : readingIndexOf(cp, ambiguity, d.reading) };
  });
}

/** The choices the directives make: a later directive for the same names wins, as a later setting does. */
export function writerChoices(text: string, blocks: readonly Block[], cp: CompiledPack): WriterChoices {
  if (cp.senseRules.ambiguities.length === 0) return NO_CHOICES;
  const directives = readDirectives(text, blocks);
  if (directives.length === 0) return NO_CHOICES;
  const choices = new Map<number, number>();
  for (const d of resolveDirectives(directives, cp)) if (d.readingIndex >= 0) choices.set(d.ambiguity, d.readingIndex);
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

/** The ambiguity of a name of the pack, written as the writer writes it, or -1 (one name, or none). */
export function ambiguityOfName(cp: CompiledPack, name: string): number {
  const key = nameKey(name);
  for (const s of cp.surfaces) if (s.text === key && s.concept >= 0) return s.ambiguity;
  return -1;
}

/** A name as the automaton's surfaces hold it: width folded, lower case. */
const nameKey = (name: string): string => foldSurface(name).toLowerCase();

/** The key a directive writes for each reading of an ambiguity: the concept's id, or the other sense's id. */
export function readingKeys(cp: CompiledPack, ambiguity: number): string[] {
  return cp.senseRules.ambiguities[ambiguity]!.readings.map((r) => (r.concept >= 0 ? cp.concepts[r.concept]!.id : r.otherId));
}

function readingIndexOf(cp: CompiledPack, ambiguity: number, key: string): number {
  return readingKeys(cp, ambiguity).indexOf(key);
}
