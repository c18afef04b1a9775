// The Turtle reader: the subset SKOS uses, read right; everything else refused with its line.

import { strict as assert } from 'node:assert';
import { readTurtle, TurtleError, type Term } from '../../../src/core/import/turtleReader';

const iri = (value: string): Term => ({ kind: 'iri', value });
const lit = (value: string, lang?: string, datatype?: string): Term => ({ kind: 'literal', value, lang, datatype });
const XSD = 'http://www.w3.org/2001/XMLSchema#';

function rows(text: string): [string, string, string][] {
  const show = (t: Term): string => (t.kind === 'literal' ? `${JSON.stringify(t.value)}${t.lang ? '@' + t.lang : ''}${t.datatype ? '^^' + t.datatype : ''}` : t.kind === 'bnode' ? `_:${t.value}` : `<${t.value}>`);
  return readTurtle(text).map((t) => [show(t.subject), t.predicate, show(t.object)]);
}

function failsAt(text: string, line: number, message: RegExp): void {
  assert.throws(
    () => readTurtle(text),
    (e: unknown) => e instanceof TurtleError && e.line === line && message.test(e.message),
    `expected an error on line ${line} matching ${message}`,
  );
}

describe('Turtle reader: valid input', () => {
  it('reads prefixes, a, lists with ; and , and the kinds of literal', () => {
    const text = [
      '@prefix ex: <http://ex.org/> .',
      'PREFIX s: <http://s.org/#>',
      '# a comment, with "quotes" and <brackets>',
      'ex:x a s:C ; s:p "short", \'single\' , """long',
      '"line" ""two"""@en-GB ;',
      '  s:r true, 42, -1.5e3, "x"^^ex:t, "y"^^<http://dt> ;;',
      '  .',
      '_:b1 ex:p ex:a\\.b , ex:with.dot.',
      'ex:y ex:p "esc \\t\\u00e9\\U0001F600\\\\\\"" .',
      ':z ex:p \'\'\'it\'s\'\'\'@ZH .',
    ].join('\n');
    assert.throws(() => readTurtle(text), /prefix ":" is not declared/);
    const withEmpty = '@prefix : <http://e/> .\n' + text;
    assert.deepEqual(rows(withEmpty), [
      ['<http://ex.org/x>', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', '<http://s.org/#C>'],
      ['<http://ex.org/x>', 'http://s.org/#p', '"short"'],
      ['<http://ex.org/x>', 'http://s.org/#p', '"single"'],
      ['<http://ex.org/x>', 'http://s.org/#p', '"long\\n\\"line\\" \\"\\"two"@en-gb'],
      ['<http://ex.org/x>', 'http://s.org/#r', `"true"^^${XSD}boolean`],
      ['<http://ex.org/x>', 'http://s.org/#r', `"42"^^${XSD}integer`],
      ['<http://ex.org/x>', 'http://s.org/#r', `"-1.5e3"^^${XSD}double`],
      ['<http://ex.org/x>', 'http://s.org/#r', '"x"^^http://ex.org/t'],
      ['<http://ex.org/x>', 'http://s.org/#r', '"y"^^http://dt'],
      ['_:b1', 'http://ex.org/p', '<http://ex.org/a.b>'],
      ['_:b1', 'http://ex.org/p', '<http://ex.org/with.dot>'],
      ['<http://ex.org/y>', 'http://ex.org/p', '"esc \\té😀\\\\\\""'],
      ['<http://e/z>', 'http://ex.org/p', '"it\'s"@zh'],
    ]);
  });

  it('resolves relative IRIs against @base and BASE', () => {
    assert.deepEqual(readTurtle('@base <http://b.org/dir/doc#f> .\n<x> <#p> </top> .\nBASE <http://c.org/>\n<y> <p> <z> .').map((t) => [t.subject, t.predicate, t.object]), [
      [iri('http://b.org/dir/x'), 'http://b.org/dir/doc#p', iri('http://b.org/top')],
      [iri('http://c.org/y'), 'http://c.org/p', iri('http://c.org/z')],
    ]);
  });

  it('gives each triple the line of its object', () => {
    assert.deepEqual(
      readTurtle('<http://s>\n  <http://p> "a",\n  """b\nc""",\n  "d" .').map((t) => t.line),
      [2, 3, 5],
    );
  });

  it('keeps a literal and a language tag apart from a following name', () => {
    assert.deepEqual(readTurtle('<http://s> <http://p> "a"@en.').map((t) => t.object), [lit('a', 'en')]);
  });
});

describe('Turtle reader: hostile input', () => {
  it('refuses what it does not read, with the line', () => {
    failsAt('<http://s> <http://p> "unclosed', 1, /not closed/);
    failsAt('\n\n<http://s> <http://p> """never closed\n\n', 3, /long string .* not closed/);
    failsAt('<http://s> <http://p> "two\nlines" .', 1, /not closed on its line/);
    failsAt('<http://s> <http://p> [ <http://q> 1 ] .', 1, /not supported/);
    failsAt('\n<http://s> <http://p> ( 1 2 ) .', 2, /not supported/);
    failsAt('[ <http://q> 1 ] .', 1, /not supported/);
    failsAt('<http://s> <http://p> foo:x .', 1, /"foo:" is not declared/);
    failsAt('<http://a b> <http://p> <http://o> .', 1, /not closed by ">"/);
    failsAt('<http://s> <http://p> "a" <http://q> "b" .', 1, /expected "\."/);
    failsAt('<http://s> <http://p> "\\q" .', 1, /unknown escape/);
    failsAt('<http://s> <http://p> "\\u12" .', 1, /hexadecimal/);
    failsAt('<http://s> <http://p> "\\uD800" .', 1, /no Unicode character/);
    failsAt('@keywords a .', 1, /unknown directive/);
    failsAt('<http://s> <http://p> "a"', 1, /found the end of the text/);
    failsAt('<rel> <http://p> "a" .', 1, /needs an @base/);
    failsAt('"literal" <http://p> "a" .', 1, /expected a subject/);
    failsAt('<http://s> "p" "a" .', 1, /expected a predicate/);
    failsAt('<http://s> <http://p> "a"@ .', 1, /language tag/);
    failsAt('<http://s> <http://p> """a"""""" .', 1, /more than two quotes/);
    failsAt('<http://s> <http://p> 熵 .', 1, /expected an object/);
    failsAt('<http://s> <http://p> <http://o> ;\n <http://q> ', 2, /expected an object|found the end/);
  });

  it('refuses IRIs longer than its limit, however they are made', () => {
    failsAt(`@prefix p: <http://x/${'a'.repeat(5000)}> .`, 1, /longer than 4096/);
    failsAt(`@prefix p: <http://x/> .\n<http://s> <http://p> p:${'a'.repeat(5000)} .`, 2, /longer than 4096/);
  });
});
