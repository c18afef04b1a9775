// What the importers share: the problems they report, and a concept spec built from labels that
// carry the scanner's options, checked by the pack validator before it is handed out.

import type { AliasSpec, ConceptPackSpec, ConceptSpec, Lang, Localized } from '../pack/conceptPack';
import { isPackError, validatePack } from '../pack/loadPack';
import type { Path } from '../pack/packProblem';

export interface ImportProblem {
  /** 1-based line of the input, when known. */
  line: number | undefined;
  message: string;
}

export interface ImportResult {
  /** The pack, valid by the schema and the loader; undefined when there were errors. */
  pack: ConceptPackSpec | undefined;
  /** Errors (no pack) or, with a pack, what was left out. */
  problems: ImportProblem[];
}

/** Past this many problems an import stops reading: the first ones say what is wrong. */
export const MAX_PROBLEMS = 100;

export function tooMany(problems: ImportProblem[]): boolean {
  if (problems.length < MAX_PROBLEMS) return false;
  if (problems.length === MAX_PROBLEMS) problems.push({ line: undefined, message: `stopped after ${MAX_PROBLEMS} problems` });
  return true;
}

export class ImportError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(problems.map((p) => (p.line === undefined ? p.message : `line ${p.line}: ${p.message}`)).join('\n'));
  }
}

/** A label with the scanner's options. */
export interface LabelSpec {
  text: string;
  lang: Lang;
  caseSensitive: boolean;
  contextual: boolean;
}

/**
 * A concept's names and aliases as the spec writes them: the concept is case-sensitive when all its
 * labels are; a label whose options differ from that is written as an object (a name among them,
 * which the loader reads as options on the name).
 */
export function aliasSpecs(names: readonly LabelSpec[], aliases: readonly LabelSpec[]): Pick<ConceptSpec, 'aliases' | 'caseSensitive'> {
  const all = [...names, ...aliases];
  const caseSensitive = all.length > 0 && all.every((l) => l.caseSensitive);
  const out: Partial<Record<Lang, AliasSpec[]>> = {};
  for (const l of names) if (l.caseSensitive !== caseSensitive || l.contextual) (out[l.lang] ??= []).push(aliasObject(l, caseSensitive));
  for (const l of aliases) (out[l.lang] ??= []).push(l.caseSensitive === caseSensitive && !l.contextual ? l.text : aliasObject(l, caseSensitive));
  return { ...(Object.keys(out).length > 0 ? { aliases: out } : {}), ...(caseSensitive ? { caseSensitive } : {}) };
}

function aliasObject(l: LabelSpec, conceptCase: boolean): AliasSpec {
  return { text: l.text, ...(l.caseSensitive !== conceptCase ? { caseSensitive: l.caseSensitive } : {}), ...(l.contextual ? { contextual: true } : {}) };
}

/** The schema wants an explanation: a concept imported without one says so, in its name's language. */
export const NO_EXPLANATION: Required<Localized> = { zh: '导入时没有解释。', en: 'Imported without an explanation.' };

export function explanationOr(explanation: Localized, name: Localized): Localized {
  if (nonEmpty(explanation)) return explanation;
  return name.en === undefined ? { zh: NO_EXPLANATION.zh } : { en: NO_EXPLANATION.en };
}

/**
 * Unique ids: `base`, else `base-2`, `base-3`… counted per base, so that a thousand concepts of one
 * name cost a thousand steps, not half a million.
 */
export class IdAllocator {
  private readonly taken = new Set<string>();
  private readonly next = new Map<string, number>();

  take(base: string): string {
    let id = base;
    for (let n = this.next.get(base) ?? 2; this.taken.has(id); n++) {
      id = `${base}-${n}`;
      this.next.set(base, n + 1);
    }
    this.taken.add(id);
    return id;
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }
}

export function nonEmpty(value: Localized): boolean {
  return value.zh !== undefined || value.en !== undefined;
}

/** Checks the spec as `scan --pack` would load it; its problems placed at the input's lines. */
export function checked(spec: ConceptPackSpec, conceptLines: readonly number[]): ImportResult {
  const { problems } = validatePack(spec);
  const errors = problems.filter(isPackError);
  if (errors.length === 0) return { pack: spec, problems: problems.map((p) => ({ line: lineOf(p.path, conceptLines), message: `${p.path}: ${p.message}` })) };
  return { pack: undefined, problems: errors.map((p) => ({ line: lineOf(p.path, conceptLines), message: p.message })) };
}

/** The line of the concept a JSON path (`$.concepts[3]…`) is about. */
function lineOf(path: string, conceptLines: readonly number[]): number | undefined {
  const m = /^\$\.concepts\[(\d{1,9})\]/.exec(path);
  return m ? conceptLines[Number(m[1])] : undefined;
}

export type { Path };
