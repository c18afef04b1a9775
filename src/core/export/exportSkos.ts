// `skos`: the pack as a W3C SKOS concept scheme in Turtle. Names are skos:prefLabel @zh/@en, aliases
// skos:altLabel, explanations skos:definition; the relations are written with Concept Lens's finer
// properties (declared in the output as sub-properties of skos:broader and skos:related) and with
// the SKOS property they refine, plus skos:narrower on the broader concept. Sections are
// skos:Collection members. IRIs are the base IRI followed by the concept's id.

import type { Concept, ConceptContext, ConceptPack } from '../pack/packTypes';
import { aliasesBeyondNames, type ExportInput } from './exportModel';
import { CL, CL_PROPERTIES, DCT, RDF, RDFS, RELATION_PROPERTIES, SKOS } from './skosVocabulary';

/** Characters a Turtle IRIREF cannot hold unescaped. */
// eslint-disable-next-line no-control-regex -- control characters are what it refuses
const NOT_IRI = /[\x00-\x20<>"{}|^`\\]/;

/** Why `base` cannot be the base IRI, or undefined when it can. */
export function baseIriProblem(base: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(base)) return 'the base IRI must be absolute (https://…)';
  if (NOT_IRI.test(base)) return 'the base IRI must not contain spaces, control characters or any of <>"{}|^`\\';
  if (/[\uD800-\uDFFF]/.test(base)) return 'the base IRI must not contain surrogates';
  return undefined;
}

/**
 * Whether `base` may be the base IRI of exported concepts set by `conceptLens.export.baseIri`: an
 * absolute http(s) IRI with a host, ending in `/` or `#` (so that a concept's id is its last segment or
 * fragment), that `baseIriProblem` accepts.
 */
export function isHttpBaseIri(base: string): boolean {
  return /^https?:\/\/[^/?#]/i.test(base) && (base.endsWith('/') || base.endsWith('#')) && baseIriProblem(base) === undefined;
}

/** The base IRI when none is given: the pack's id under an address that is reserved as invalid. */
export function defaultBaseIri(pack: ConceptPack): string {
  return `https://concept-lens.invalid/packs/${encodeURIComponent(pack.id)}/`;
}

/** A Turtle string literal ("…"), its characters escaped; a lone surrogate (not UTF-8) becomes U+FFFD. */
export function turtleString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) out += text[i]! + text[++i]!;
    else if (c >= 0xd800 && c <= 0xdfff) out += '\uFFFD';
    else out += text[i];
  }
  return out + '"';
}

function iri(value: string): string {
  return `<${value}>`;
}

/** A subject with its predicate–object pairs, as one Turtle statement. */
function statement(subject: string, pairs: readonly [string, string][]): string {
  return `${subject}\n${pairs.map(([p, o]) => `    ${p} ${o}`).join(' ;\n')} .\n`;
}

function declarations(): string {
  const out: string[] = ['# Concept Lens properties: the finer relation kinds refine skos:broader and skos:related.\n'];
  for (const p of Object.values(RELATION_PROPERTIES))
    out.push(statement(`cl:${p.local}`, [['a', 'rdf:Property'], ['rdfs:subPropertyOf', `skos:${p.skos}`], ['rdfs:label', `${turtleString(p.label)}@en`]]));
  for (const [local, comment] of Object.entries(CL_PROPERTIES)) out.push(statement(`cl:${local}`, [['a', 'rdf:Property'], ['rdfs:comment', `${turtleString(comment)}@en`]]));
  return out.join('\n');
}

function labels(pairs: [string, string][], predicate: string, values: readonly { text: string; lang: string }[]): void {
  for (const v of values) pairs.push([predicate, `${turtleString(v.text)}@${v.lang}`]);
}

function localized(value: Partial<Record<'zh' | 'en', string>>): { text: string; lang: string }[] {
  return (['zh', 'en'] as const).flatMap((lang) => (value[lang] === undefined ? [] : [{ text: value[lang]!, lang }]));
}

function conceptPairs(c: Concept, conceptIri: (id: string) => string, narrower: readonly string[], scheme: string): [string, string][] {
  const pairs: [string, string][] = [['a', 'skos:Concept'], ['skos:inScheme', scheme]];
  labels(pairs, 'skos:prefLabel', localized(c.name));
  labels(pairs, 'skos:altLabel', aliasesBeyondNames(c));
  labels(pairs, 'skos:definition', localized(c.explanation));
  labels(pairs, 'cl:caseSensitiveLabel', c.aliases.filter((a) => a.caseSensitive));
  labels(pairs, 'cl:contextualLabel', c.aliases.filter((a) => a.contextual));
  labels(pairs, 'cl:exclusion', c.exclusions);
  labels(pairs, 'cl:preferredLabel', localized(c.preferred ?? {}));
  if (c.sense) {
    pairs.push(['cl:senseOf', conceptIri(c.sense.of)]);
    labels(pairs, 'cl:senseCue', c.sense.cues);
    labels(pairs, 'cl:senseExcept', c.sense.except);
    labels(pairs, 'cl:senseAlias', c.sense.aliases);
  }
  // How its names are read in context has no SKOS word: the pack's own JSON, kept whole.
  if (c.context) pairs.push(['cl:context', turtleString(JSON.stringify(contextSpec(c.context)))]);
  for (const r of c.relations) pairs.push([`cl:${RELATION_PROPERTIES[r.kind].local}`, conceptIri(r.target)]);
  for (const r of c.relations) pairs.push([`skos:${RELATION_PROPERTIES[r.kind].skos}`, conceptIri(r.target)]);
  for (const id of narrower) pairs.push(['skos:narrower', conceptIri(id)]);
  return pairs;
}

/** For each concept, the concepts that have it as broader (part-of, example-of), in the pack's order. */
function narrowerOf(pack: ConceptPack): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of pack.concepts)
    for (const r of c.relations)
      if (RELATION_PROPERTIES[r.kind].skos === 'broader') {
        const list = out.get(r.target) ?? [];
        if (!list.includes(c.id)) list.push(c.id);
        out.set(r.target, list);
      }
  return out;
}

export function exportSkos(input: Pick<ExportInput, 'pack'>, base = defaultBaseIri(input.pack)): string {
  const problem = baseIriProblem(base);
  if (problem) throw new Error(problem);
  const { pack } = input;
  const conceptIri = (id: string): string => iri(base + encodeURIComponent(id));
  const scheme = iri(base);
  const prefixes = [['skos', SKOS], ['rdf', RDF], ['rdfs', RDFS], ['dct', DCT], ['cl', CL]].map(([p, v]) => `@prefix ${p}: <${v}> .\n`).join('');
  const narrower = narrowerOf(pack);
  const top = pack.concepts.filter((c) => !c.relations.some((r) => RELATION_PROPERTIES[r.kind].skos === 'broader'));
  const schemePairs: [string, string][] = [['a', 'skos:ConceptScheme'], ['dct:identifier', turtleString(pack.id)]];
  labels(schemePairs, 'skos:prefLabel', localized(pack.title));
  for (const c of top) schemePairs.push(['skos:hasTopConcept', conceptIri(c.id)]);
  const parts = [prefixes, '\n', declarations(), '\n# The scheme, its sections and its concepts.\n', statement(scheme, schemePairs)];
  for (const s of pack.sections) {
    const pairs: [string, string][] = [['a', 'skos:Collection'], ['cl:heading', turtleString(s.heading)]];
    labels(pairs, 'skos:prefLabel', localized(s.title));
    for (const c of pack.concepts) if (c.section === s.id) pairs.push(['skos:member', conceptIri(c.id)]);
    parts.push('\n', statement(iri(`${base}section/${encodeURIComponent(s.id)}`), pairs));
  }
  for (const c of pack.concepts) parts.push('\n', statement(conceptIri(c.id), conceptPairs(c, conceptIri, narrower.get(c.id) ?? [], scheme)));
  return parts.join('');
}

/** A concept's context as a pack writes it (docs/senses.md). */
function contextSpec(ctx: ConceptContext): Record<string, unknown> {
  const lists = (items: readonly { text: string; lang: string }[]): Record<string, string[]> => {
    const out: Record<string, string[]> = {};
    for (const i of items) (out[i.lang] ??= []).push(i.text);
    return out;
  };
  return {
    cues: lists(ctx.cues),
    otherSenses: ctx.otherSenses.map((o) => ({
      id: o.id,
      label: o.label,
      aliases: lists(o.aliases),
      ...(o.partOfSpeech ? { partOfSpeech: o.partOfSpeech } : {}),
      cues: lists(o.cues),
      default: o.byDefault,
    })),
    scopes: ctx.scopes,
  };
}
