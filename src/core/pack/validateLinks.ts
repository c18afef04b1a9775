// The second pass over a pack's concepts: relations and senses, which name other concepts, checked
// once every id is known. A link to a concept the size limits cut off goes quietly.

import { RELATION_KINDS, type Lang, type RelationKind } from './conceptPack';
import { pathText, show, type Path } from './packProblem';
import type { Concept, Relation } from './packTypes';
import { CUE, isObject, own, type Validator } from './packValidator';
import type { ConceptsRead } from './validateConcepts';

/** Adds each concept's relations, in the pack's order; one listed twice is kept once. */
export function readRelations(v: Validator, read: ConceptsRead): void {
  const relationKeys = new Set<string>();
  for (const { concept, rel, path } of read.relationsAt) {
    const relation = relationOf(v, rel, path, concept, read);
    if (relation === undefined) continue;
    const key = `${concept.id}\u0000${relation.kind}\u0000${relation.target}`;
    if (relationKeys.has(key)) {
      v.warn(path, { id: 'relationTwice', kind: relation.kind, target: relation.target });
      continue;
    }
    relationKeys.add(key);
    concept.relations.push(relation);
  }
}

/** One relation of `concept`, if its kind is known and its target is another concept that was kept. */
function relationOf(v: Validator, rel: unknown, path: Path, concept: Concept, read: ConceptsRead): Relation | undefined {
  if (!isObject(rel)) {
    v.report(path, { id: 'relationNotObject' });
    return undefined;
  }
  v.fields(rel, path, ['kind', 'target']);
  const kind = own(rel, 'kind');
  const target = own(rel, 'target');
  if (!RELATION_KINDS.includes(kind as RelationKind)) {
    v.report([...path, 'kind'], { id: 'unknownRelationKind', value: show(kind), kinds: RELATION_KINDS.join(', ') });
    return undefined;
  }
  if (typeof target === 'string' && read.cutOff.has(target)) return undefined;
  if (typeof target !== 'string' || !read.ids.has(target)) {
    v.report([...path, 'target'], { id: 'unknownTarget', value: show(target) });
    return undefined;
  }
  if (target === concept.id) {
    v.report([...path, 'target'], { id: 'selfRelation' });
    return undefined;
  }
  return { kind: kind as RelationKind, target };
}

/** Sets each concept's sense. A broader concept has at most one narrower sense: the first listed. */
export function readSenses(v: Validator, read: ConceptsRead): void {
  const senseOwner = new Map<string, Path>();
  const byId = new Map(read.concepts.map((c) => [c.id, c]));
  for (const { concept, sense, path } of read.sensesAt) {
    v.fields(sense, path, ['of', 'cues', 'except', 'aliases']);
    const of = senseOf(v, sense, path, concept, read);
    if (of === undefined) continue;
    const cues = senseWords(v, sense, path, 'cues');
    const except = senseWords(v, sense, path, 'except');
    if (cues.length === 0) {
      v.report([...path, 'cues'], { id: own(sense, 'cues') === undefined ? 'senseCuesMissing' : 'senseNoCue' });
      continue;
    }
    const prior = senseOwner.get(of);
    if (prior) {
      v.report([...path, 'of'], { id: 'senseTaken', of, at: pathText(prior) });
      continue;
    }
    senseOwner.set(of, path);
    const broader = byId.get(of);
    concept.sense = { of, cues, except, aliases: broader ? broaderNames(v, sense, path, broader) : [] };
  }
}

/** The names of the broader concept, besides its bare names, that may mean the sense: each must be one of its names. */
function broaderNames(v: Validator, sense: Record<string, unknown>, path: Path, broader: Concept): { text: string; lang: Lang }[] {
  const out: { text: string; lang: Lang }[] = [];
  v.listsByLang(sense, path, 'aliases', (e, lang, ep) => {
    if (typeof e !== 'string') v.report(ep, { id: 'senseNameNotString' });
    else if (broader.aliases.some((a) => a.text === e)) out.push({ text: e, lang });
    else v.report(ep, { id: 'notBroaderAlias', value: show(e), concept: broader.id });
  });
  return out;
}

/** The broader concept a sense is of, if it is another concept that was kept. */
function senseOf(v: Validator, sense: Record<string, unknown>, path: Path, concept: Concept, read: ConceptsRead): string | undefined {
  const of = own(sense, 'of');
  if (typeof of === 'string' && read.cutOff.has(of)) return undefined;
  if (typeof of !== 'string' || !read.ids.has(of)) {
    v.report([...path, 'of'], of === undefined ? { id: 'senseOfMissing' } : { id: 'senseOfUnknown', value: show(of) });
    return undefined;
  }
  if (of === concept.id) {
    v.report([...path, 'of'], { id: 'senseOfSelf' });
    return undefined;
  }
  return of;
}

/** The cues, or the words of the broader concept's field (`except`), of a sense. */
function senseWords(v: Validator, sense: Record<string, unknown>, path: Path, field: 'cues' | 'except'): { text: string; lang: Lang }[] {
  const out: { text: string; lang: Lang }[] = [];
  v.listsByLang(sense, path, field, (e, lang, ep) => {
    const text = v.surface(e, ep, { noun: 'cue' }, CUE);
    if (text !== undefined) out.push({ text, lang });
  });
  return out;
}
