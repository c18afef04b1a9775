// The SKOS export: the scheme, sections and concepts written by hand for a small pack, Turtle string
// escapes, and the base IRI.

import { strict as assert } from 'node:assert';
import { baseIriProblem, exportSkos, isHttpBaseIri, turtleString } from '../../../src/core/export/exportSkos';
import { readTurtle } from '../../../src/core/import/turtleReader';
import { heatPack } from './exportFixture';

const BASE = 'https://example.org/heat/';

describe('export: skos', () => {
  const ttl = exportSkos({ pack: heatPack() }, BASE);

  it('writes the scheme with its title and top concepts', () => {
    assert.ok(
      ttl.includes(
        [
          '<https://example.org/heat/>',
          '    a skos:ConceptScheme ;',
          '    dct:identifier "heat" ;',
          '    skos:prefLabel "热与序"@zh ;',
          '    skos:prefLabel "Heat and order"@en ;',
          '    skos:hasTopConcept <https://example.org/heat/entropy> ;',
          '    skos:hasTopConcept <https://example.org/heat/agi> .',
          '',
        ].join('\n'),
      ),
    );
  });

  it('writes sections as collections', () => {
    assert.ok(ttl.includes(['<https://example.org/heat/section/limits>', '    a skos:Collection ;', '    cl:heading "极限 [end]" ;', '    skos:prefLabel "Limits"@en ;', '    skos:member <https://example.org/heat/heat-death> .'].join('\n')));
  });

  it('writes concepts with labels, definitions and relations, finer kinds and SKOS ones', () => {
    const expected = [
      '<https://example.org/heat/entropy>',
      '    a skos:Concept ;',
      '    skos:inScheme <https://example.org/heat/> ;',
      '    skos:prefLabel "熵"@zh ;',
      '    skos:prefLabel "entropy"@en ;',
      '    skos:altLabel "disorder"@en ;',
      '    skos:definition "无序的度量。"@zh ;',
      '    skos:definition "A measure of *disorder*, \\"so to speak\\"."@en ;',
      '    cl:leadsTo <https://example.org/heat/heat-death> ;',
      '    skos:related <https://example.org/heat/heat-death> ;',
      '    skos:narrower <https://example.org/heat/heat-death> .',
      '',
      '<https://example.org/heat/heat-death>',
      '    a skos:Concept ;',
      '    skos:inScheme <https://example.org/heat/> ;',
      '    skos:prefLabel "热寂"@zh ;',
      '    skos:prefLabel "heat death"@en ;',
      '    skos:definition "=HYPERLINK(\\"http://x\\")\\nthe end, with a \\\\ backslash"@en ;',
      '    cl:partOf <https://example.org/heat/entropy> ;',
      '    skos:broader <https://example.org/heat/entropy> .',
      '',
      '<https://example.org/heat/agi>',
      '    a skos:Concept ;',
      '    skos:inScheme <https://example.org/heat/> ;',
      '    skos:prefLabel "AGI"@en ;',
      '    skos:altLabel "general AI"@en ;',
      '    skos:definition "Artificial general intelligence."@en ;',
      '    cl:caseSensitiveLabel "AGI"@en .',
      '',
    ].join('\n');
    assert.ok(ttl.endsWith(expected), ttl.slice(-1500));
  });

  it('declares the finer relation kinds as sub-properties of SKOS ones', () => {
    const triples = readTurtle(ttl);
    const sub = (local: string): string | undefined => {
      const t = triples.find((x) => x.subject.kind === 'iri' && x.subject.value.endsWith(`#${local}`) && x.predicate.endsWith('#subPropertyOf'));
      return t?.object.kind === 'iri' ? t.object.value : undefined;
    };
    assert.equal(sub('partOf'), 'http://www.w3.org/2004/02/skos/core#broader');
    assert.equal(sub('exampleOf'), 'http://www.w3.org/2004/02/skos/core#broader');
    for (const k of ['prerequisiteOf', 'leadsTo', 'contrastsWith', 'relatedTo']) assert.equal(sub(k), 'http://www.w3.org/2004/02/skos/core#related', k);
  });

  it('escapes Turtle strings', () => {
    assert.equal(turtleString('a"b\\c'), '"a\\"b\\\\c"');
    assert.equal(turtleString('l1\nl2\r\tx'), '"l1\\nl2\\r\\tx"');
    assert.equal(turtleString('\u0000\u001b\u007f'), '"\\u0000\\u001B\\u007F"');
    assert.equal(turtleString("it's ''' \"\"\""), '"it\'s \'\'\' \\"\\"\\""');
    assert.equal(turtleString('😀 ok, \ud800 lone'), '"😀 ok, \uFFFD lone"');
    // What it writes, the reader reads back unchanged.
    const hostile = 'x"""y\\"\n#not a comment> <iri> . ; ,\u0001';
    const back = readTurtle(`<http://a> <http://b> ${turtleString(hostile)} .`)[0]!.object;
    assert.deepEqual(back, { kind: 'literal', value: hostile, lang: undefined, datatype: undefined });
  });

  it('refuses a base IRI that would break the Turtle', () => {
    assert.equal(baseIriProblem('https://example.org/x/'), undefined);
    assert.ok(baseIriProblem('relative/'));
    assert.ok(baseIriProblem('https://example.org/> <x'));
    assert.ok(baseIriProblem('https://example.org/a b'));
    assert.throws(() => exportSkos({ pack: heatPack() }, 'http://x/"'), /base IRI/);
  });

  it('takes as the setting\'s base IRI only an absolute http(s) IRI ending in / or #', () => {
    for (const ok of ['https://example.org/concepts/', 'http://example.org/v#', 'HTTPS://x/', 'https://例子.中国/概念/'])
      assert.equal(isHttpBaseIri(ok), true, ok);
    for (const bad of ['', 'https://example.org/concepts', 'ftp://example.org/', 'urn:x:y/', 'example.org/', '/concepts/', 'https:///', 'https://#', 'https://example.org/a b/', 'https://example.org/>/', ' https://example.org/'])
      assert.equal(isHttpBaseIri(bad), false, bad);
  });

  it('defaults the base IRI to one made from the pack id', () => {
    assert.ok(exportSkos({ pack: heatPack() }).includes('<https://concept-lens.invalid/packs/heat/entropy>'));
  });
});
