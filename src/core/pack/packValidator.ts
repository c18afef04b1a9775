// The checks every part of a pack shares: reporting a problem at a JSON path (up to the limit), and
// reading a field, a string, a localized text, an array or a surface (a text the automaton matches).
// A key from the pack is only ever looked up among a pack object's own fields, never on Object.prototype.

import { foldWidth } from '../text/chars';
import { LANGS, type Lang, type Localized } from './conceptPack';
import { PACK_LIMITS } from './packLimits';
import { pathText, show, ZERO_WIDTH, ZERO_WIDTH_ALL, type Locate, type PackProblem, type Path } from './packProblem';

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

/** Why a name or alias would match almost everywhere (the rest of the warning), or undefined. */
function matchesAlmostEverywhere(text: string): string | undefined {
  const t = text.trim();
  // Empty and invisible texts are reported before this is asked.
  if (!WORD_CHARACTER.test(t)) return 'has no letter or digit: it matches that punctuation wherever it stands';
  if (t.length !== 1) return undefined;
  const c = foldWidth(t.charCodeAt(0));
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 'is a single letter: it matches almost everywhere';
  if (FUNCTION_CHARACTERS.has(t)) return 'is a single common function character: it matches almost everywhere';
  return undefined;
}

/** The kind of text a surface check is for: how it is named in messages, and how bad an empty one is. */
export interface SurfaceKind {
  /** "alias", "name", "exclusion", "cue". */
  noun: string;
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

  report(path: Path, message: string, severity?: 'warning'): void {
    if (this.problems.length >= PACK_LIMITS.maxProblems) {
      this.hidden++;
      if (severity !== 'warning') this.hiddenErrors++;
      return;
    }
    const at = this.locate(path);
    this.problems.push({ path: pathText(path), message, ...(at ?? {}), ...(severity ? { severity } : {}) });
    this.paths.push(path);
  }

  warn(path: Path, message: string): void {
    this.report(path, message, 'warning');
  }

  /** The problems, with one more that counts those past the limit. */
  finish(): PackProblem[] {
    if (this.hidden > 0) {
      this.problems.push({ path: '$', message: `${this.hidden} more problems are not listed (the first ${PACK_LIMITS.maxProblems} are)`, ...(this.hiddenErrors === 0 ? { severity: 'warning' as const } : {}) });
      this.paths.push([]);
      this.hidden = this.hiddenErrors = 0;
    }
    return this.problems;
  }

  fields(value: Record<string, unknown>, path: Path, known: readonly string[]): void {
    for (const key of Object.keys(value)) if (!known.includes(key)) this.report([...path, key], `unknown field "${show(key)}"`);
  }

  string(value: unknown, path: Path, what: string): string | undefined {
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.report(path, value === '' || (typeof value === 'string' && value.trim() === '') ? `${what} is empty` : `${what} must be a string`);
    return undefined;
  }

  /**
   * A text that becomes a surface of the automaton (or a cue): not too long, not only invisible
   * characters. Warns about one that would match almost everywhere or only where an invisible
   * character is. Undefined: the text is not used.
   */
  surface(value: unknown, path: Path, what: string, kind: SurfaceKind): string | undefined {
    if (typeof value !== 'string') {
      this.report(path, `${what} must be a string`);
      return undefined;
    }
    const blank = value.trim() === '';
    if (blank || value.replace(ZERO_WIDTH_ALL, '').trim() === '') {
      const message = blank ? `${what} is empty` : `${what} has only invisible zero-width characters`;
      if (kind.empty === 'warning') this.warn(path, `${message}; it is skipped`);
      else this.report(path, message);
      return undefined;
    }
    if (value.length > PACK_LIMITS.maxAliasLength) {
      this.report(path, `${what} is longer than ${PACK_LIMITS.maxAliasLength} characters (${value.length}); it is skipped`);
      return undefined;
    }
    const zw = ZERO_WIDTH.exec(value);
    if (zw)
      this.warn(path, `${kind.noun} "${show(value)}" contains an invisible zero-width character (U+${zw[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}); it matches only text with the same invisible character`);
    const common = kind.common ? matchesAlmostEverywhere(value) : undefined;
    if (common) this.warn(path, `${kind.noun} "${show(value)}" ${common}`);
    return value;
  }

  localized(value: unknown, path: Path, what: string, required: boolean, kind?: SurfaceKind): Localized {
    const out: Localized = {};
    if (value === undefined) {
      if (required) this.report(path, `${what} is missing`);
      return out;
    }
    if (!isObject(value)) {
      this.report(path, `${what} must be an object with "zh" and/or "en"`);
      return out;
    }
    this.fields(value, path, LANGS);
    for (const lang of LANGS) {
      const text = own(value, lang);
      if (text === undefined) continue;
      const s = kind ? this.surface(text, [...path, lang], `${what} (${lang})`, kind) : this.string(text, [...path, lang], `${what} (${lang})`);
      if (s !== undefined) out[lang] = s;
    }
    if (required && out.zh === undefined && out.en === undefined) this.report(path, `${what} needs "zh" or "en"`);
    return out;
  }

  array(value: unknown, path: Path, what: string): unknown[] {
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    this.report(path, `${what} must be an array`);
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
      this.report(at, `${field} must be an object with "zh" and/or "en" lists`);
      return;
    }
    this.fields(value, at, LANGS);
    for (const lang of LANGS) this.array(own(value, lang), [...at, lang], field).forEach((item, k) => each(item, lang, [...at, lang, k]));
  }
}
