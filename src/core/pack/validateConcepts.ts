// The first pass over a pack's concepts: each one's shape, id, names, aliases and exclusions, within
// the pack's size limits. Relations and senses name other concepts, so they wait for the second pass
// (validateLinks.ts), once every id is known.

import { LANGS } from './conceptPack';
import { AliasOwners, readAliases, readExclusions } from './conceptAliases';
import { PACK_LIMITS } from './packLimits';
import { show, type Path } from './packProblem';
import type { Concept } from './packTypes';
import { ID, isObject, NAME, own, type Validator } from './packValidator';
import { readContext } from './validateContext';

/** What the first pass leaves: the concepts kept, and what the second pass is to check. */
export interface ConceptsRead {
  concepts: Concept[];
  relationsAt: { concept: Concept; rel: unknown; path: Path }[];
  sensesAt: { concept: Concept; sense: Record<string, unknown>; path: Path }[];
  /** Ids of the concepts kept. */
  ids: Set<string>;
  /** Ids of concepts skipped for the pack's size limits: relations to them go quietly. */
  cutOff: Set<string>;
}

/** What reading one concept needs besides the concept itself. */
interface ConceptContext {
  v: Validator;
  sectionIds: ReadonlySet<string>;
  owners: AliasOwners;
  read: ConceptsRead;
}

/** The concepts, in the pack's order, up to the limits on their number and on their texts' total length. */
export function readConcepts(v: Validator, value: Record<string, unknown>, sectionIds: ReadonlySet<string>): ConceptsRead {
  const rawConcepts = own(value, 'concepts');
  const raw = v.array(rawConcepts, ['concepts'], 'concepts');
  if (rawConcepts === undefined) v.report(['concepts'], { id: 'conceptsMissing' });
  const read: ConceptsRead = { concepts: [], relationsAt: [], sensesAt: [], ids: new Set<string>(), cutOff: new Set<string>() };
  const cx: ConceptContext = { v, sectionIds, owners: new AliasOwners(v), read };
  let budget: number = PACK_LIMITS.maxTotalAliasLength;
  let count = raw.length;
  if (count > PACK_LIMITS.maxConcepts) {
    v.report(['concepts', PACK_LIMITS.maxConcepts], { id: 'tooManyConcepts', count, max: PACK_LIMITS.maxConcepts });
    count = PACK_LIMITS.maxConcepts;
  }
  cutOffFrom(raw, count, read);
  for (let i = 0; i < count; i++) {
    const c = raw[i];
    const path: Path = ['concepts', i];
    if (!isObject(c)) {
      v.report(path, { id: 'conceptNotObject' });
      continue;
    }
    const cid = conceptId(v, c, path, read.ids);
    if (cid === undefined) continue;
    const units = surfaceUnits(c);
    if (units > budget) {
      v.report(path, { id: 'textBudget', max: PACK_LIMITS.maxTotalAliasLength, after: count - i - 1 });
      cutOffFrom(raw, i, read);
      break;
    }
    if (readConcept(cx, c, cid, path)) budget -= units;
  }
  return read;
}

/** Marks the ids of the concepts from `from` on, which the limits leave unread, as cut off. */
function cutOffFrom(raw: unknown[], from: number, read: ConceptsRead): void {
  for (let k = from; k < raw.length; k++) {
    const c = raw[k];
    const cid = isObject(c) ? own(c, 'id') : undefined;
    if (typeof cid === 'string' && !read.ids.has(cid)) read.cutOff.add(cid);
  }
}

/** The concept's id, after its fields are checked; undefined (and reported) when bad or taken. */
function conceptId(v: Validator, c: Record<string, unknown>, path: Path, ids: ReadonlySet<string>): string | undefined {
  v.fields(c, path, ['id', 'name', 'aliases', 'caseSensitive', 'explanation', 'section', 'relations', 'exclusions', 'sense', 'preferred', 'context']);
  const cid = own(c, 'id');
  if (typeof cid !== 'string' || !ID.test(cid)) {
    v.report([...path, 'id'], { id: cid === undefined ? 'conceptIdMissing' : 'conceptIdBad' });
    return undefined;
  }
  if (ids.has(cid)) {
    v.report([...path, 'id'], { id: 'duplicateConceptId', concept: cid });
    return undefined;
  }
  return cid;
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
  const context = own(c, 'context');
  if (isObject(context)) {
    lists(own(context, 'cues'));
    const others = own(context, 'otherSenses');
    if (Array.isArray(others)) for (const o of others) if (isObject(o)) lists(own(o, 'cues'));
  }
  return n;
}

/** Reads one concept into `cx.read`. False: it has no usable name, and is left out. */
function readConcept(cx: ConceptContext, c: Record<string, unknown>, cid: string, path: Path): boolean {
  const { v, read } = cx;
  const name = v.localized(own(c, 'name'), [...path, 'name'], 'conceptName', true, NAME);
  if (name.zh === undefined && name.en === undefined) return false;
  const caseSensitive = conceptCaseSensitive(v, c, path);
  const concept: Concept = {
    id: cid,
    name,
    aliases: [],
    exclusions: [],
    explanation: v.localized(own(c, 'explanation'), [...path, 'explanation'], 'explanation', true),
    section: undefined,
    relations: [],
  };
  concept.section = conceptSection(v, c, path, cx.sectionIds);
  readAliases(v, cx.owners, c, concept, path, caseSensitive);
  readExclusions(v, c, concept, path);
  readPreferred(v, c, concept, path);
  readContext(v, c, concept, path);
  const sense = own(c, 'sense');
  if (sense !== undefined) {
    if (isObject(sense)) read.sensesAt.push({ concept, sense, path: [...path, 'sense'] });
    else v.report([...path, 'sense'], { id: 'senseNotObject' });
  }
  read.ids.add(cid);
  v.array(own(c, 'relations'), [...path, 'relations'], 'relations').forEach((rel, k) => read.relationsAt.push({ concept, rel, path: [...path, 'relations', k] }));
  read.concepts.push(concept);
  return true;
}

/** The concept's caseSensitive, false unless it says otherwise. */
function conceptCaseSensitive(v: Validator, c: Record<string, unknown>, path: Path): boolean {
  const cs = own(c, 'caseSensitive');
  if (cs === undefined) return false;
  if (typeof cs === 'boolean') return cs;
  v.report([...path, 'caseSensitive'], { id: 'notBoolean', field: 'caseSensitive' });
  return false;
}

/** The concept's section, if it names one of the article's. */
function conceptSection(v: Validator, c: Record<string, unknown>, path: Path, sectionIds: ReadonlySet<string>): string | undefined {
  const section = own(c, 'section');
  if (section === undefined) return undefined;
  if (typeof section === 'string' && sectionIds.has(section)) return section;
  v.report([...path, 'section'], { id: 'unknownSection', value: show(section) });
  return undefined;
}

/** The preferred names: each must be one of the concept's names or aliases in that language. */
function readPreferred(v: Validator, c: Record<string, unknown>, concept: Concept, path: Path): void {
  const raw = own(c, 'preferred');
  if (raw === undefined) return;
  const preferred = v.localized(raw, [...path, 'preferred'], 'preferredName', false);
  const out: Concept['preferred'] = {};
  for (const lang of LANGS) {
    const want = preferred[lang];
    if (want === undefined) continue;
    if (concept.aliases.some((a) => a.lang === lang && a.text === want)) out[lang] = want;
    else v.report([...path, 'preferred', lang], { id: 'preferredNotAlias', value: show(want), lang });
  }
  if (out.zh !== undefined || out.en !== undefined) concept.preferred = out;
}
