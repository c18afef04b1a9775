import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parsePack, formatProblem } from '../../src/core/pack/loadPack';
import { loadBuiltinPack } from '../../src/core/pack/builtinPack';
import { ROOT } from '../support/paths';

const base = {
  id: 'demo',
  article: { title: { zh: '示例', en: 'Demo' }, sections: [{ id: 'intro', heading: '引言' }] },
};
// English names of more than one letter: a one-letter name is warned about (it matches almost everywhere).
const concept = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: { zh: id + '中', en: `${id} term` }, explanation: { zh: '解释。', en: 'Explained.' }, ...extra });
const load = (value: unknown) => parsePack(JSON.stringify(value, null, 2));

describe('concept packs', () => {
  it('the built-in pack is valid and has the stable ids', () => {
    const pack = loadBuiltinPack();
    const ids = new Set(pack.concepts.map((c) => c.id));
    for (const id of ['entropy', 'second-law-of-thermodynamics', 'least-cost-principle', 'refraction', 'time-crystal', 'symmetry', 'symmetry-breaking', 'heat-death', 'phase-transition', 'big-bang', 'emergence', 'self-organization', 'critical-point', 'more-is-different', 'formal-system', 'chaos', 'recursion', 'language', 'consciousness', 'transformer', 'embedding', 'attention-mechanism', 'large-language-model', 'pretraining', 'agi', 'information-entropy'])
      assert.ok(ids.has(id), id);
    assert.equal(pack.sections.length, 5);
    for (const c of pack.concepts) {
      assert.ok(c.explanation.zh && c.explanation.en, `${c.id} explains itself in both languages`);
      assert.ok(c.section, `${c.id} has a home section`);
    }
  });

  it('the built-in pack follows the article’s argument', () => {
    const pack = loadBuiltinPack();
    const has = (from: string, to: string) => pack.concepts.find((c) => c.id === from)!.relations.some((r) => r.target === to);
    assert.ok(has('entropy', 'information-entropy'));
    assert.ok(has('symmetry', 'symmetry-breaking'));
    assert.ok(has('symmetry-breaking', 'phase-transition'));
    assert.ok(has('phase-transition', 'emergence'));
    assert.ok(has('embedding', 'transformer') || has('transformer', 'embedding'));
    assert.ok(has('large-language-model', 'emergence'));
    assert.ok(has('emergence', 'agi'));
  });

  it('the built-in pack is valid against its JSON schema file’s field list', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'concept-pack.schema.json'), 'utf8'));
    assert.deepEqual(Object.keys(schema.definitions.concept.properties).sort(), ['aliases', 'caseSensitive', 'context', 'exclusions', 'explanation', 'id', 'name', 'preferred', 'relations', 'section', 'sense'].sort());
    const text = readFileSync(join(ROOT, 'src', 'packs', 'entropy-and-emergence.pack.json'), 'utf8');
    const { problems } = parsePack(text);
    assert.deepEqual(problems, []);
    // And the schema itself accepts it (senses in context included).
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    assert.ok(validate(JSON.parse(text)), JSON.stringify(validate.errors));
  });

  it('reports invalid JSON with line and column', () => {
    const { pack, problems } = parsePack('{\n  "id": "x",\n  "concepts": [\n    {"id": }\n  ]\n}');
    assert.equal(pack, undefined);
    assert.equal(problems[0]!.line, 4);
    assert.equal(problems[0]!.column, 12);
    assert.match(formatProblem(problems[0]!, 'p.json'), /^p\.json:4:12: \$: invalid JSON/);
  });

  it('reports unknown fields with their path and position, keeping the concept', () => {
    const value = { ...base, concepts: [concept('a', { colour: 'red' })] };
    const text = JSON.stringify(value, null, 2);
    const { pack, problems } = parsePack(text);
    assert.equal(pack!.concepts.length, 1);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.path, '$.concepts[0].colour');
    assert.match(problems[0]!.message, /unknown field "colour"/);
    const keyLine = text.slice(0, text.indexOf('"colour"')).split('\n').length;
    assert.equal(problems[0]!.line, keyLine);
    assert.equal(problems[0]!.column, 7);
  });

  it('reports duplicate ids and keeps the first', () => {
    const { pack, problems } = load({ ...base, concepts: [concept('a'), { ...concept('a'), name: { en: 'other' } }, concept('b')] });
    assert.deepEqual(pack!.concepts.map((c) => c.id), ['a', 'b']);
    assert.equal(problems[0]!.path, '$.concepts[1].id');
    assert.match(problems[0]!.message, /duplicate concept id "a"/);
  });

  it('reports a relation to an unknown id and keeps the rest of the concept', () => {
    const { pack, problems } = load({ ...base, concepts: [concept('a', { relations: [{ kind: 'leads-to', target: 'nowhere' }, { kind: 'leads-to', target: 'b' }] }), concept('b')] });
    assert.deepEqual(pack!.concepts[0]!.relations, [{ kind: 'leads-to', target: 'b' }]);
    assert.equal(problems[0]!.path, '$.concepts[0].relations[0].target');
    assert.match(problems[0]!.message, /unknown concept "nowhere"/);
  });

  it('reports an unknown relation kind', () => {
    const { problems } = load({ ...base, concepts: [concept('a', { relations: [{ kind: 'loves', target: 'b' }] }), concept('b')] });
    assert.equal(problems[0]!.path, '$.concepts[0].relations[0].kind');
  });

  it('reports an alias claimed by two concepts, whatever its case or width', () => {
    const { pack, problems } = load({ ...base, concepts: [concept('a', { aliases: { en: ['Shared Term'] } }), concept('b', { aliases: { en: ['ｓｈａｒｅｄ  term', 'own'] } })] });
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.path, '$.concepts[1].aliases.en[0]');
    assert.match(problems[0]!.message, /already claimed by concept "a"/);
    assert.deepEqual(pack!.concepts[1]!.aliases.map((a) => a.text), ['b中', 'b term', 'own']);
  });

  it('warns about an empty alias, and skips it', () => {
    const { pack, problems } = load({ ...base, concepts: [concept('a', { aliases: { zh: ['', '  ', '好'] } })] });
    assert.deepEqual(problems.map((p) => p.path), ['$.concepts[0].aliases.zh[0]', '$.concepts[0].aliases.zh[1]']);
    assert.ok(problems.every((p) => p.message === 'an alias is empty; it is skipped' && p.severity === 'warning'));
    assert.deepEqual(pack!.concepts[0]!.aliases.map((a) => a.text), ['a中', 'a term', '好']);
    assert.ok(pack!.concepts[0]!.aliases.some((a) => a.text === '好'));
  });

  it('reads a sense and reports one of an unknown concept, of itself, or without cues', () => {
    const good = load({ ...base, concepts: [concept('broad'), concept('narrow', { sense: { of: 'broad', cues: { en: ['cue word'] }, except: { zh: ['例外'] } } })] });
    assert.deepEqual(good.problems, []);
    assert.deepEqual(good.pack!.concepts[1]!.sense, { of: 'broad', cues: [{ text: 'cue word', lang: 'en' }], except: [{ text: '例外', lang: 'zh' }], aliases: [] });
    const bad = load({
      ...base,
      concepts: [
        concept('a', { sense: { of: 'nowhere', cues: { en: ['x'] } } }),
        concept('b', { sense: { of: 'b', cues: { en: ['x'] } } }),
        concept('c', { sense: { of: 'a', cues: { en: [] } } }),
        concept('d', { sense: { of: 'a', cues: { en: ['x'] }, extra: 1 } }),
        concept('e', { sense: { of: 'a', cues: { en: ['y'] } } }),
      ],
    });
    assert.deepEqual(bad.problems.map((p) => p.path), ['$.concepts[0].sense.of', '$.concepts[1].sense.of', '$.concepts[2].sense.cues', '$.concepts[3].sense.extra', '$.concepts[4].sense.of']);
    assert.match(bad.problems[4]!.message, /"a" already has a narrower sense \(\$\.concepts\[3\]\.sense\)/);
    assert.deepEqual(bad.pack!.concepts.map((c) => c.sense?.of), [undefined, undefined, undefined, 'a', undefined]);
  });

  it("reads a sense's other names of the broader concept, and reports one that is not its name", () => {
    const { pack, problems } = load({
      ...base,
      concepts: [concept('broad', { aliases: { zh: ['高宽'] } }), concept('narrow', { sense: { of: 'broad', cues: { en: ['cue'] }, aliases: { zh: ['高宽', '别的'], en: [3] } } })],
    });
    assert.deepEqual(problems.map((p) => p.path), ['$.concepts[1].sense.aliases.zh[1]', '$.concepts[1].sense.aliases.en[0]']);
    assert.match(problems[0]!.message, /"别的" is not a name or alias of "broad"/);
    assert.deepEqual(pack!.concepts[1]!.sense!.aliases, [{ text: '高宽', lang: 'zh' }]);
  });

  it('reports a section that does not exist', () => {
    const { pack, problems } = load({ ...base, concepts: [concept('a', { section: 'missing' })] });
    assert.equal(pack!.concepts[0]!.section, undefined);
    assert.equal(problems[0]!.path, '$.concepts[0].section');
    assert.match(problems[0]!.message, /section "missing" does not exist/);
  });

  it('keeps every valid concept when some are broken', () => {
    const { pack, problems } = load({ ...base, concepts: [concept('good'), 42, { name: { en: 'no id' } }, { id: 'Bad Id' }, concept('also-good')] });
    assert.deepEqual(pack!.concepts.map((c) => c.id), ['good', 'also-good']);
    assert.equal(problems.length, 3);
  });

  it('says what is wrong with a pack that is not an object', () => {
    const { pack, problems } = parsePack('[1, 2]');
    assert.equal(pack, undefined);
    assert.match(problems[0]!.message, /must be a JSON object/);
  });

  it('reads comments as a writer’s notes, and places problems on the text as written', () => {
    const text = ['{', '  // the notes of a writer', '  "id": "c",', '  /* a block', '     of two lines */', '  "article": { "title": { "en": "C" }, "sections": [] },', '  "concepts": [{ "id": "Bad Id", "name": { "en": "x" }, "explanation": { "en": "y" } }]', '}'].join('\n');
    const { problems } = parsePack(text);
    // The bad id is on line 7 (counted by hand), after five lines of which three are comments.
    assert.deepEqual(problems.map((p) => [p.path, p.line]), [['$.concepts[0].id', 7]]);
    assert.equal(parsePack('{ "id": "c", } // and a trailing comma').pack, undefined, 'only comments are let through');
  });
});
