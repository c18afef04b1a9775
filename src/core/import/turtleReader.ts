// A small Turtle reader for SKOS schemes: directives (@prefix, @base, PREFIX, BASE), triples with
// `;` and `,` lists, `a`, IRIs, prefixed names, blank node labels, string literals with language tags
// or datatypes, booleans and numbers. Blank node property lists `[ … ]` and collections `( … )` are
// refused with their line, as is anything else outside the subset. Linear in the text: each token is
// read once (turtleLexer.ts) and each is handled in constant time.

import { TurtleError, TurtleLexer, type Token } from './turtleLexer';

export { TurtleError } from './turtleLexer';

export type Term = { kind: 'iri'; value: string } | { kind: 'bnode'; value: string } | { kind: 'literal'; value: string; lang: string | undefined; datatype: string | undefined };

export interface Triple {
  subject: Term;
  predicate: string;
  object: Term;
  /** 1-based line of the object. */
  line: number;
}

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/**
 * The longest IRI, expanded, in UTF-16 units. A prefix or base can be reused by every name after it:
 * without a limit, a megabyte-long namespace used a million times would make a terabyte of IRIs.
 */
export const MAX_IRI = 4096;

class Reader {
  private readonly lexer: TurtleLexer;
  private readonly prefixes = new Map<string, string>();
  private base: string | undefined;
  private peeked: Token | undefined;
  readonly triples: Triple[] = [];

  constructor(text: string) {
    this.lexer = new TurtleLexer(text);
  }

  private peek(): Token {
    return (this.peeked ??= this.lexer.next());
  }

  private take(): Token {
    const t = this.peek();
    this.peeked = undefined;
    return t;
  }

  private fail(message: string, t: Token): never {
    return this.lexer.fail(message, t.at);
  }

  private isPunct(t: Token, value: string): boolean {
    return t.kind === 'punct' && t.value === value;
  }

  private expectPunct(value: string, what: string): void {
    const t = this.take();
    if (!this.isPunct(t, value)) this.fail(`expected "${value}" ${what}, found ${describe(t)}`, t);
  }

  read(): Triple[] {
    for (let t = this.peek(); t.kind !== 'eof'; t = this.peek()) {
      if (t.kind === 'word' && (t.value === '@prefix' || t.value.toUpperCase() === 'PREFIX')) this.prefix();
      else if (t.kind === 'word' && (t.value === '@base' || t.value.toUpperCase() === 'BASE')) this.baseDirective();
      else this.statement();
    }
    return this.triples;
  }

  private prefix(): void {
    const word = this.take() as Extract<Token, { kind: 'word' }>;
    const name = this.take();
    if (name.kind !== 'pname' || name.local !== '') this.fail(`expected a prefix such as "skos:" after ${word.value}, found ${describe(name)}`, name);
    const iri = this.take();
    if (iri.kind !== 'iri') this.fail(`expected <IRI> after the prefix "${name.prefix}:", found ${describe(iri)}`, iri);
    this.prefixes.set(name.prefix, this.resolve(iri.value, iri));
    if (word.value === '@prefix') this.expectPunct('.', 'after @prefix');
  }

  private baseDirective(): void {
    const word = this.take() as Extract<Token, { kind: 'word' }>;
    const iri = this.take();
    if (iri.kind !== 'iri') this.fail(`expected <IRI> after ${word.value}, found ${describe(iri)}`, iri);
    this.base = this.resolve(iri.value, iri);
    if (word.value === '@base') this.expectPunct('.', 'after @base');
  }

  /** An IRI reference made absolute: a relative one is appended to the base (a fragment or a path under it). */
  private resolve(value: string, t: Token): string {
    return this.limited(this.absolute(value, t), t);
  }

  private limited(iri: string, t: Token): string {
    if (iri.length > MAX_IRI) this.fail(`an IRI longer than ${MAX_IRI} characters`, t);
    return iri;
  }

  private absolute(value: string, t: Token): string {
    if (SCHEME.test(value)) return value;
    if (this.base === undefined) this.fail(`the relative IRI <${value.slice(0, 40)}> needs an @base`, t);
    if (value.startsWith('/')) {
      const origin = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/]*/.exec(this.base);
      return (origin ? origin[0] : '') + value;
    }
    const hash = this.base.indexOf('#');
    const noFragment = hash < 0 ? this.base : this.base.slice(0, hash);
    return value.startsWith('#') ? noFragment + value : noFragment.slice(0, noFragment.lastIndexOf('/') + 1) + value;
  }

  private expand(t: Extract<Token, { kind: 'pname' }>): string {
    const ns = this.prefixes.get(t.prefix);
    if (ns === undefined) this.fail(`the prefix "${t.prefix.slice(0, 40)}:" is not declared`, t);
    return this.limited(ns + t.local, t);
  }

  private statement(): void {
    const t = this.take();
    let subject: Term;
    if (t.kind === 'iri') subject = { kind: 'iri', value: this.resolve(t.value, t) };
    else if (t.kind === 'pname') subject = { kind: 'iri', value: this.expand(t) };
    else if (t.kind === 'bnode') subject = { kind: 'bnode', value: t.value };
    else if (this.isPunct(t, '[') || this.isPunct(t, '(')) return this.unsupported(t);
    else return this.fail(`expected a subject (an IRI or a prefixed name), found ${describe(t)}`, t);
    this.predicateObjects(subject);
    this.expectPunct('.', 'at the end of the statement');
  }

  private unsupported(t: Token): never {
    return this.fail('blank node property lists [ … ] and collections ( … ) are not supported by this reader', t);
  }

  private predicateObjects(subject: Term): void {
    for (;;) {
      const verb = this.take();
      let predicate: string;
      if (verb.kind === 'word' && verb.value === 'a') predicate = RDF_TYPE;
      else if (verb.kind === 'iri') predicate = this.resolve(verb.value, verb);
      else if (verb.kind === 'pname') predicate = this.expand(verb);
      else return this.fail(`expected a predicate, found ${describe(verb)}`, verb);
      for (;;) {
        const object = this.take();
        this.triples.push({ subject, predicate, object: this.object(object), line: this.lexer.lineAt(object.at) });
        if (!this.isPunct(this.peek(), ',')) break;
        this.take();
      }
      if (!this.isPunct(this.peek(), ';')) return;
      while (this.isPunct(this.peek(), ';')) this.take();
      const after = this.peek();
      if (this.isPunct(after, '.') || after.kind === 'eof') return;
    }
  }

  private object(t: Token): Term {
    switch (t.kind) {
      case 'iri':
        return { kind: 'iri', value: this.resolve(t.value, t) };
      case 'pname':
        return { kind: 'iri', value: this.expand(t) };
      case 'bnode':
        return { kind: 'bnode', value: t.value };
      case 'string':
        return { kind: 'literal', value: t.value, lang: t.lang, datatype: t.lang === undefined ? this.datatype() : undefined };
      case 'number':
        return { kind: 'literal', value: t.value, lang: undefined, datatype: XSD + (/[eE]/.test(t.value) ? 'double' : t.value.includes('.') ? 'decimal' : 'integer') };
      case 'word':
        if (t.value === 'true' || t.value === 'false') return { kind: 'literal', value: t.value, lang: undefined, datatype: XSD + 'boolean' };
        return this.fail(`expected an object, found ${describe(t)}`, t);
      default:
        if (this.isPunct(t, '[') || this.isPunct(t, '(')) return this.unsupported(t);
        return this.fail(`expected an object, found ${describe(t)}`, t);
    }
  }

  private datatype(): string | undefined {
    if (!this.isPunct(this.peek(), '^^')) return undefined;
    this.take();
    const t = this.take();
    if (t.kind === 'iri') return this.resolve(t.value, t);
    if (t.kind === 'pname') return this.expand(t);
    return this.fail(`expected a datatype IRI after ^^, found ${describe(t)}`, t);
  }
}

function describe(t: Token): string {
  switch (t.kind) {
    case 'eof':
      return 'the end of the text';
    case 'punct':
      return `"${t.value}"`;
    case 'string':
      return 'a string';
    case 'iri':
      return 'an IRI';
    case 'pname':
      return `the name ${JSON.stringify(`${t.prefix}:${t.local}`.slice(0, 40))}`;
    case 'bnode':
      return 'a blank node';
    default:
      return JSON.stringify(t.value.slice(0, 40));
  }
}

/** The triples of a Turtle text, in its order; a TurtleError (with its line) for anything outside the subset. */
export function readTurtle(text: string): Triple[] {
  return new Reader(text).read();
}

export function isTurtleError(e: unknown): e is TurtleError {
  return e instanceof TurtleError;
}
