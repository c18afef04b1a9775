// The rules by which an ambiguous name is read in context, compiled from a pack: for each set of
// readings a name can have (entropy or information entropy; the attention mechanism or everyday
// attention), which reading stands without evidence, and which cues speak for each reading.
// Cues become one automaton of their own, run over a block only when a decision needs that block.

import type { Concept, ConceptPack, Scope } from '../../pack/packTypes';
import { SCOPES } from '../../pack/packTypes';
import { DEFAULT_SCOPE_WEIGHTS } from '../../pack/validateContext';
import { basicInflections, inflectionsOf, type InflectionTable } from '../../inflect/inflections';
import { Automaton } from '../automaton';
import type { Surface } from '../compiledPack';
import { spellingVariants } from '../surfaceText';
import { cueText } from '../../text/cueText';
import { withTaiwanSpelling } from '../../text/regionalWords';
import { cueHits } from './cueHits';

/** One way to read an ambiguous name. */
export interface Reading {
  /** Index of the concept it names, or -1: a sense that names no concept of the pack (the match is dropped). */
  concept: number;
  /** For another sense of a concept's name: that concept and the sense's id (the hover names it). */
  otherOf: number;
  otherId: string;
}

/** The readings one name can have. */
export interface Ambiguity {
  readings: Reading[];
  /** The reading that stands without evidence. */
  fallback: number;
  /** The weight of one cue in each scope, in SCOPES order. */
  weights: number[];
}

/** A cue as the cue automaton finds it: a surface whose `concept` is the cue's id (index in `SenseRules.cueTexts`). */
export type CueSurface = Surface;

export interface SenseRules {
  ambiguities: Ambiguity[];
  /** Each cue's text, as the pack wrote it (the hover quotes it). */
  cueTexts: string[];
  /** Per cue: the (ambiguity, reading) pairs it speaks for, flat. */
  speaksFor: number[][];
  /** Per cue: the ambiguities it speaks for, as ambiguityBit()s. */
  cueMasks: Int32Array;
  /**
   * What a cue says inside a longer one that speaks otherwise (采样温度 holds 温度): keyed
   * outer × cueTexts.length + inner, the cue it says instead (its readings less those the longer cue
   * overrules), or -1 for nothing. See nestedCues().
   */
  within: Map<number, number>;
  /**
   * Per cue, the cue it was made from: itself, or for a remainder the cue it is what is left of. On any name
   * a remainder says what its cue says or nothing, so a scope counts the two as one cue.
   */
  baseOf: Int32Array;
  cueAutomaton: Automaton;
  cueSurfaces: CueSurface[];
  /** What each ASCII unit is to the cue pass (cueAsciiKinds), made on the first pass: restoring a pack on activation does not pay for it. */
  asciiKinds?: Int32Array;
}

/** SenseRules as plain JSON, for the compiled built-in pack; the automaton is rebuilt on restore (a few hundred short cues). */
export interface SenseRulesData {
  ambiguities: Ambiguity[];
  cueTexts: string[];
  speaksFor: number[][];
  /** (outer, inner, instead) triples: SenseRules.within, flat. */
  within?: number[];
}

/** A surface of a name that has more than one reading: its text and the index of its ambiguity. */
export interface AmbiguousName {
  text: string;
  ambiguity: number;
}

/** Per alias of the pack: the index of its ambiguity, or -1. Keyed by concept index and alias text. */
export type AmbiguityOf = (concept: number, alias: { text: string; lang: string }) => number;

/**
 * Compiles the pack's senses: the narrower senses (`sense`), each concept's own cues and its other
 * senses (`context`). Returns the rules and, for each alias, the ambiguity its surfaces take.
 */
export function compileSenseRules(
  pack: ConceptPack,
  inflections: InflectionTable,
): { rulesFor: (names: readonly AmbiguousName[]) => SenseRules; ambiguityOf: AmbiguityOf } {
  const concepts = pack.concepts;
  const indexOf = new Map(concepts.map((c, i) => [c.id, i]));
  // A broader concept has at most one narrower sense (the loader keeps the first).
  const narrowerOf = new Map<number, number>();
  concepts.forEach((c, ci) => {
    const broader = c.sense ? indexOf.get(c.sense.of) : undefined;
    if (broader !== undefined && !narrowerOf.has(broader)) narrowerOf.set(broader, ci);
  });
  const b = new RulesBuilder();
  const byKey = new Map<string, number>();
  const ambiguityOf: AmbiguityOf = (ci, alias) => {
    const c = concepts[ci]!;
    const narrowerIndex = narrowerOf.get(ci);
    const narrower = narrowerIndex !== undefined && meansNarrower(c, concepts[narrowerIndex]!, alias) ? narrowerIndex : undefined;
    const others = (c.context?.otherSenses ?? []).filter((o) => o.aliases.some((a) => a.text === alias.text) || (o.partOfSpeech === 'verb' && alias.lang === 'en' && isVerb(inflections, alias.text)));
    if (narrower === undefined && others.length === 0) return -1;
    const key = `${ci}|${narrower ?? ''}|${others.map((o) => o.id).join(',')}`;
    let id = byKey.get(key);
    if (id === undefined) {
      id = b.ambiguity(c, ci, narrower === undefined ? undefined : concepts[narrower]!, narrower ?? -1, others);
      byKey.set(key, id);
    }
    return id;
  };
  // Ambiguities are made as the caller asks for each alias; the rules are made after that, from the
  // names as the automaton will find them (every spelling and inflection of each alias).
  return { rulesFor: (names) => b.rules(names), ambiguityOf };
}

/** Whether a name of the broader concept may mean its narrower sense: its bare name, or one the sense lists. */
function meansNarrower(broader: Concept, narrower: Concept, alias: { text: string; lang: string }): boolean {
  if (alias.text.toLowerCase() === broader.name[alias.lang as 'zh' | 'en']?.toLowerCase()) return true;
  return narrower.sense?.aliases.some((a) => a.text === alias.text) ?? false;
}

/**
 * Whether compromise read the alias as a verb: the inflection table it made conjugates verbs
 * (emerge → emerges, emerged, emerging) and only pluralises nouns.
 */
function isVerb(table: InflectionTable, alias: string): boolean {
  const forms = inflectionsOf(table, alias);
  return forms !== undefined && !/ing$/i.test(alias) && forms.some((f) => /ing$/i.test(f));
}

class RulesBuilder {
  private readonly ambiguities: Ambiguity[] = [];
  private readonly cueIds = new Map<string, number>();
  private readonly cueTexts: string[] = [];
  private readonly speaksFor: number[][] = [];

  ambiguity(c: Concept, ci: number, narrower: Concept | undefined, ni: number, others: NonNullable<Concept['context']>['otherSenses']): number {
    const id = this.ambiguities.length;
    const readings: Reading[] = [{ concept: ci, otherOf: -1, otherId: '' }];
    let fallback = 0;
    this.cues(id, 0, c.context?.cues ?? []);
    if (narrower?.sense) {
      readings.push({ concept: ni, otherOf: -1, otherId: '' });
      this.cues(id, readings.length - 1, narrower.sense.cues);
      this.cues(id, 0, narrower.sense.except);
    }
    for (const o of others) {
      readings.push({ concept: -1, otherOf: ci, otherId: o.id });
      this.cues(id, readings.length - 1, o.cues);
      if (o.byDefault) fallback = readings.length - 1;
    }
    const scopes = c.context?.scopes ?? DEFAULT_SCOPE_WEIGHTS;
    this.ambiguities.push({ readings, fallback, weights: SCOPES.map((s: Scope) => scopes[s]) });
    return id;
  }

  private cues(ambiguity: number, reading: number, cues: readonly { text: string }[]): void {
    for (const cue of cues) {
      const key = cueText(cue.text).trim();
      if (key === '') continue;
      let id = this.cueIds.get(key);
      if (id === undefined) {
        id = this.cueTexts.length;
        this.cueIds.set(key, id);
        this.cueTexts.push(cue.text);
        this.speaksFor.push([]);
      }
      const list = this.speaksFor[id]!;
      // Once per (ambiguity, reading): a cue listed twice weighs once.
      let seen = false;
      for (let k = 0; k < list.length; k += 2) if (list[k] === ambiguity && list[k + 1] === reading) seen = true;
      if (!seen) list.push(ambiguity, reading);
    }
  }

  /**
   * A name is no evidence for its own reading: "涌现" listed as a cue of emergence (or 临界 of the
   * critical point, found inside 临界点) would make every sentence that holds the name speak for that
   * reading, whatever else it says. So a cue that the cue automaton finds inside a name of an
   * ambiguity (in any of its spellings) does not speak for that ambiguity; it still speaks for the
   * others ("patterns emerge" in a text about 涌现).
   */
  rules(names: readonly AmbiguousName[]): SenseRules {
    const rules = restoreSenseRules({ ambiguities: this.ambiguities, cueTexts: this.cueTexts, speaksFor: this.speaksFor });
    const inside = new Set<number>();
    const hits: number[] = [];
    for (const name of names) {
      hits.length = 0;
      cueHits(name.text, 0, name.text.length, rules, hits);
      for (let k = 0; k < hits.length; k += 3) inside.add(hits[k]! * this.ambiguities.length + name.ambiguity);
    }
    const speaksFor =
      inside.size === 0
        ? this.speaksFor
        : this.speaksFor.map((pairs, cue) => {
            const kept: number[] = [];
            for (let k = 0; k < pairs.length; k += 2) if (!inside.has(cue * this.ambiguities.length + pairs[k]!)) kept.push(pairs[k]!, pairs[k + 1]!);
            return kept;
          });
    // nestedCues() only appends (a remainder's cue and what it says): shallow copies will do.
    const cueTexts = [...this.cueTexts];
    const all = [...speaksFor];
    const within = nestedCues(rules, cueTexts, all);
    if (inside.size === 0 && within.length === 0) return rules;
    // The automaton stays: a remainder adds no surface.
    return { ...rules, cueTexts, speaksFor: all, cueMasks: cueMasksOf(all), ...nestedTables(cueTexts.length, within) };
  }
}

/**
 * Where one cue holds another that speaks for another reading of a name it speaks to (采样温度 for
 * information entropy holds 温度 for heat), the longer overrules the shorter there, as a longer name does a
 * shorter: inside it, the shorter cue keeps only its other say. Appends to `cueTexts` and `speaksFor` a
 * cue for each such remainder (no surface finds it; the hover quotes its text), and returns the
 * (outer, inner, instead) triples; instead is -1 where nothing remains. A cue inside one that agrees with
 * it, or that speaks to other names, is left as it is.
 */
function nestedCues(rules: SenseRules, cueTexts: string[], speaksFor: number[][]): number[] {
  const within: number[] = [];
  const remainders = new Map<string, number>();
  const hits: number[] = [];
  const count = cueTexts.length;
  for (let outer = 0; outer < count; outer++) {
    const says = speaksFor[outer]!;
    if (says.length === 0) continue;
    const text = cueText(cueTexts[outer]!).trim();
    hits.length = 0;
    cueHits(text, 0, text.length, rules, hits);
    for (let k = 0; k < hits.length; k += 3) {
      const inner = hits[k]!;
      if (inner === outer || hits[k + 2]! - hits[k + 1]! >= text.length) continue;
      const heard = speaksFor[inner]!;
      const kept: number[] = [];
      for (let m = 0; m < heard.length; m += 2) if (!overruled(says, heard[m]!, heard[m + 1]!)) kept.push(heard[m]!, heard[m + 1]!);
      if (kept.length === heard.length) continue;
      let instead = -1;
      if (kept.length > 0) {
        const key = `${inner}:${kept.join(',')}`;
        instead = remainders.get(key) ?? -1;
        if (instead < 0) {
          instead = cueTexts.length;
          remainders.set(key, instead);
          cueTexts.push(cueTexts[inner]!);
          speaksFor.push(kept);
        }
      }
      within.push(outer, inner, instead);
    }
  }
  return within;
}

/** Whether a cue saying `says` overrules (ambiguity, reading): it speaks to that ambiguity, and not for that reading. */
function overruled(says: readonly number[], ambiguity: number, reading: number): boolean {
  let speaks = false;
  for (let k = 0; k < says.length; k += 2)
    if (says[k] === ambiguity) {
      if (says[k + 1] === reading) return false;
      speaks = true;
    }
  return speaks;
}

export function senseRulesData(r: SenseRules): SenseRulesData {
  const within: number[] = [];
  const n = r.cueTexts.length;
  for (const [key, instead] of r.within) within.push(Math.floor(key / n), key % n, instead);
  return { ambiguities: r.ambiguities, cueTexts: r.cueTexts, speaksFor: r.speaksFor, ...(within.length > 0 ? { within } : {}) };
}

/** The rules with their cue automaton: each cue, its plural and its hyphen/space variants. */
export function restoreSenseRules(data: SenseRulesData): SenseRules {
  const nested = nestedTables(data.cueTexts.length, data.within ?? []);
  const surfaces = new Map<string, CueSurface>();
  data.cueTexts.forEach((raw, id) => {
    // A remainder (nestedCues) is never found: its cue is.
    if (nested.baseOf[id] !== id) return;
    // Folded as cueText() folds the text it is looked for in.
    const base = cueText(raw).trim();
    if (base === '') return;
    const forms = /[A-Za-z]$/.test(base) ? [base, ...basicInflections(base)] : withTaiwanSpelling(base);
    for (const f of forms)
      for (const v of [...spellingVariants(f), ...spacedAtScriptBoundary(f)]) {
        const text = v.toLowerCase();
        if (!surfaces.has(text)) surfaces.set(text, cueSurface(text, id));
      }
  });
  const cueSurfaces = [...surfaces.values()];
  return { ambiguities: data.ambiguities, cueTexts: data.cueTexts, speaksFor: data.speaksFor, ...nested, cueSurfaces, cueMasks: cueMasksOf(data.speaksFor), cueAutomaton: Automaton.build(cueSurfaces) };
}

/** SenseRules.within and baseOf, from nestedCues()'s (outer, inner, instead) triples over `n` cues. */
function nestedTables(n: number, nested: readonly number[]): Pick<SenseRules, 'within' | 'baseOf'> {
  const within = new Map<number, number>();
  const baseOf = Int32Array.from({ length: n }, (_, id) => id);
  for (let k = 0; k < nested.length; k += 3) {
    within.set(nested[k]! * n + nested[k + 1]!, nested[k + 2]!);
    if (nested[k + 2]! >= 0) baseOf[nested[k + 2]!] = nested[k + 1]!;
  }
  return { within, baseOf };
}

/**
 * An ambiguity as a bit of a mask: its own for the first 31, one shared bit past them. A block's mask
 * tells a decision that none of the block's cues speaks for its name, without weighing them.
 */
export function ambiguityBit(ambiguity: number): number {
  return 1 << Math.min(ambiguity, 31);
}

function cueMasksOf(speaksFor: readonly (readonly number[])[]): Int32Array {
  const masks = new Int32Array(speaksFor.length);
  speaksFor.forEach((pairs, id) => {
    for (let k = 0; k < pairs.length; k += 2) masks[id]! |= ambiguityBit(pairs[k]!);
  });
  return masks;
}

function cueSurface(text: string, id: number): CueSurface {
  return { text, exact: text, concept: id, caseSensitive: false, contextual: false, wordStart: isLatinEdge(text.charCodeAt(0)), wordEnd: isLatinEdge(text.charCodeAt(text.length - 1)), ambiguity: -1 };
}

function isLatinEdge(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}


/**
 * A cue that joins Latin and Chinese (kl散度, attention机制) as a writer may also space it (KL 散度):
 * cues are searched in text that keeps such a space (findCues folds only spaces between Chinese characters).
 */
function spacedAtScriptBoundary(cue: string): string[] {
  const spaced = cue.replace(/([A-Za-z0-9])(?=[\u2e80-\u9fff\uf900-\ufaff])|([\u2e80-\u9fff\uf900-\ufaff])(?=[A-Za-z0-9])/g, '$1$2 ');
  return spaced === cue ? [] : [spaced];
}
