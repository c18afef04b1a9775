// The checks every part of a pack shares: reporting a problem at a JSON path (up to the limit), and
// reading a field, a string, a localized text, an array or a surface (a text the automaton matches).
// A key from the pack is only ever looked up among a pack object's own fields, never on Object.prototype.

import { foldWidth } from '../text/chars';
import { LANGS, type Lang, type Localized } from './conceptPack';
import { PACK_LIMITS } from './packLimits';
import type { CommonWhy, PackMessage, PackNoun, Subject, SurfaceNoun } from './packMessages';
import { pathText, problemOf, show, ZERO_WIDTH, ZERO_WIDTH_ALL, type Locate, type PackProblem, type Path } from './packProblem';

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** An own field of a pack object: never one inherited from Object.prototype. */
export const own = (o: Record<string, unknown>, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);
export const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Single characters that occur in nearly every sentence: an alias made of one of them matches
 * almost everywhere. Latin letters, and the commonest Chinese function characters (simplified and
 * traditional forms).
 */
const FUNCTION_CHARACTERS = new Set('的了是在和与或也就都而及之其这那有为以于把被对从等與為於這對從'.split(''));

/** A letter or a digit of any script: a text without one is punctuation or symbols. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Why a name or alias would match almost everywhere, or undefined. */
function matchesAlmostEverywhere(text: string): CommonWhy | undefined {
  const t = text.trim();
  // Empty and invisible texts are reported before this is asked.
  if (!WORD_CHARACTER.test(t)) return 'noWordCharacter';
  if (t.length !== 1) return undefined;
  const c = foldWidth(t.charCodeAt(0));
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 'singleLetter';
  if (FUNCTION_CHARACTERS.has(t)) return 'functionCharacter';
  return undefined;
}

/** The kind of text a surface check is for: how it is named in messages, and how bad an empty one is. */
export interface SurfaceKind {
  /** How a warning about its text names it: "alias", "name", "exclusion", "cue". */
  noun: SurfaceNoun;
  /** An empty one: an error, or a warning when the text is simply skipped (an alias). */
  empty: 'error' | 'warning';
  /** Warn about a text of one letter or one function character (names and aliases). */
  common: boolean;
}

export const ALIAS: SurfaceKind = { noun: 'alias', empty: 'warning', common: true };
export const NAME: SurfaceKind = { noun: 'name', empty: 'error', common: true };
export const EXCLUSION: SurfaceKind = { noun: 'exclusion', empty: 'error', common: false };
export const CUE: SurfaceKind = { noun: 'cue', empty: 'error', common: false };

export class Validator {
  readonly problems: PackProblem[] = [];
  /** The JSON path of each problem, to locate it in the text afterwards. */
  readonly paths: Path[] = [];
  private hidden = 0;
  private hiddenErrors = 0;
  constructor(private readonly locate: Locate) {}

  report(path: Path, message: PackMessage, severity?: 'warning'): void {
    if (this.problems.length >= PACK_LIMITS.maxProblems) {
      this.hidden++;
      if (severity !== 'warning') this.hiddenErrors++;
      return;
    }
    const at = this.locate(path);
    this.problems.push({ ...problemOf(pathText(path), message), ...(at ?? {}), ...(severity ? { severity } : {}) });
    this.paths.push(path);
  }

  warn(path: Path, message: PackMessage): void {
    this.report(path, message, 'warning');
  }

  /** The problems, with one more that counts those past the limit. */
  finish(): PackProblem[] {
    if (this.hidden > 0) {
      const more = problemOf('$', { id: 'moreProblems', count: this.hidden, shown: PACK_LIMITS.maxProblems });
      this.problems.push({ ...more, ...(this.hiddenErrors === 0 ? { severity: 'warning' as const } : {}) });
      this.paths.push([]);
      this.hidden = this.hiddenErrors = 0;
    }
    return this.problems;
  }

  fields(value: Record<string, unknown>, path: Path, known: readonly string[]): void {
    for (const key of Object.keys(value)) if (!known.includes(key)) this.report([...path, key], { id: 'unknownField', key: show(key) });
  }

  string(value: unknown, path: Path, what: Subject): string | undefined {
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.report(path, { id: typeof value === 'string' ? 'empty' : 'notString', what });
    return undefined;
  }

  /**
   * A text that becomes a surface of the automaton (or a cue): not too long, not only invisible
   * characters. Warns about one that would match almost everywhere or only where an invisible
   * character is. Undefined: the text is not used.
   */
  surface(value: unknown, path: Path, what: Subject, kind: SurfaceKind): string | undefined {
    if (typeof value !== 'string') {
      this.report(path, { id: 'notString', what });
      return undefined;
    }
    const blank = value.trim() === '';
    if (blank || value.replace(ZERO_WIDTH_ALL, '').trim() === '') {
      const id = blank ? 'empty' : 'onlyInvisible';
      if (kind.empty === 'warning') this.warn(path, { id, what, skipped: true });
      else this.report(path, { id, what });
      return undefined;
    }
    if (value.length > PACK_LIMITS.maxAliasLength) {
      this.report(path, { id: 'tooLong', what, max: PACK_LIMITS.maxAliasLength, length: value.length });
      return undefined;
    }
    if (!this.backtickFits(value, path, kind)) return undefined;
    const zw = ZERO_WIDTH.exec(value);
    if (zw) this.warn(path, { id: 'zeroWidth', kind: kind.noun, value: show(value), code: zw[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') });
    const why = kind.common ? matchesAlmostEverywhere(value) : undefined;
    if (why) this.warn(path, { id: 'common', kind: kind.noun, value: show(value), why });
    return value;
  }

  /**
   * A backtick stands for a code span (the scanner feeds one for each): an exclusion may open with one
   * (`语言 after `XML`); a name, alias or cue holding one would match across code, so it is skipped.
   */
  private backtickFits(value: string, path: Path, kind: SurfaceKind): boolean {
    const text = value.trimStart();
    if (!text.includes('`')) return true;
    if (kind.noun === 'exclusion') {
      if (text.indexOf('`', 1) > 0) this.warn(path, { id: 'backtickNotFirst', value: show(value) });
      return true;
    }
    const problem = { id: 'backtick', kind: kind.noun, value: show(value) } as const;
    if (kind.noun === 'name') this.report(path, problem);
    else this.warn(path, problem);
    return false;
  }

  localized(value: unknown, path: Path, noun: PackNoun, required: boolean, kind?: SurfaceKind): Localized {
    const out: Localized = {};
    const what: Subject = { noun };
    if (value === undefined) {
      if (required) this.report(path, { id: 'missing', what });
      return out;
    }
    if (!isObject(value)) {
      this.report(path, { id: 'notLocalized', what });
      return out;
    }
    this.fields(value, path, LANGS);
    for (const lang of LANGS) {
      const text = own(value, lang);
      if (text === undefined) continue;
      const s = kind ? this.surface(text, [...path, lang], { noun, lang }, kind) : this.string(text, [...path, lang], { noun, lang });
      if (s !== undefined) out[lang] = s;
    }
    if (required && out.zh === undefined && out.en === undefined) this.report(path, { id: 'needsLang', what });
    return out;
  }

  /** `field`: the key of the list, as the message names it. */
  array(value: unknown, path: Path, field: string): unknown[] {
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    this.report(path, { id: 'notArray', field });
    return [];
  }

  /**
   * Each item of `owner[field]`, a list per language (`{ "zh": [...], "en": [...] }`), zh first, with
   * the item's path. Reports a field that is not such an object, or a list that is not an array.
   */
  listsByLang(owner: Record<string, unknown>, path: Path, field: string, each: (item: unknown, lang: Lang, itemPath: Path) => void): void {
    const value = own(owner, field);
    if (value === undefined) return;
    const at: Path = [...path, field];
    if (!isObject(value)) {
      this.report(at, { id: 'notLists', field });
      return;
    }
    this.fields(value, at, LANGS);
    for (const lang of LANGS) this.array(own(value, lang), [...at, lang], field).forEach((item, k) => each(item, lang, [...at, lang, k]));
  }
}
