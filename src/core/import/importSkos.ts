// A SKOS concept scheme in Turtle as a concept pack. skos:prefLabel @zh/@en are the names (a label
// without a language tag goes by its script), skos:altLabel and skos:hiddenLabel the aliases,
// skos:definition the explanations (a placeholder when there is none); skos:Collection members give the sections; the relations come from
// Concept Lens's own properties when they are there (an export of ours), else skos:broader (part-of),
// skos:narrower (the other way) and skos:related (related-to). Labels in other languages are left out.

import { CONCEPT_ID_PATTERN, proposeConceptId } from '../authoring/conceptId';
import type { ConceptPackSpec, ConceptSpec, Lang, Localized, RelationKind, SectionSpec } from '../pack/conceptPack';
import { CL, DCT, RDF_TYPE, RELATION_PROPERTIES, SKOS } from '../export/skosVocabulary';
import { aliasSpecs, checked, explanationOr, IdAllocator, ImportError, nonEmpty, tooMany, type ImportProblem, type ImportResult, type LabelSpec } from './importedPack';
import { readTurtle, TurtleError, type Term, type Triple } from './turtleReader';

const KIND_OF = new Map<string, RelationKind>(Object.entries(RELATION_PROPERTIES).map(([kind, p]) => [CL + p.local, kind as RelationKind]));
const NO_IDS: ReadonlySet<string> = new Set();
const BROADER_KINDS: ReadonlySet<RelationKind> = new Set(['part-of', 'example-of']);

/** Everything said about one subject, by predicate, in the text's order. */
interface Subject {
  key: string;
  term: Term;
  line: number;
  props: Map<string, Term[]>;
}

function keyOf(t: Term): string {
  return t.kind === 'iri' ? t.value : t.kind === 'bnode' ? `_:${t.value}` : '';
}

function subjects(triples: readonly Triple[]): Map<string, Subject> {
  const out = new Map<string, Subject>();
  for (const t of triples) {
    const key = keyOf(t.subject);
    let s = out.get(key);
    if (!s) out.set(key, (s = { key, term: t.subject, line: t.line, props: new Map() }));
    const list = s.props.get(t.predicate);
    if (list) list.push(t.object);
    else s.props.set(t.predicate, [t.object]);
  }
  return out;
}

function typed(all: Map<string, Subject>, type: string): Subject[] {
  return [...all.values()].filter((s) => (s.props.get(RDF_TYPE) ?? []).some((o) => o.kind === 'iri' && o.value === type));
}

/** A literal's language: zh or en (with any region), by script when it has no tag; else undefined. */
function langOf(t: Term): Lang | undefined {
  if (t.kind !== 'literal') return undefined;
  if (t.lang === undefined) return t.datatype === undefined || t.datatype.endsWith('#string') ? (/\p{Script=Han}/u.test(t.value) ? 'zh' : 'en') : undefined;
  const primary = t.lang.split('-')[0];
  return primary === 'zh' || primary === 'en' ? primary : undefined;
}

function literals(s: Subject, predicate: string): { text: string; lang: Lang }[] {
  const out: { text: string; lang: Lang }[] = [];
  for (const o of s.props.get(predicate) ?? []) {
    const lang = langOf(o);
    const text = o.kind === 'literal' ? o.value.trim() : '';
    if (lang && text !== '') out.push({ text, lang });
  }
  return out;
}

/** The concept's context (cl:context, the pack's JSON); the pack's loader checks it like any other. */
function contextOf(s: Subject): unknown {
  for (const o of s.props.get(CL + 'context') ?? []) {
    if (o.kind !== 'literal') continue;
    try {
      return JSON.parse(o.value) as unknown;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The first literal of each language. */
function localized(s: Subject, predicate: string): Localized {
  const out: Localized = {};
  for (const l of literals(s, predicate)) out[l.lang] ??= l.text;
  return out;
}

function iris(s: Subject, predicate: string): string[] {
  return (s.props.get(predicate) ?? []).flatMap((o) => (o.kind === 'iri' ? [o.value] : []));
}

/** The last segment of an IRI (after `/` or `#`), when it is a valid id. */
function idFromIri(iri: string): string | undefined {
  const tail = iri.slice(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
  return CONCEPT_ID_PATTERN.test(tail) ? tail : undefined;
}

function uniqueId(s: Subject, name: Localized, ids: IdAllocator): string {
  const fromIri = s.term.kind === 'iri' ? idFromIri(s.term.value) : undefined;
  return ids.take(fromIri !== undefined && !ids.has(fromIri) ? fromIri : proposeConceptId(name, NO_IDS));
}

function labelSet(s: Subject, local: string): Set<string> {
  return new Set(literals(s, CL + local).map((l) => `${l.lang}\u0000${l.text}`));
}

/** Names and aliases with their options; a second prefLabel of a language becomes an alias. */
function labelsOf(s: Subject): { name: Localized; names: LabelSpec[]; aliases: LabelSpec[] } {
  const cs = labelSet(s, 'caseSensitiveLabel');
  const ctx = labelSet(s, 'contextualLabel');
  const spec = (l: { text: string; lang: Lang }): LabelSpec => ({ ...l, caseSensitive: cs.has(`${l.lang}\u0000${l.text}`), contextual: ctx.has(`${l.lang}\u0000${l.text}`) });
  const name: Localized = {};
  const names: LabelSpec[] = [];
  const aliases: LabelSpec[] = [];
  const seen = new Set<string>();
  for (const l of literals(s, SKOS + 'prefLabel')) {
    if (name[l.lang] === undefined) {
      name[l.lang] = l.text;
      names.push(spec(l));
    } else aliases.push(spec(l));
    seen.add(`${l.lang}\u0000${l.text}`);
  }
  for (const l of [...literals(s, SKOS + 'altLabel'), ...literals(s, SKOS + 'hiddenLabel')]) {
    const key = `${l.lang}\u0000${l.text}`;
    if (!seen.has(key)) aliases.push(spec(l));
    seen.add(key);
  }
  return { name, names, aliases };
}

function byLang(values: readonly { text: string; lang: Lang }[]): Partial<Record<Lang, string[]>> | undefined {
  if (values.length === 0) return undefined;
  const out: Partial<Record<Lang, string[]>> = {};
  for (const v of values) (out[v.lang] ??= []).push(v.text);
  return out;
}

/** A sense as the pack's JSON writes it (the schema's `sense`). */
interface SenseSpec {
  of: string;
  cues: Partial<Record<Lang, string[]>>;
  except?: Partial<Record<Lang, string[]>>;
  aliases?: Partial<Record<Lang, string[]>>;
}

interface Draft {
  subject: Subject;
  spec: ConceptSpec;
}

function conceptOf(s: Subject, taken: IdAllocator, problems: ImportProblem[]): Draft | undefined {
  const { name, names, aliases } = labelsOf(s);
  if (!nonEmpty(name)) {
    problems.push({ line: s.line, message: `the concept ${s.key.slice(0, 80)} has no skos:prefLabel in Chinese or English` });
    return undefined;
  }
  const spec: ConceptSpec = { id: uniqueId(s, name, taken), name, ...aliasSpecs(names, aliases), explanation: explanationOr(localized(s, SKOS + 'definition'), name) };
  const exclusions = byLang(literals(s, CL + 'exclusion'));
  if (exclusions) spec.exclusions = exclusions;
  const preferred = localized(s, CL + 'preferredLabel');
  if (nonEmpty(preferred)) spec.preferred = preferred;
  const context = contextOf(s);
  if (context !== undefined) (spec as ConceptSpec & { context?: unknown }).context = context;
  return { subject: s, spec };
}

/** Relations: Concept Lens's kinds first, then the SKOS ones they do not already say. Sets, not scans: a concept may have thousands. */
function addRelations(drafts: readonly Draft[], idOf: ReadonlyMap<string, string>): void {
  const byId = new Map(drafts.map((d) => [d.spec.id, d.spec]));
  const said = new Set<string>();
  const pairs = new Set<string>();
  const broader = new Set<string>();
  const add = (from: string, kind: RelationKind, to: string): void => {
    const key = `${from}\u0000${kind}\u0000${to}`;
    if (from === to || said.has(key)) return;
    said.add(key);
    pairs.add(`${from}\u0000${to}`);
    if (BROADER_KINDS.has(kind)) broader.add(`${from}\u0000${to}`);
    (byId.get(from)!.relations ??= []).push({ kind, target: to });
  };
  for (const d of drafts)
    for (const [predicate, objects] of d.subject.props) {
      const kind = KIND_OF.get(predicate);
      if (kind) for (const o of objects) if (idOf.has(keyOf(o))) add(d.spec.id, kind, idOf.get(keyOf(o))!);
    }
  for (const d of drafts) {
    const self = d.spec.id;
    for (const target of iris(d.subject, SKOS + 'broader').map((i) => idOf.get(i))) if (target && !broader.has(`${self}\u0000${target}`)) add(self, 'part-of', target);
    for (const target of iris(d.subject, SKOS + 'narrower').map((i) => idOf.get(i))) if (target && !broader.has(`${target}\u0000${self}`)) add(target, 'part-of', self);
    for (const target of iris(d.subject, SKOS + 'related').map((i) => idOf.get(i)))
      if (target && !pairs.has(`${self}\u0000${target}`) && !pairs.has(`${target}\u0000${self}`)) add(self, 'related-to', target);
  }
}

function addSenses(drafts: readonly Draft[], idOf: ReadonlyMap<string, string>): void {
  for (const d of drafts) {
    const of = iris(d.subject, CL + 'senseOf').map((i) => idOf.get(i))[0];
    if (of === undefined) continue;
    const cues = byLang(literals(d.subject, CL + 'senseCue')) ?? {};
    const except = byLang(literals(d.subject, CL + 'senseExcept'));
    const aliases = byLang(literals(d.subject, CL + 'senseAlias'));
    (d.spec as ConceptSpec & { sense?: SenseSpec }).sense = { of, cues, ...(except ? { except } : {}), ...(aliases ? { aliases } : {}) };
  }
}

function sectionsOf(all: Map<string, Subject>, drafts: readonly Draft[], idOf: ReadonlyMap<string, string>): SectionSpec[] {
  const out: SectionSpec[] = [];
  const taken = new IdAllocator();
  const byId = new Map(drafts.map((d) => [d.spec.id, d.spec]));
  for (const s of typed(all, SKOS + 'Collection')) {
    const title = localized(s, SKOS + 'prefLabel');
    const heading = literals(s, CL + 'heading')[0]?.text ?? title.zh ?? title.en;
    if (heading === undefined) continue;
    const id = uniqueId(s, { en: title.en ?? heading, zh: title.zh }, taken);
    out.push({ id, heading, ...(nonEmpty(title) ? { title } : {}) });
    for (const m of iris(s, SKOS + 'member')) {
      const c = byId.get(idOf.get(m) ?? '');
      if (c && c.section === undefined) c.section = id;
    }
  }
  return out;
}

/** The pack of a SKOS scheme in Turtle; `fallbackId` names it when the scheme gives no usable id. */
export function importSkos(text: string, fallbackId = 'imported'): ImportResult {
  let triples: Triple[];
  try {
    triples = readTurtle(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (e) {
    if (e instanceof TurtleError) return { pack: undefined, problems: [{ line: e.line, message: e.message.replace(/^line \d+: /, '') }] };
    throw e;
  }
  const all = subjects(triples);
  const problems: ImportProblem[] = [];
  const taken = new IdAllocator();
  const drafts: Draft[] = [];
  for (const s of typed(all, SKOS + 'Concept')) {
    if (tooMany(problems)) break;
    const d = conceptOf(s, taken, problems);
    if (d) drafts.push(d);
  }
  if (problems.length > 0) return { pack: undefined, problems };
  if (drafts.length === 0) return { pack: undefined, problems: [{ line: undefined, message: 'no skos:Concept in the text' }] };
  const idOf = new Map(drafts.map((d) => [d.subject.key, d.spec.id]));
  addRelations(drafts, idOf);
  addSenses(drafts, idOf);
  const sections = sectionsOf(all, drafts, idOf);
  const scheme = typed(all, SKOS + 'ConceptScheme')[0];
  const schemeId = scheme && literals(scheme, DCT + 'identifier')[0]?.text;
  const title = scheme ? localized(scheme, SKOS + 'prefLabel') : {};
  const spec: ConceptPackSpec = {
    id: schemeId !== undefined && CONCEPT_ID_PATTERN.test(schemeId) ? schemeId : fallbackId,
    version: 1,
    article: { title: nonEmpty(title) ? title : { en: fallbackId }, sections },
    concepts: drafts.map((d) => d.spec),
  };
  return checked(spec, drafts.map((d) => d.subject.line));
}

export { ImportError };
