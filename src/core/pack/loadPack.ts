// Loads a concept pack from JSON text: reports every problem with its JSON path (and line:column),
// and keeps every concept that is still usable.
//
// The text is untrusted: whatever it holds, parsePack() returns problems rather than throwing. Nesting
// is checked by a linear scan before any parser recurses; sizes have limits (PACK_LIMITS) past which
// the loader reports a problem and keeps what fits; a key from the pack is only ever looked up in a
// Map or among a pack object's own fields, never on Object.prototype.

import { visit, printParseErrorCode, type ParseErrorCode } from 'jsonc-parser';
import { LineIndex } from '../text/lineIndex';
import { foldWidth } from '../text/chars';
import { LANGS, RELATION_KINDS, type AliasSpec, type Lang, type Localized, type RelationKind } from './conceptPack';
import { aliasKey } from './aliasKey';

export interface PackProblem {
  /** JSON path of the offending value, e.g. `$.concepts[3].aliases.en[1]`. */
  path: string;
  message: string;
  /** 1-based, when the pack's text is known. */
  line?: number;
  column?: number;
  /**
   * 'warning': the pack is usable as written, but probably not as meant (an alias of one letter, an
   * invisible character in an alias, an empty alias that is skipped). Absent: an error.
   */
  severity?: 'error' | 'warning';
}

/** True unless the problem is only a warning. */
export function isPackError(p: PackProblem): boolean {
  return p.severity !== 'warning';
}

/**
 * What a pack may hold. Past a limit the loader reports a problem and keeps what fits (the first
 * concepts, in the pack's order); past the text length or the nesting depth, nothing is read.
 */
export const PACK_LIMITS = {
  /** UTF-16 code units of the pack's JSON text (8 MiB; the built-in pack has 38 KB for 28 concepts). */
  maxTextLength: 8 * 1024 * 1024,
  /** Arrays and objects inside one another (a pack needs 6). */
  maxDepth: 64,
  maxConcepts: 5_000,
  maxSections: 1_000,
  /** Code units of one name, alias, exclusion or cue. */
  maxAliasLength: 200,
  /** Code units of all names, aliases, exclusions and cues together: what the automaton is built from. */
  maxTotalAliasLength: 200_000,
  /** Problems listed; the rest are counted in one last problem. */
  maxProblems: 200,
} as const;

export interface Alias {
  text: string;
  lang: Lang;
  caseSensitive: boolean;
  contextual: boolean;
}

export interface Relation {
  kind: RelationKind;
  target: string;
}

export interface Concept {
  id: string;
  name: Localized;
  /** Names first, then the aliases, in the pack's order. */
  aliases: Alias[];
  exclusions: { text: string; lang: Lang }[];
  explanation: Localized;
  section: string | undefined;
  relations: Relation[];
  /** Bare names of the concept `of` mean this concept in a paragraph with one of the cues. */
  sense?: Sense;
}

export interface Sense {
  of: string;
  cues: { text: string; lang: Lang }[];
  /** Words of the broader concept's own field: with one of them, the paragraph speaks of the broader concept. */
  except: { text: string; lang: Lang }[];
}

export interface Section {
  id: string;
  heading: string;
  title: Localized;
}

export interface ConceptPack {
  id: string;
  version: number;
  name: Localized;
  title: Localized;
  sections: Section[];
  concepts: Concept[];
}

export interface LoadedPack {
  /** Undefined only when nothing usable is left (invalid JSON, or not an object). */
  pack: ConceptPack | undefined;
  problems: PackProblem[];
}

type Path = (string | number)[];
type Locate = (path: Path) => { line: number; column: number } | undefined;

/** Keys and strings in messages are cut to this many code units. */
const SHOWN_LENGTH = 60;

function pathText(path: Path): string {
  let out = '$';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) && p.length <= SHOWN_LENGTH ? `.${p}` : `[${JSON.stringify(cut(p))}]`;
  return out;
}

/** Zero-width characters: invisible in an editor, so an alias made of them, or with one inside, is a trap. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/;
const ZERO_WIDTH_ALL = /[\u200b-\u200d\u2060\ufeff]/g;

function cut(text: string): string {
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text;
}

/** A value as a message shows it, without quotes: a string cut short with its invisible characters spelled out, else its kind. */
function show(value: unknown): string {
  if (typeof value === 'string') return cut(value).replace(ZERO_WIDTH_ALL, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object' && value !== null) return '{…}';
  if (typeof value === 'function') return 'a function';
  return String(value);
}

/**
 * Single characters that occur in nearly every sentence: an alias made of one of them matches
 * almost everywhere. Latin letters, and the commonest Chinese function characters (simplified and
 * traditional forms).
 */
const FUNCTION_CHARACTERS = new Set('的了是在和与或也就都而及之其这那有为以于把被对从等與為於這對從'.split(''));

function matchesAlmostEverywhere(text: string): string | undefined {
  const t = text.trim();
  if (t.length !== 1) return undefined;
  const c = foldWidth(t.charCodeAt(0));
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 'a single letter';
  if (FUNCTION_CHARACTERS.has(t)) return 'a single common function character';
  return undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** An own field of a pack object: never one inherited from Object.prototype. */
const own = (o: Record<string, unknown>, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The kind of text a surface check is for: how it is named in messages, and how bad an empty one is. */
interface SurfaceKind {
  /** "alias", "name", "exclusion", "cue". */
  noun: string;
  /** An empty one: an error, or a warning when the text is simply skipped (an alias). */
  empty: 'error' | 'warning';
  /** Warn about a text of one letter or one function character (names and aliases). */
  common: boolean;
}

const ALIAS: SurfaceKind = { noun: 'alias', empty: 'warning', common: true };
const NAME: SurfaceKind = { noun: 'name', empty: 'error', common: true };
const EXCLUSION: SurfaceKind = { noun: 'exclusion', empty: 'error', common: false };
const CUE: SurfaceKind = { noun: 'cue', empty: 'error', common: false };

class Validator {
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
    if (common) this.warn(path, `${kind.noun} "${show(value)}" is ${common}: it matches almost everywhere`);
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
}

/** Code units of the texts a concept would put into the automaton (those short enough to be kept). */
function surfaceUnits(c: Record<string, unknown>): number {
  let n = 0;
  const add = (v: unknown): void => {
    const text = isObject(v) ? own(v, 'text') : v;
    if (typeof text === 'string' && text.length <= PACK_LIMITS.maxAliasLength) n += text.length;
  };
  const lists = (v: unknown): void => {
    if (isObject(v))
      for (const lang of LANGS) {
        const list = own(v, lang);
        if (Array.isArray(list)) for (const x of list) add(x);
      }
  };
  const name = own(c, 'name');
  if (isObject(name)) for (const lang of LANGS) add(own(name, lang));
  lists(own(c, 'aliases'));
  lists(own(c, 'exclusions'));
  const sense = own(c, 'sense');
  if (isObject(sense)) {
    lists(own(sense, 'cues'));
    lists(own(sense, 'except'));
  }
  return n;
}

/**
 * Validates a pack already parsed from JSON (or any plain data: a key is read only as an own field,
 * nothing is walked recursively). Never throws on such a value. `locate` places a problem's path.
 */
export function validatePack(value: unknown, locate: Locate = () => undefined): LoadedPack {
  const v = new Validator(locate);
  const pack = validate(v, value);
  return { pack, problems: v.finish() };
}

function validate(v: Validator, value: unknown): ConceptPack | undefined {
  if (!isObject(value)) {
    v.report([], 'a concept pack must be a JSON object');
    return undefined;
  }
  v.fields(value, [], ['$schema', 'id', 'version', 'name', 'article', 'concepts']);
  let id = 'pack';
  const packId = own(value, 'id');
  if (typeof packId === 'string' && ID.test(packId)) id = packId;
  else v.report(['id'], packId === undefined ? 'the pack id is missing' : 'the pack id must be kebab-case (a-z, 0-9, -)');
  let version = 1;
  const packVersion = own(value, 'version');
  if (packVersion !== undefined) {
    if (typeof packVersion === 'number' && Number.isInteger(packVersion) && packVersion >= 1) version = packVersion;
    else v.report(['version'], 'version must be a positive integer');
  }
  const name = v.localized(own(value, 'name'), ['name'], 'the pack name', false);

  // The article and its sections.
  let title: Localized = {};
  const sections: Section[] = [];
  const sectionIds = new Set<string>();
  const article = own(value, 'article');
  if (!isObject(article)) v.report(['article'], article === undefined ? 'the article is missing' : 'the article must be an object');
  else {
    v.fields(article, ['article'], ['title', 'sections']);
    title = v.localized(own(article, 'title'), ['article', 'title'], 'the article title', true);
    const list = v.array(own(article, 'sections'), ['article', 'sections'], 'sections');
    if (list.length > PACK_LIMITS.maxSections)
      v.report(['article', 'sections', PACK_LIMITS.maxSections], `the article has ${list.length} sections; only the first ${PACK_LIMITS.maxSections} are read`);
    for (let i = 0; i < Math.min(list.length, PACK_LIMITS.maxSections); i++) {
      const s = list[i];
      const path: Path = ['article', 'sections', i];
      if (!isObject(s)) {
        v.report(path, 'a section must be an object');
        continue;
      }
      v.fields(s, path, ['id', 'heading', 'title']);
      const raw = own(s, 'id');
      const sid = typeof raw === 'string' && ID.test(raw) ? raw : undefined;
      if (sid === undefined) {
        v.report([...path, 'id'], raw === undefined ? 'the section id is missing' : 'a section id must be kebab-case');
        continue;
      }
      if (sectionIds.has(sid)) {
        v.report([...path, 'id'], `duplicate section id "${sid}"`);
        continue;
      }
      const heading = v.string(own(s, 'heading'), [...path, 'heading'], 'the section heading');
      if (heading === undefined) continue;
      sectionIds.add(sid);
      sections.push({ id: sid, heading, title: v.localized(own(s, 'title'), [...path, 'title'], 'the section title', false) });
    }
  }

  // Concepts, first pass: shape and ids.
  const rawConcepts = own(value, 'concepts');
  const raw = v.array(rawConcepts, ['concepts'], 'concepts');
  if (rawConcepts === undefined) v.report(['concepts'], 'concepts are missing');
  const concepts: Concept[] = [];
  const relationsAt: { concept: Concept; rel: unknown; path: Path }[] = [];
  const sensesAt: { concept: Concept; sense: Record<string, unknown>; path: Path }[] = [];
  const owner = new Map<string, { concept: Concept; alias: Alias; path: Path }>();
  const ids = new Set<string>();
  /** Ids of concepts skipped for the pack's size limits: relations to them go quietly. */
  const cutOff = new Set<string>();
  let budget: number = PACK_LIMITS.maxTotalAliasLength;
  let count = raw.length;
  if (count > PACK_LIMITS.maxConcepts) {
    v.report(['concepts', PACK_LIMITS.maxConcepts], `the pack has ${count} concepts; only the first ${PACK_LIMITS.maxConcepts} are read`);
    count = PACK_LIMITS.maxConcepts;
  }
  const skipRest = (from: number): void => {
    for (let k = from; k < raw.length; k++) {
      const c = raw[k];
      const cid = isObject(c) ? own(c, 'id') : undefined;
      if (typeof cid === 'string' && !ids.has(cid)) cutOff.add(cid);
    }
  };
  skipRest(count);

  for (let i = 0; i < count; i++) {
    const c = raw[i];
    const path: Path = ['concepts', i];
    if (!isObject(c)) {
      v.report(path, 'a concept must be an object');
      continue;
    }
    v.fields(c, path, ['id', 'name', 'aliases', 'caseSensitive', 'explanation', 'section', 'relations', 'exclusions', 'sense']);
    const cid = own(c, 'id');
    if (typeof cid !== 'string' || !ID.test(cid)) {
      v.report([...path, 'id'], cid === undefined ? 'the concept id is missing; the concept is skipped' : 'a concept id must be kebab-case (a-z, 0-9, -); the concept is skipped');
      continue;
    }
    if (ids.has(cid)) {
      v.report([...path, 'id'], `duplicate concept id "${cid}"; this one is skipped`);
      continue;
    }
    const units = surfaceUnits(c);
    if (units > budget) {
      v.report(
        path,
        `the names, aliases, exclusions and cues of the pack's concepts exceed ${PACK_LIMITS.maxTotalAliasLength} characters in all; this concept and the ${count - i - 1} after it are skipped`,
      );
      skipRest(i);
      break;
    }
    const name = v.localized(own(c, 'name'), [...path, 'name'], 'the concept name', true, NAME);
    if (name.zh === undefined && name.en === undefined) continue;
    budget -= units;
    let caseSensitive = false;
    const cs = own(c, 'caseSensitive');
    if (cs !== undefined) {
      if (typeof cs === 'boolean') caseSensitive = cs;
      else v.report([...path, 'caseSensitive'], 'caseSensitive must be true or false');
    }
    const concept: Concept = {
      id: cid,
      name,
      aliases: [],
      exclusions: [],
      explanation: v.localized(own(c, 'explanation'), [...path, 'explanation'], 'the explanation', true),
      section: undefined,
      relations: [],
    };
    const section = own(c, 'section');
    if (section !== undefined) {
      if (typeof section === 'string' && sectionIds.has(section)) concept.section = section;
      else v.report([...path, 'section'], `section "${show(section)}" does not exist in the article`);
    }

    const claim = (alias: Alias, aliasPath: Path): void => {
      const key = aliasKey(alias.text);
      const prior = owner.get(key);
      if (prior && prior.concept !== concept) {
        v.report(aliasPath, `alias "${show(alias.text)}" is already claimed by concept "${prior.concept.id}" (${pathText(prior.path)})`);
        return;
      }
      if (prior) {
        // The same concept names it twice (a name repeated among the aliases): the alias's options win.
        prior.alias.caseSensitive = alias.caseSensitive;
        prior.alias.contextual = alias.contextual;
        return;
      }
      owner.set(key, { concept, alias, path: aliasPath });
      concept.aliases.push(alias);
    };
    for (const lang of LANGS) {
      const n = name[lang];
      if (n !== undefined) claim({ text: n, lang, caseSensitive, contextual: false }, [...path, 'name', lang]);
    }
    const aliases = own(c, 'aliases');
    if (aliases !== undefined && !isObject(aliases)) v.report([...path, 'aliases'], 'aliases must be an object with "zh" and/or "en" lists');
    else if (isObject(aliases)) {
      v.fields(aliases, [...path, 'aliases'], LANGS);
      for (const lang of LANGS) {
        v.array(own(aliases, lang), [...path, 'aliases', lang], 'aliases').forEach((a, k) => {
          const ap: Path = [...path, 'aliases', lang, k];
          const alias = aliasOf(v, a as AliasSpec, ap, lang, caseSensitive);
          if (alias) claim(alias, ap);
        });
      }
    }
    const exclusions = own(c, 'exclusions');
    if (exclusions !== undefined && !isObject(exclusions)) v.report([...path, 'exclusions'], 'exclusions must be an object with "zh" and/or "en" lists');
    else if (isObject(exclusions)) {
      v.fields(exclusions, [...path, 'exclusions'], LANGS);
      for (const lang of LANGS) {
        v.array(own(exclusions, lang), [...path, 'exclusions', lang], 'exclusions').forEach((e, k) => {
          const text = v.surface(e, [...path, 'exclusions', lang, k], 'an exclusion', EXCLUSION);
          if (text !== undefined) concept.exclusions.push({ text, lang });
        });
      }
    }
    const sense = own(c, 'sense');
    if (sense !== undefined) {
      if (isObject(sense)) sensesAt.push({ concept, sense, path: [...path, 'sense'] });
      else v.report([...path, 'sense'], 'sense must be an object with "of" and "cues"');
    }
    ids.add(cid);
    v.array(own(c, 'relations'), [...path, 'relations'], 'relations').forEach((rel, k) => relationsAt.push({ concept, rel, path: [...path, 'relations', k] }));
    concepts.push(concept);
  }

  // Second pass: relations, now that every id is known.
  const relationKeys = new Set<string>();
  for (const { concept, rel, path } of relationsAt) {
    if (!isObject(rel)) {
      v.report(path, 'a relation must be an object with "kind" and "target"');
      continue;
    }
    v.fields(rel, path, ['kind', 'target']);
    const kind = own(rel, 'kind');
    const target = own(rel, 'target');
    if (!RELATION_KINDS.includes(kind as RelationKind)) {
      v.report([...path, 'kind'], `unknown relation kind "${show(kind)}"; expected one of ${RELATION_KINDS.join(', ')}`);
      continue;
    }
    if (typeof target === 'string' && cutOff.has(target)) continue;
    if (typeof target !== 'string' || !ids.has(target)) {
      v.report([...path, 'target'], `relation to unknown concept "${show(target)}"`);
      continue;
    }
    if (target === concept.id) {
      v.report([...path, 'target'], 'a concept cannot relate to itself');
      continue;
    }
    const key = `${concept.id}\u0000${kind as string}\u0000${target}`;
    if (relationKeys.has(key)) {
      v.warn(path, `the relation ${kind as string} "${target}" is listed twice; this one is ignored`);
      continue;
    }
    relationKeys.add(key);
    concept.relations.push({ kind: kind as RelationKind, target });
  }

  // Senses, also once every id is known. A broader concept has at most one narrower sense.
  const senseOwner = new Map<string, Path>();
  for (const { concept, sense, path } of sensesAt) {
    v.fields(sense, path, ['of', 'cues', 'except']);
    const of = own(sense, 'of');
    if (typeof of === 'string' && cutOff.has(of)) continue;
    if (typeof of !== 'string' || !ids.has(of)) {
      v.report([...path, 'of'], of === undefined ? 'the sense needs "of", the broader concept' : `sense of unknown concept "${show(of)}"`);
      continue;
    }
    if (of === concept.id) {
      v.report([...path, 'of'], 'a concept cannot be a sense of itself');
      continue;
    }
    const words = (field: 'cues' | 'except'): { text: string; lang: Lang }[] => {
      const out: { text: string; lang: Lang }[] = [];
      const value = own(sense, field);
      if (value === undefined) return out;
      if (!isObject(value)) {
        v.report([...path, field], `${field} must be an object with "zh" and/or "en" lists`);
        return out;
      }
      v.fields(value, [...path, field], LANGS);
      for (const lang of LANGS)
        v.array(own(value, lang), [...path, field, lang], field).forEach((e, k) => {
          const text = v.surface(e, [...path, field, lang, k], 'a cue', CUE);
          if (text !== undefined) out.push({ text, lang });
        });
      return out;
    };
    const cues = words('cues');
    const except = words('except');
    if (cues.length === 0) {
      v.report([...path, 'cues'], own(sense, 'cues') === undefined ? 'the sense needs cues' : 'the sense needs at least one cue');
      continue;
    }
    const prior = senseOwner.get(of);
    if (prior) {
      v.report([...path, 'of'], `"${of}" already has a narrower sense (${pathText(prior)}); this one is ignored`);
      continue;
    }
    senseOwner.set(of, path);
    concept.sense = { of, cues, except };
  }

  return { id, version, name, title, sections, concepts };
}

function aliasOf(v: Validator, a: AliasSpec, path: Path, lang: Lang, caseSensitive: boolean): Alias | undefined {
  if (typeof a === 'string') {
    const text = v.surface(a, path, 'an alias', ALIAS);
    return text === undefined ? undefined : { text, lang, caseSensitive, contextual: false };
  }
  if (!isObject(a)) {
    v.report(path, 'an alias must be a string or an object with "text"');
    return undefined;
  }
  v.fields(a, path, ['text', 'caseSensitive', 'contextual']);
  const text = v.surface(own(a, 'text'), [...path, 'text'], 'an alias', ALIAS);
  if (text === undefined) return undefined;
  const flags = { caseSensitive: own(a, 'caseSensitive'), contextual: own(a, 'contextual') };
  for (const flag of ['caseSensitive', 'contextual'] as const)
    if (flags[flag] !== undefined && typeof flags[flag] !== 'boolean') v.report([...path, flag], `${flag} must be true or false`);
  return {
    text,
    lang,
    caseSensitive: typeof flags.caseSensitive === 'boolean' ? flags.caseSensitive : caseSensitive,
    contextual: flags.contextual === true,
  };
}

/**
 * Where nesting first goes deeper than `max` arrays and objects, or -1. A linear scan that skips
 * strings and comments as jsonc-parser's scanner does, and closes a level only on its own bracket (as
 * the parser does), so the parser never recurses deeper than this finds.
 */
export function nestingBeyond(text: string, max: number): number {
  const open: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string ends at its quote, or (unterminated) before a line break.
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
        else if (d === 10 || d === 13) {
          i--;
          break;
        }
      }
    } else if (c === 0x7b || c === 0x5b) {
      if (open.length >= max) return i;
      open.push(c + 2); // } is { + 2, ] is [ + 2
    } else if (c === 0x7d || c === 0x5d) {
      if (open.length > 0 && open[open.length - 1] === c) open.pop();
    } else if (c === 0x2f) {
      const d = text.charCodeAt(i + 1);
      if (d === 0x2f) {
        while (i + 1 < n && text.charCodeAt(i + 1) !== 10 && text.charCodeAt(i + 1) !== 13) i++;
      } else if (d === 0x2a) {
        const end = text.indexOf('*/', i + 2);
        i = end < 0 ? n : end + 1;
      }
    }
  }
  return -1;
}

/**
 * The offsets of the values at `paths` (for a value that is an object's field, of its key), or of
 * the deepest value on the way that exists, in one pass over valid JSON. Only the branches that lead
 * to a wanted path are followed; nothing is built for the rest.
 */
function locateAll(text: string, paths: readonly Path[]): (path: Path) => number | undefined {
  const segment = (p: string | number): string => (typeof p === 'number' ? `[${p}]` : JSON.stringify(p));
  const wanted = new Set<string>();
  for (const path of paths) {
    let key = '';
    wanted.add(key);
    for (const p of path) wanted.add((key += segment(p)));
  }
  const valueAt = new Map<string, number>();
  const keyAt = new Map<string, number>();
  // One frame per open array or object (its key is unused on a branch that leads nowhere wanted).
  const frames: { key: string; array: boolean; index: number; property: string; propertyAt: number }[] = [];
  /** A value begins: its key if it is wanted, else undefined. */
  const begin = (offset: number): string | undefined => {
    let key = '';
    const top = frames[frames.length - 1];
    if (top) {
      key = top.key + (top.array ? segment(top.index++) : segment(top.property));
      if (!wanted.has(key)) return undefined;
      if (!top.array && !keyAt.has(key)) keyAt.set(key, top.propertyAt);
    }
    if (!valueAt.has(key)) valueAt.set(key, offset);
    return key;
  };
  const open = (array: boolean) => (offset: number): boolean => {
    const key = begin(offset);
    // An unwanted branch: jsonc-parser skips its insides, and calls only its end (which pops this frame).
    frames.push({ key: key ?? '', array, index: 0, property: '', propertyAt: 0 });
    return key !== undefined;
  };
  visit(
    text,
    {
      onObjectBegin: open(false),
      onArrayBegin: open(true),
      onObjectEnd: () => void frames.pop(),
      onArrayEnd: () => void frames.pop(),
      onObjectProperty: (property, offset) => {
        const top = frames[frames.length - 1]!;
        top.property = property;
        top.propertyAt = offset;
      },
      onLiteralValue: (_value, offset) => void begin(offset),
    },
    { allowTrailingComma: false, disallowComments: true },
  );
  return (path) => {
    const keys = [''];
    for (const p of path) keys.push(keys[keys.length - 1]! + segment(p));
    const full = keys[keys.length - 1]!;
    if (path.length > 0 && keyAt.has(full)) return keyAt.get(full);
    for (let n = keys.length - 1; n >= 0; n--) {
      const at = valueAt.get(keys[n]!);
      if (at !== undefined) return at;
    }
    return undefined;
  };
}

/** Parses and validates a pack's JSON text. Problems carry 1-based line:column. Never throws. */
export function parsePack(text: string): LoadedPack {
  const lines = (): LineIndex => (lineIndex ??= new LineIndex(text));
  let lineIndex: LineIndex | undefined;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = text.length - body.length;
  const at = (offset: number): { line: number; column: number } => {
    const p = lines().positionAt(Math.min(offset + shift, text.length));
    return { line: p.line + 1, column: p.character + 1 };
  };
  const fail = (message: string, offset = 0): LoadedPack => ({ pack: undefined, problems: [{ path: '$', message, ...at(offset) }] });

  if (text.length > PACK_LIMITS.maxTextLength)
    return { pack: undefined, problems: [{ path: '$', message: `the pack is ${text.length} characters long; a pack may have at most ${PACK_LIMITS.maxTextLength}`, line: 1, column: 1 }] };
  // Before any parser runs: jsonc-parser recurses once per level, and would overflow the stack.
  const deep = nestingBeyond(body, PACK_LIMITS.maxDepth);
  if (deep >= 0) return fail(`the pack is nested deeper than ${PACK_LIMITS.maxDepth} levels of arrays and objects (a pack needs 6)`, deep);

  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    // Invalid JSON: jsonc-parser says where and why.
    const errors: { error: ParseErrorCode; offset: number }[] = [];
    let more = 0;
    visit(
      body,
      { onError: (error, offset) => void (errors.length < PACK_LIMITS.maxProblems ? errors.push({ error, offset }) : more++) },
      { allowTrailingComma: false, disallowComments: true },
    );
    const problems: PackProblem[] = errors.map((x) => ({ path: '$', message: `invalid JSON: ${printParseErrorCode(x.error)}`, ...at(x.offset) }));
    if (more > 0) problems.push({ path: '$', message: `${more} more JSON errors are not listed`, ...at(errors[errors.length - 1]!.offset) });
    if (problems.length > 0) return { pack: undefined, problems };
    if (body.trim() === '') return fail('invalid JSON: the file is empty');
    // jsonc-parser accepts a few things JSON does not (such as a no-break space between tokens).
    const message = e instanceof Error ? e.message : String(e);
    const position = /position (\d+)/.exec(message);
    return fail(`invalid JSON: ${message}`, position ? Number(position[1]) : 0);
  }

  const v = new Validator(() => undefined);
  const pack = validate(v, value);
  const problems = v.finish();
  if (problems.length > 0) {
    const locate = locateAll(body, v.paths);
    return {
      pack,
      problems: problems.map((p, k) => {
        const offset = locate(v.paths[k]!);
        const { severity, ...rest } = p;
        return { ...rest, ...(offset === undefined ? {} : at(offset)), ...(severity ? { severity } : {}) };
      }),
    };
  }
  return { pack, problems };
}

/** Formats a problem for a terminal or a diagnostic list: `file:line:col: [warning: ]path: message`. */
export function formatProblem(p: PackProblem, file?: string): string {
  const where = [file, p.line, p.column].filter((x) => x !== undefined).join(':');
  return `${where ? where + ': ' : ''}${p.severity === 'warning' ? 'warning: ' : ''}${p.path}: ${p.message}`;
}
