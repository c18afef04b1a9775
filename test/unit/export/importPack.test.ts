// Import: a glossary CSV and a SKOS scheme as concept packs that the loader takes, and the round
// trip export skos → import that keeps every id, name, alias, explanation and relation.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { ROOT } from '../../support/paths';
import { importCsv } from '../../../src/core/import/importCsv';
import { importSkos } from '../../../src/core/import/importSkos';
import { readCsv } from '../../../src/core/import/csvReader';
import { exportSkos } from '../../../src/core/export/exportSkos';
import { loadBuiltinPack } from '../../../src/core/pack/builtinPack';
import { validatePack, type ConceptPack } from '../../../src/core/pack/loadPack';
import { heatPack } from './exportFixture';

function loaded(spec: unknown): ConceptPack {
  const { pack, problems } = validatePack(spec);
  assert.deepEqual(problems, []);
  return pack!;
}

describe('import: CSV reader', () => {
  it('reads RFC 4180 records: quotes, doubled quotes, line breaks in fields, CRLF, a BOM', () => {
    assert.deepEqual(readCsv('\uFEFFa,"b,c","say ""hi"""\r\n"two\nlines",x\rlast,,'), [
      { fields: ['a', 'b,c', 'say "hi"'], line: 1 },
      { fields: ['two\nlines', 'x'], line: 2 },
      { fields: ['last', '', ''], line: 4 },
    ]);
  });

  it('refuses an unclosed quote and a stray quote, with the line', () => {
    assert.throws(() => readCsv('a,b\n"open,x\n'), /line 2: a quoted field is not closed/);
    assert.throws(() => readCsv('a,b"c\n'), /line 1: a quote inside a field/);
    assert.throws(() => readCsv('"a"b,c\n'), /line 1: a quoted field must end/);
  });
});

describe('import: glossary CSV', () => {
  it('makes a pack of 2- and 3-column rows, with ids from the English name or the pinyin', () => {
    const r = importCsv('中文,英文,解释\n熵,entropy,无序的度量\n对称破缺,,\n,Heat Death,"The end, of all."\n', 'glossary');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.pack, {
      id: 'glossary',
      version: 1,
      article: { title: { en: 'glossary' }, sections: [] },
      concepts: [
        { id: 'entropy', name: { zh: '熵', en: 'entropy' }, explanation: { zh: '无序的度量' } },
        { id: 'dui-chen-po-que', name: { zh: '对称破缺' }, explanation: { zh: '导入时没有解释。' } },
        { id: 'heat-death', name: { en: 'Heat Death' }, explanation: { en: 'The end, of all.' } },
      ],
    });
    loaded(r.pack);
  });

  it('takes the first row as data when it is not a header', () => {
    const r = importCsv('熵,entropy\n涌现,emergence\n');
    assert.deepEqual(r.pack?.concepts.map((c) => c.id), ['entropy', 'emergence']);
  });

  it('reports rows it cannot use, by line, and gives no pack', () => {
    assert.deepEqual(importCsv('熵,entropy\n\na,b,c,d\n').problems, [{ line: 3, message: 'expected 2 or 3 columns (zh, en, explanation), found 4' }]);
    assert.deepEqual(importCsv('熵,entropy\n ,  ,x\n').problems, [{ line: 2, message: 'a row needs a Chinese or an English name' }]);
    assert.deepEqual(importCsv('熵,entropy\n熵,other\n').problems, [{ line: 2, message: 'the name "熵" is already on line 1' }]);
    assert.equal(importCsv('熵,entropy\n熵,other\n').pack, undefined);
    assert.deepEqual(importCsv('zh,en\n').problems, [{ line: undefined, message: 'no glossary rows' }]);
  });

  it('passes the loader: a name the loader refuses is reported on its line', () => {
    // Full-width letters are the same name to the scanner (it folds width), not to the row check.
    const r = importCsv('熵,entropy\n无序,ｅｎｔｒｏｐｙ\n');
    assert.equal(r.pack, undefined);
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0]?.line, 2);
    assert.match(r.problems[0]!.message, /already claimed by concept "entropy"/);
  });
});

describe('import: SKOS', () => {
  const foreign = [
    '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .',
    '@prefix ex: <http://example.org/thesaurus/> .',
    'ex:scheme a skos:ConceptScheme ; skos:prefLabel "Thermo"@en .',
    'ex:Heat a skos:Concept ; skos:prefLabel "热"@zh-Hans, "heat"@en-US, "Wärme"@de ;',
    '  skos:altLabel "warmth"@en ; skos:hiddenLabel "hete"@en ; skos:definition "Energy in transit."@en ;',
    '  skos:narrower ex:Radiation ; skos:related ex:T .',
    'ex:Radiation a skos:Concept ; skos:prefLabel "辐射" ; skos:broader ex:Heat .',
    'ex:T a skos:Concept ; skos:prefLabel "temperature" ; skos:related ex:Heat ; skos:broader ex:Outside .',
  ].join('\n');

  it('reads a foreign scheme: labels by language, broader/narrower/related as part-of/related-to', () => {
    const r = importSkos(foreign, 'thermo');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.pack, {
      id: 'thermo',
      version: 1,
      article: { title: { en: 'Thermo' }, sections: [] },
      concepts: [
        { id: 'heat', name: { zh: '热', en: 'heat' }, aliases: { en: ['warmth', 'hete'] }, explanation: { en: 'Energy in transit.' }, relations: [{ kind: 'related-to', target: 'temperature' }] },
        { id: 'fu-she', name: { zh: '辐射' }, explanation: { zh: '导入时没有解释。' }, relations: [{ kind: 'part-of', target: 'heat' }] },
        { id: 'temperature', name: { en: 'temperature' }, explanation: { en: 'Imported without an explanation.' } },
      ],
    });
    loaded(r.pack);
  });

  it('reports a concept without a Chinese or English name, and a Turtle error, by line', () => {
    assert.deepEqual(importSkos('<http://x/a> a <http://www.w3.org/2004/02/skos/core#Concept> ;\n <http://www.w3.org/2004/02/skos/core#prefLabel> "Wärme"@de .').problems, [
      { line: 1, message: 'the concept http://x/a has no skos:prefLabel in Chinese or English' },
    ]);
    assert.deepEqual(importSkos('\n\n<http://x/a> a [ ] .').problems, [{ line: 3, message: 'blank node property lists [ … ] and collections ( … ) are not supported by this reader' }]);
    assert.deepEqual(importSkos('<http://x/a> <http://p> "x" .').problems, [{ line: undefined, message: 'no skos:Concept in the text' }]);
  });
});

describe('import: the SKOS round trip', () => {
  /** What a loaded pack says about its concepts and article, in a form that compares. */
  function essence(p: ConceptPack): unknown {
    return { id: p.id, title: p.title, sections: p.sections, concepts: p.concepts };
  }

  for (const [name, pack] of [
    ['the small pack', heatPack()],
    ['the built-in pack (28 concepts, senses, exclusions, contextual aliases)', loadBuiltinPack()],
  ] as const)
    it(`keeps ids, names, aliases, explanations, relations and sections: ${name}`, () => {
      const r = importSkos(exportSkos({ pack }, 'https://example.org/p/'));
      assert.deepEqual(r.problems, []);
      assert.deepEqual(essence(loaded(r.pack)), essence(pack));
    });
});

describe('import: the JSON schema', () => {
  it('passes schemas/concept-pack.schema.json (ajv), for CSV, a foreign scheme and the built-in round trip', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'concept-pack.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const packs = [
      importCsv('中文,英文,解释\n熵,entropy,无序的度量\n对称破缺,,\n').pack,
      importSkos('<http://x/a> a <http://www.w3.org/2004/02/skos/core#Concept> ; <http://www.w3.org/2004/02/skos/core#prefLabel> "热"@zh ; <http://www.w3.org/2004/02/skos/core#related> <http://x/b> .\n<http://x/b> a <http://www.w3.org/2004/02/skos/core#Concept> ; <http://www.w3.org/2004/02/skos/core#prefLabel> "Heat"@en .').pack,
      importSkos(exportSkos({ pack: loadBuiltinPack() })).pack,
    ];
    for (const p of packs) {
      assert.ok(p);
      assert.ok(validate(p), JSON.stringify(validate.errors));
    }
  });
});
