// A concept's `context`: how its ambiguous names are read. The cues of its own sense, the other senses
// of some of its names (everyday "attention", an electrical transformer, the plain verb "emerge"), and
// the weight of a cue in each scope. Checked with the concept's own fields: it names no other concept.

import type { Lang } from './conceptPack';
import { show, type Path } from './packProblem';
import { SCOPES, type Concept, type ConceptContext, type OtherSense, type Scope } from './packTypes';
import { CUE, ID, isObject, own, type Validator } from './packValidator';

/** Weights when a pack gives none: near evidence decides alone; the document needs two cues (or front matter). */
export const DEFAULT_SCOPE_WEIGHTS: Readonly<Record<Scope, number>> = { sentence: 1, paragraph: 1, section: 1, document: 0.5 };

/** At most this many other senses per concept: each one is a reading the scanner weighs. */
const MAX_OTHER_SENSES = 8;

export function readContext(v: Validator, c: Record<string, unknown>, concept: Concept, path: Path): void {
  const raw = own(c, 'context');
  if (raw === undefined) return;
  const at: Path = [...path, 'context'];
  if (!isObject(raw)) {
    v.report(at, { id: 'contextNotObject' });
    return;
  }
  v.fields(raw, at, ['cues', 'otherSenses', 'scopes']);
  const context: ConceptContext = { cues: cueList(v, raw, at, 'cues'), otherSenses: [], scopes: scopeWeights(v, raw, at) };
  const senses = v.array(own(raw, 'otherSenses'), [...at, 'otherSenses'], 'otherSenses');
  const ids = new Set<string>();
  senses.forEach((s, k) => {
    const sp: Path = [...at, 'otherSenses', k];
    if (k >= MAX_OTHER_SENSES) {
      if (k === MAX_OTHER_SENSES) v.report(sp, { id: 'tooManyOtherSenses', max: MAX_OTHER_SENSES });
      return;
    }
    const sense = otherSense(v, s, sp, concept, ids);
    if (sense) context.otherSenses.push(sense);
  });
  if (context.cues.length === 0 && context.otherSenses.length === 0) return;
  concept.context = context;
}

function otherSense(v: Validator, s: unknown, path: Path, concept: Concept, ids: Set<string>): OtherSense | undefined {
  if (!isObject(s)) {
    v.report(path, { id: 'otherSenseNotObject' });
    return undefined;
  }
  v.fields(s, path, ['id', 'label', 'aliases', 'partOfSpeech', 'cues', 'default']);
  const id = own(s, 'id');
  if (typeof id !== 'string' || !ID.test(id)) {
    v.report([...path, 'id'], id === undefined ? { id: 'senseIdMissing' } : { id: 'senseIdBad', value: show(id) });
    return undefined;
  }
  if (ids.has(id)) {
    v.report([...path, 'id'], { id: 'senseIdTwice', sense: id });
    return undefined;
  }
  ids.add(id);
  const partOfSpeech = own(s, 'partOfSpeech');
  if (partOfSpeech !== undefined && partOfSpeech !== 'verb') v.report([...path, 'partOfSpeech'], { id: 'unknownPartOfSpeech', value: show(partOfSpeech) });
  const aliases = ownAliases(v, s, path, concept);
  const pos = partOfSpeech === 'verb' ? 'verb' : undefined;
  if (aliases.length === 0 && pos === undefined) {
    v.report(path, { id: 'senseNoAliases' });
    return undefined;
  }
  const byDefault = own(s, 'default');
  if (byDefault !== undefined && typeof byDefault !== 'boolean') v.report([...path, 'default'], { id: 'defaultNotBoolean' });
  const sense: OtherSense = { id, label: v.localized(own(s, 'label'), [...path, 'label'], 'label', false), aliases, cues: cueList(v, s, path, 'cues'), byDefault: byDefault === true };
  // Set only when given: the loaded pack round-trips through JSON (the compiled built-in pack).
  if (pos) sense.partOfSpeech = pos;
  return sense;
}

/** The sense's aliases: each must be one of the concept's own names or aliases (in either language). */
function ownAliases(v: Validator, s: Record<string, unknown>, path: Path, concept: Concept): { text: string; lang: Lang }[] {
  const out: { text: string; lang: Lang }[] = [];
  v.listsByLang(s, path, 'aliases', (e, lang, ep) => {
    if (typeof e !== 'string') {
      v.report(ep, { id: 'senseAliasNotString' });
      return;
    }
    // Either language: a name written alike in both (Transformer) is kept once, under the first.
    if (concept.aliases.some((a) => a.text === e)) out.push({ text: e, lang });
    else v.report(ep, { id: 'notConceptAlias', value: show(e) });
  });
  return out;
}

function cueList(v: Validator, owner: Record<string, unknown>, path: Path, field: string): { text: string; lang: Lang }[] {
  const out: { text: string; lang: Lang }[] = [];
  v.listsByLang(owner, path, field, (e, lang, ep) => {
    const text = v.surface(e, ep, { noun: 'cue' }, CUE);
    if (text !== undefined) out.push({ text, lang });
  });
  return out;
}

function scopeWeights(v: Validator, raw: Record<string, unknown>, path: Path): Record<Scope, number> {
  const weights = { ...DEFAULT_SCOPE_WEIGHTS };
  const given = own(raw, 'scopes');
  if (given === undefined) return weights;
  const at: Path = [...path, 'scopes'];
  if (!isObject(given)) {
    v.report(at, { id: 'scopesNotObject' });
    return weights;
  }
  v.fields(given, at, SCOPES);
  for (const scope of SCOPES) {
    const w = own(given, scope);
    if (w === undefined) continue;
    if (typeof w === 'number' && Number.isFinite(w) && w >= 0 && w <= 10) weights[scope] = w;
    else v.report([...at, scope], { id: 'badWeight', scope });
  }
  return weights;
}
