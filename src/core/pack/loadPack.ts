// Loads a concept pack from JSON text: reports every problem with its JSON path (and line:column),
// and keeps every concept that is still usable.

import { parseTree, findNodeAtLocation, printParseErrorCode, type ParseError, type Node } from 'jsonc-parser';
import { LineIndex } from '../text/lineIndex';
import { LANGS, RELATION_KINDS, type AliasSpec, type Lang, type Localized, type RelationKind } from './conceptPack';
import { aliasKey } from './aliasKey';

export interface PackProblem {
  /** JSON path of the offending value, e.g. `$.concepts[3].aliases.en[1]`. */
  path: string;
  message: string;
  /** 1-based, when the pack's text is known. */
  line?: number;
  column?: number;
}

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

function pathText(path: Path): string {
  let out = '$';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`;
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

class Validator {
  readonly problems: PackProblem[] = [];
  constructor(private readonly locate: (path: Path) => { line: number; column: number } | undefined) {}

  report(path: Path, message: string): void {
    const at = this.locate(path);
    this.problems.push({ path: pathText(path), message, ...(at ?? {}) });
  }

  fields(value: Record<string, unknown>, path: Path, known: readonly string[]): void {
    for (const key of Object.keys(value)) if (!known.includes(key)) this.report([...path, key], `unknown field "${key}"`);
  }

  string(value: unknown, path: Path, what: string): string | undefined {
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.report(path, value === '' || (typeof value === 'string' && value.trim() === '') ? `${what} is empty` : `${what} must be a string`);
    return undefined;
  }

  localized(value: unknown, path: Path, what: string, required: boolean): Localized {
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
      if (value[lang] === undefined) continue;
      const s = this.string(value[lang], [...path, lang], `${what} (${lang})`);
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

export function validatePack(value: unknown, locate: (path: Path) => { line: number; column: number } | undefined = () => undefined): LoadedPack {
  const v = new Validator(locate);
  if (!isObject(value)) {
    v.report([], 'a concept pack must be a JSON object');
    return { pack: undefined, problems: v.problems };
  }
  v.fields(value, [], ['$schema', 'id', 'version', 'name', 'article', 'concepts']);
  let id = 'pack';
  if (typeof value.id === 'string' && ID.test(value.id)) id = value.id;
  else v.report(['id'], value.id === undefined ? 'the pack id is missing' : 'the pack id must be kebab-case (a-z, 0-9, -)');
  let version = 1;
  if (value.version !== undefined) {
    if (typeof value.version === 'number' && Number.isInteger(value.version) && value.version >= 1) version = value.version;
    else v.report(['version'], 'version must be a positive integer');
  }
  const name = v.localized(value.name, ['name'], 'the pack name', false);

  // The article and its sections.
  let title: Localized = {};
  const sections: Section[] = [];
  if (!isObject(value.article)) v.report(['article'], value.article === undefined ? 'the article is missing' : 'the article must be an object');
  else {
    const art = value.article;
    v.fields(art, ['article'], ['title', 'sections']);
    title = v.localized(art.title, ['article', 'title'], 'the article title', true);
    v.array(art.sections, ['article', 'sections'], 'sections').forEach((s, i) => {
      const path: Path = ['article', 'sections', i];
      if (!isObject(s)) return v.report(path, 'a section must be an object');
      v.fields(s, path, ['id', 'heading', 'title']);
      const sid = typeof s.id === 'string' && ID.test(s.id) ? s.id : undefined;
      if (sid === undefined) return v.report([...path, 'id'], s.id === undefined ? 'the section id is missing' : 'a section id must be kebab-case');
      if (sections.some((x) => x.id === sid)) return v.report([...path, 'id'], `duplicate section id "${sid}"`);
      const heading = v.string(s.heading, [...path, 'heading'], 'the section heading');
      if (heading === undefined) return;
      sections.push({ id: sid, heading, title: v.localized(s.title, [...path, 'title'], 'the section title', false) });
    });
  }

  // Concepts, first pass: shape and ids.
  const raw = v.array(value.concepts, ['concepts'], 'concepts');
  if (value.concepts === undefined) v.report(['concepts'], 'concepts are missing');
  const concepts: Concept[] = [];
  const relationsAt: { concept: Concept; rel: unknown; path: Path }[] = [];
  const sensesAt: { concept: Concept; sense: Record<string, unknown>; path: Path }[] = [];
  const owner = new Map<string, { concept: Concept; path: Path }>();
  const ids = new Set<string>();

  raw.forEach((c, i) => {
    const path: Path = ['concepts', i];
    if (!isObject(c)) return v.report(path, 'a concept must be an object');
    v.fields(c, path, ['id', 'name', 'aliases', 'caseSensitive', 'explanation', 'section', 'relations', 'exclusions', 'sense']);
    if (typeof c.id !== 'string' || !ID.test(c.id))
      return v.report([...path, 'id'], c.id === undefined ? 'the concept id is missing; the concept is skipped' : 'a concept id must be kebab-case (a-z, 0-9, -); the concept is skipped');
    const cid = c.id;
    if (ids.has(cid)) return v.report([...path, 'id'], `duplicate concept id "${cid}"; this one is skipped`);
    const name = v.localized(c.name, [...path, 'name'], 'the concept name', true);
    if (name.zh === undefined && name.en === undefined) return;
    let caseSensitive = false;
    if (c.caseSensitive !== undefined) {
      if (typeof c.caseSensitive === 'boolean') caseSensitive = c.caseSensitive;
      else v.report([...path, 'caseSensitive'], 'caseSensitive must be true or false');
    }
    const concept: Concept = {
      id: cid,
      name,
      aliases: [],
      exclusions: [],
      explanation: v.localized(c.explanation, [...path, 'explanation'], 'the explanation', true),
      section: undefined,
      relations: [],
    };
    if (c.section !== undefined) {
      if (typeof c.section === 'string' && sections.some((s) => s.id === c.section)) concept.section = c.section;
      else v.report([...path, 'section'], `section "${String(c.section)}" does not exist in the article`);
    }

    const claim = (alias: Alias, aliasPath: Path): void => {
      const key = aliasKey(alias.text);
      const prior = owner.get(key);
      if (prior && prior.concept !== concept) {
        v.report(aliasPath, `alias "${alias.text}" is already claimed by concept "${prior.concept.id}" (${pathText(prior.path)})`);
        return;
      }
      if (prior) {
        // The same concept names it twice (a name repeated among the aliases): the alias's options win.
        const same = concept.aliases.find((x) => aliasKey(x.text) === key);
        if (same) Object.assign(same, { caseSensitive: alias.caseSensitive, contextual: alias.contextual });
        return;
      }
      owner.set(key, { concept, path: aliasPath });
      concept.aliases.push(alias);
    };
    for (const lang of LANGS) {
      const n = name[lang];
      if (n !== undefined) claim({ text: n, lang, caseSensitive, contextual: false }, [...path, 'name', lang]);
    }
    if (c.aliases !== undefined && !isObject(c.aliases)) v.report([...path, 'aliases'], 'aliases must be an object with "zh" and/or "en" lists');
    else if (isObject(c.aliases)) {
      v.fields(c.aliases, [...path, 'aliases'], LANGS);
      for (const lang of LANGS) {
        v.array(c.aliases[lang], [...path, 'aliases', lang], 'aliases').forEach((a, k) => {
          const ap: Path = [...path, 'aliases', lang, k];
          const alias = aliasOf(v, a as AliasSpec, ap, lang, caseSensitive);
          if (alias) claim(alias, ap);
        });
      }
    }
    if (c.exclusions !== undefined && !isObject(c.exclusions)) v.report([...path, 'exclusions'], 'exclusions must be an object with "zh" and/or "en" lists');
    else if (isObject(c.exclusions)) {
      v.fields(c.exclusions, [...path, 'exclusions'], LANGS);
      for (const lang of LANGS) {
        v.array(c.exclusions[lang], [...path, 'exclusions', lang], 'exclusions').forEach((e, k) => {
          const text = v.string(e, [...path, 'exclusions', lang, k], 'an exclusion');
          if (text !== undefined) concept.exclusions.push({ text, lang });
        });
      }
    }
    if (c.sense !== undefined) {
      if (isObject(c.sense)) sensesAt.push({ concept, sense: c.sense, path: [...path, 'sense'] });
      else v.report([...path, 'sense'], 'sense must be an object with "of" and "cues"');
    }
    ids.add(cid);
    v.array(c.relations, [...path, 'relations'], 'relations').forEach((rel, k) => relationsAt.push({ concept, rel, path: [...path, 'relations', k] }));
    concepts.push(concept);
  });

  // Second pass: relations, now that every id is known.
  for (const { concept, rel, path } of relationsAt) {
    if (!isObject(rel)) {
      v.report(path, 'a relation must be an object with "kind" and "target"');
      continue;
    }
    v.fields(rel, path, ['kind', 'target']);
    if (!RELATION_KINDS.includes(rel.kind as RelationKind)) {
      v.report([...path, 'kind'], `unknown relation kind "${String(rel.kind)}"; expected one of ${RELATION_KINDS.join(', ')}`);
      continue;
    }
    if (typeof rel.target !== 'string' || !ids.has(rel.target)) {
      v.report([...path, 'target'], `relation to unknown concept "${String(rel.target)}"`);
      continue;
    }
    if (rel.target === concept.id) {
      v.report([...path, 'target'], 'a concept cannot relate to itself');
      continue;
    }
    concept.relations.push({ kind: rel.kind as RelationKind, target: rel.target });
  }

  // Senses, also once every id is known. A broader concept has at most one narrower sense.
  const senseOwner = new Map<string, Path>();
  for (const { concept, sense, path } of sensesAt) {
    v.fields(sense, path, ['of', 'cues', 'except']);
    if (typeof sense.of !== 'string' || !ids.has(sense.of)) {
      v.report([...path, 'of'], sense.of === undefined ? 'the sense needs "of", the broader concept' : `sense of unknown concept "${String(sense.of)}"`);
      continue;
    }
    if (sense.of === concept.id) {
      v.report([...path, 'of'], 'a concept cannot be a sense of itself');
      continue;
    }
    const words = (field: 'cues' | 'except'): { text: string; lang: Lang }[] => {
      const out: { text: string; lang: Lang }[] = [];
      const value = sense[field];
      if (value === undefined) return out;
      if (!isObject(value)) {
        v.report([...path, field], `${field} must be an object with "zh" and/or "en" lists`);
        return out;
      }
      v.fields(value, [...path, field], LANGS);
      for (const lang of LANGS)
        v.array(value[lang], [...path, field, lang], field).forEach((e, k) => {
          const text = v.string(e, [...path, field, lang, k], 'a cue');
          if (text !== undefined) out.push({ text, lang });
        });
      return out;
    };
    const cues = words('cues');
    const except = words('except');
    if (cues.length === 0) {
      v.report([...path, 'cues'], sense.cues === undefined ? 'the sense needs cues' : 'the sense needs at least one cue');
      continue;
    }
    const prior = senseOwner.get(sense.of);
    if (prior) {
      v.report([...path, 'of'], `"${sense.of}" already has a narrower sense (${pathText(prior)}); this one is ignored`);
      continue;
    }
    senseOwner.set(sense.of, path);
    concept.sense = { of: sense.of, cues, except };
  }

  return { pack: { id, version, name, title, sections, concepts }, problems: v.problems };
}

function aliasOf(v: Validator, a: AliasSpec, path: Path, lang: Lang, caseSensitive: boolean): Alias | undefined {
  if (typeof a === 'string') {
    const text = v.string(a, path, 'an alias');
    return text === undefined ? undefined : { text, lang, caseSensitive, contextual: false };
  }
  if (!isObject(a)) {
    v.report(path, 'an alias must be a string or an object with "text"');
    return undefined;
  }
  v.fields(a, path, ['text', 'caseSensitive', 'contextual']);
  const text = v.string(a.text, [...path, 'text'], 'an alias');
  if (text === undefined) return undefined;
  for (const flag of ['caseSensitive', 'contextual'] as const)
    if (a[flag] !== undefined && typeof a[flag] !== 'boolean') v.report([...path, flag], `${flag} must be true or false`);
  return {
    text,
    lang,
    caseSensitive: typeof a.caseSensitive === 'boolean' ? a.caseSensitive : caseSensitive,
    contextual: a.contextual === true,
  };
}

/** Parses and validates a pack's JSON text. Problems carry 1-based line:column. */
export function parsePack(text: string): LoadedPack {
  const errors: ParseError[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = text.length - body.length;
  const tree = parseTree(body, errors, { allowTrailingComma: false, disallowComments: true });
  const lines = new LineIndex(text);
  const at = (offset: number): { line: number; column: number } => {
    const p = lines.positionAt(offset + shift);
    return { line: p.line + 1, column: p.character + 1 };
  };
  if (errors.length > 0 || tree === undefined) {
    const problems = errors.map((e) => ({ path: '$', message: `invalid JSON: ${printParseErrorCode(e.error)}`, ...at(e.offset) }));
    if (problems.length === 0) problems.push({ path: '$', message: 'invalid JSON: the file is empty', ...at(0) });
    return { pack: undefined, problems };
  }
  const locate = (path: Path): { line: number; column: number } | undefined => {
    // Point at the deepest node that exists on the path: an unknown field points at its key.
    for (let n = path.length; n >= 0; n--) {
      const node: Node | undefined = findNodeAtLocation(tree, path.slice(0, n));
      if (node) {
        const target = n === path.length && node.parent?.type === 'property' ? node.parent : node;
        return at(target.offset);
      }
    }
    return undefined;
  };
  return validatePack(JSON.parse(body) as unknown, locate);
}

/** Formats a problem for a terminal or a diagnostic list: `file:line:col: path: message`. */
export function formatProblem(p: PackProblem, file?: string): string {
  const where = [file, p.line, p.column].filter((x) => x !== undefined).join(':');
  return `${where ? where + ': ' : ''}${p.path}: ${p.message}`;
}
