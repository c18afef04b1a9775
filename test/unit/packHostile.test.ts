// Hostile and huge concept packs: names that are Object.prototype's keys, nesting that would overflow
// a recursive parser, sizes past the loader's limits, aliases that match everywhere or nowhere, and
// random input that must never make parsePack or compilePack throw.

import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { parsePack, validatePack, formatProblem, isPackError, nestingBeyond, PACK_LIMITS, type ConceptPack, type PackProblem } from '../../src/core/pack/loadPack';
import { RELATION_KINDS } from '../../src/core/pack/conceptPack';
import { mergePacks } from '../../src/core/pack/mergePacks';
import { loadBuiltinPack, BUILTIN_INFLECTIONS } from '../../src/core/pack/builtinPack';
import { basicInflections, hasInflection, inflectionsOf, inflectionTable, mergeInflections, type InflectionTable } from '../../src/core/inflect/inflections';
import { deriveInflections } from '../../src/core/inflect/compromiseInflections';
import { compilePack } from '../../src/core/scan/compiledPack';
import { scanDocument } from '../../src/core/scan/documentScan';
import { relationsOf } from '../../src/core/features/relations';
import { buildConceptGraph } from '../../src/core/graph/conceptGraph';
import { occurrences } from '../support/testPack';

const article = { title: { en: 'Prototype words' }, sections: [{ id: 'constructor', heading: 'constructor' }] };
const explanation = { en: 'Explained.' };
const text = (value: unknown): string => JSON.stringify(value, null, 2);
/** `path severity: message`, the shortest readable form of a problem. */
const brief = (p: PackProblem): string => `${p.path} ${p.severity ?? 'error'}: ${p.message}`;

/** Concepts named by every key of Object.prototype that a pack might use, one of them with the id "constructor". */
const HOSTILE = {
  id: 'hostile',
  article,
  concepts: [
    {
      id: 'constructor',
      name: { en: 'constructor', zh: '构造函数' },
      explanation,
      section: 'constructor',
      aliases: { en: ['hasOwnProperty'] },
      relations: [{ kind: 'related-to', target: 'to-string' }],
    },
    { id: 'to-string', name: { en: 'toString' }, explanation, aliases: { en: [{ text: 'valueOf', caseSensitive: true }] } },
    { id: 'proto', name: { en: '__proto__' }, explanation, aliases: { en: ['prototype chain'] } },
  ],
};
const HOSTILE_DOC = 'The constructor and its constructors call toString, then valueOf; ValueOf is not it.\n\nhasOwnProperty walks the prototype chain, and __proto__ too. 构造函数。\n';
/** Hand-written: the concepts named in HOSTILE_DOC, in order ("ValueOf" differs in case from the case-sensitive alias). */
const HOSTILE_FOUND = ['constructor', 'constructor', 'to-string', 'to-string', 'constructor', 'proto', 'proto', 'constructor'];

describe('hostile concept packs', () => {
  describe('keys that are Object.prototype’s', () => {
    it('a pack whose names and aliases are constructor, toString, __proto__, hasOwnProperty and valueOf loads cleanly', () => {
      const { pack, problems } = parsePack(text(HOSTILE));
      assert.deepEqual(problems, []);
      assert.deepEqual(
        pack!.concepts.map((c) => [c.id, c.aliases.map((a) => a.text)]),
        [
          ['constructor', ['构造函数', 'constructor', 'hasOwnProperty']],
          ['to-string', ['toString', 'valueOf']],
          ['proto', ['__proto__', 'prototype chain']],
        ],
      );
      assert.equal(pack!.concepts[0]!.section, 'constructor');
    });

    it('is found in text with the built-in inflections, a plain copy of them, or none', () => {
      const { pack } = parsePack(text(HOSTILE));
      // A plain object spread from the table (as the CLI and the extension merge tables) inherits "constructor".
      const tables: InflectionTable[] = [BUILTIN_INFLECTIONS, { ...BUILTIN_INFLECTIONS }, {}];
      for (const table of tables) {
        const cp = compilePack(pack!, table);
        assert.deepEqual(
          occurrences(HOSTILE_DOC, cp).map((o) => o.concept),
          HOSTILE_FOUND,
        );
      }
    });

    it('uses a table’s own entries for such aliases, even in a table parsed from JSON', () => {
      const { pack } = parsePack(text(HOSTILE));
      const cached = JSON.parse('{"toString": ["toStringz"], "__proto__": ["protos"], "hasOwnProperty": "not a list"}') as InflectionTable;
      const cp = compilePack(pack!, { ...BUILTIN_INFLECTIONS, ...cached });
      assert.deepEqual(
        occurrences('toStringz and toStrings; hasOwnProperties.', cp).map((o) => `${o.concept}:${o.text}`),
        // toStrings is not derived (the table has toString's forms); hasOwnProperty's entry is unusable, so the regular plural stands in.
        ['to-string:toStringz', 'constructor:hasOwnProperties'],
      );
    });

    it('the inflection tables have no prototype, and the helpers read own entries only', () => {
      assert.equal(Object.getPrototypeOf(BUILTIN_INFLECTIONS), null);
      assert.equal('constructor' in BUILTIN_INFLECTIONS, false);
      assert.equal(hasInflection(BUILTIN_INFLECTIONS, 'constructor'), false);
      assert.equal(hasInflection(BUILTIN_INFLECTIONS, 'entropy'), true);
      assert.deepEqual(inflectionsOf(BUILTIN_INFLECTIONS, 'entropy'), ['entropies']);
      assert.equal(inflectionsOf({}, 'constructor'), undefined);
      assert.equal(inflectionsOf({}, '__proto__'), undefined);
      assert.deepEqual(inflectionsOf(JSON.parse('{"a": ["b", 1, null, "c"]}') as InflectionTable, 'a'), ['b', 'c']);

      const merged = mergeInflections({ entropy: ['x'] }, JSON.parse('{"__proto__": ["protos"], "entropy": ["entropies"]}') as InflectionTable);
      assert.equal(Object.getPrototypeOf(merged), null);
      assert.deepEqual(Object.keys(merged), ['entropy', '__proto__']);
      assert.deepEqual(inflectionsOf(merged, '__proto__'), ['protos']);
      assert.deepEqual(inflectionsOf(merged, 'entropy'), ['entropies']);

      const made = inflectionTable([['constructor', ['constructors']]]);
      assert.equal(Object.getPrototypeOf(made), null);
      assert.deepEqual(inflectionsOf(made, 'constructor'), ['constructors']);
    });

    it('compromise’s table keeps every alias as an own entry', () => {
      const table = deriveInflections(['constructor', '__proto__', 'toString', 'valueOf', 'entropy']);
      assert.equal(Object.getPrototypeOf(table), null);
      assert.deepEqual(Object.keys(table), ['constructor', '__proto__', 'toString', 'valueOf', 'entropy']);
      assert.deepEqual(inflectionsOf(table, 'constructor'), ['constructors']);
      assert.deepEqual(inflectionsOf(table, 'entropy'), ['entropies']);
      // A table that goes through a JSON cache file keeps them too.
      assert.deepEqual(Object.keys(mergeInflections(JSON.parse(JSON.stringify(table)) as InflectionTable)), ['constructor', '__proto__', 'toString', 'valueOf', 'entropy']);
    });

    it('a "__proto__" field in the pack’s JSON is an unknown field, not a prototype', () => {
      const json = '{"id": "p", "article": {"title": {"en": "T"}, "sections": []}, "concepts": [{"id": "a-b", "__proto__": {"polluted": true}, "name": {"en": "ab"}, "explanation": {"en": "x"}}]}';
      const { pack, problems } = parsePack(json);
      assert.deepEqual(problems.map(brief), ['$.concepts[0].__proto__ error: unknown field "__proto__"']);
      assert.equal(pack!.concepts[0]!.id, 'a-b');
      assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });

    it('merging, relations and the graph take the id "constructor" like any other', () => {
      const { pack } = parsePack(text(HOSTILE));
      const { pack: merged } = mergePacks([loadBuiltinPack(), pack!]);
      assert.ok(merged.concepts.some((c) => c.id === 'constructor'));
      const ctor = pack!.concepts[0]!;
      assert.deepEqual(
        relationsOf(pack!, ctor).map((r) => `${r.direction} ${r.kind} ${r.other.id}`),
        ['out related-to to-string'],
      );
      const cp = compilePack(pack!);
      const graph = buildConceptGraph(cp, scanDocument(HOSTILE_DOC, cp).matches, []);
      assert.deepEqual(
        graph.nodes.map((n) => `${n.id}:${n.mentions}`),
        ['constructor:4', 'to-string:2', 'proto:2'],
      );
      assert.deepEqual(graph.relations, [{ kind: 'related-to', source: 'constructor', target: 'to-string', directed: false }]);
    });
  });

  describe('deep nesting', () => {
    it('nestingBeyond finds where nesting passes the limit, outside strings and comments', () => {
      assert.equal(nestingBeyond('[[]]', 2), -1);
      assert.equal(nestingBeyond('[[]]', 1), 1);
      assert.equal(nestingBeyond('[][][]', 1), -1);
      assert.equal(nestingBeyond('{"a": {"b": []}}', 2), 12);
      // Brackets in strings, escaped quotes and comments do not count.
      assert.equal(nestingBeyond('["[[[", "\\"[[["]', 1), -1);
      assert.equal(nestingBeyond('[/* [[[ */ // [[[\n]', 1), -1);
      // A bracket closes only its own kind of level, as jsonc-parser reads it.
      assert.equal(nestingBeyond('[}[', 1), 2);
      assert.equal(nestingBeyond('[]][', 1), -1);
      // An unterminated string ends at the line break; what follows counts.
      assert.equal(nestingBeyond('["abc\n[[', 2), 7);
    });

    it('a pack nested 20,000 levels deep is a problem, not a stack overflow', () => {
      const cases: [string, string, number][] = [
        ['arrays', `{"concepts":${'['.repeat(20000)}${']'.repeat(20000)}}`, 76],
        ['objects', `{"concepts":${'{"a":'.repeat(20000)}1${'}'.repeat(20000)}}`, 328],
        ['unclosed', '['.repeat(20000), 65],
        // The 65th level is the 32nd `{"a": [`'s brace: 25 + 31 × 7 = offset 242.
        ['mixed', `{"id": "x", "concepts": [${'{"a": ['.repeat(10000)}`, 243],
      ];
      for (const [what, json, column] of cases) {
        const started = Date.now();
        const { pack, problems } = parsePack(json);
        assert.ok(Date.now() - started < 2000, `${what}: rejected at once`);
        assert.equal(pack, undefined, what);
        assert.deepEqual(problems, [{ path: '$', message: 'the pack is nested deeper than 64 levels of arrays and objects (a pack needs 6)', detail: { id: 'tooDeep', max: 64 }, line: 1, column }], what);
      }
    });

    it('64 levels are read; brackets inside strings do not count', () => {
      const json = `{"id": "x", "article": {"title": {"en": "T"}, "sections": []}, "concepts": [], "deep": ${'['.repeat(63)}${']'.repeat(63)}, "$schema": "${'['.repeat(20000)}"}`;
      const { pack, problems } = parsePack(json);
      assert.deepEqual(problems.map(brief), ['$.deep error: unknown field "deep"']);
      assert.deepEqual(pack!.concepts, []);
    });

    it('a pack nested deeply as an object is validated without recursion', () => {
      let deep: unknown = 'bottom';
      for (let i = 0; i < 100_000; i++) deep = [deep];
      const { pack, problems } = validatePack({ id: 'x', article, concepts: [deep, { id: 'a-b', name: { en: 'ab' }, explanation, relations: [{ kind: 'leads-to', target: deep }], section: deep }] });
      assert.deepEqual(problems.map(brief), [
        '$.concepts[0] error: a concept must be an object',
        '$.concepts[1].section error: section "[…]" does not exist in the article',
        '$.concepts[1].relations[0].target error: relation to unknown concept "[…]"',
      ]);
      assert.deepEqual(pack!.concepts.map((c) => c.id), ['a-b']);
    });
  });

  describe('limits', () => {
    const concept = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: { en: `${id} term` }, explanation, ...extra });

    it('an alias of 1 MB is skipped with a problem; 200 characters are fine', () => {
      const started = Date.now();
      const { pack, problems } = parsePack(text({ id: 'x', article, concepts: [concept('big', { aliases: { en: ['x'.repeat(1 << 20), 'y'.repeat(200)], zh: ['熵'.repeat(201)] } })] }));
      assert.ok(Date.now() - started < 2000);
      assert.deepEqual(problems.map(brief), [
        '$.concepts[0].aliases.zh[0] error: an alias is longer than 200 characters (201); it is skipped',
        '$.concepts[0].aliases.en[0] error: an alias is longer than 200 characters (1048576); it is skipped',
      ]);
      assert.deepEqual(pack!.concepts[0]!.aliases.map((a) => a.text.length), [8, 200]);
    });

    it('a name of 1 MB leaves the concept without that name', () => {
      const { pack, problems } = parsePack(text({ id: 'x', article, concepts: [{ id: 'big', name: { en: 'x'.repeat(1 << 20) }, explanation }, { id: 'ok', name: { en: 'x'.repeat(1 << 20), zh: '好名字' }, explanation }] }));
      assert.deepEqual(problems.map(brief), [
        '$.concepts[0].name.en error: the concept name (en) is longer than 200 characters (1048576); it is skipped',
        '$.concepts[0].name error: the concept name needs "zh" or "en"',
        '$.concepts[1].name.en error: the concept name (en) is longer than 200 characters (1048576); it is skipped',
      ]);
      assert.deepEqual(pack!.concepts.map((c) => [c.id, c.name]), [['ok', { zh: '好名字' }]]);
    });

    it('keeps the first 5,000 concepts', () => {
      const concepts = Array.from({ length: 5001 }, (_, i) => concept(`c-${i}`));
      const { pack, problems } = parsePack(text({ id: 'x', article, concepts }));
      assert.deepEqual(problems.map(brief), ['$.concepts[5000] error: the pack has 5001 concepts; only the first 5000 are read']);
      assert.equal(pack!.concepts.length, 5000);
      assert.equal(pack!.concepts[4999]!.id, 'c-4999');
    });

    it('keeps the concepts whose names and aliases fit in 200,000 characters, and quietly drops relations to the rest', () => {
      // Each concept: a name of 10 characters and 5 aliases of 198, 1,000 characters in all; 200 fit.
      // (Concept 1 has a cue of 3 characters, and a name of 7.) The aliases have no Latin letter, so
      // that each is one surface and the test compiles quickly.
      const pad = (i: number) => String(i).padStart(5, '0');
      const concepts = Array.from({ length: 250 }, (_, i) => ({
        id: `c-${pad(i)}`,
        name: { en: i === 1 ? `n-${pad(i)}` : `name-${pad(i)}` },
        explanation,
        aliases: { zh: Array.from({ length: 5 }, (_, j) => `${pad(i)}-${j}-${'字'.repeat(190)}`) },
        ...(i === 0 ? { relations: [{ kind: 'leads-to', target: 'c-00210' }, { kind: 'leads-to', target: 'nowhere' }, { kind: 'leads-to', target: 'c-00001' }] } : {}),
        ...(i === 1 ? { sense: { of: 'c-00220', cues: { en: ['cue'] } } } : {}),
      }));
      const { pack, problems } = parsePack(text({ id: 'x', article, concepts }));
      assert.deepEqual(problems.map(brief), [
        "$.concepts[200] error: the names, aliases, exclusions and cues of the pack's concepts exceed 200000 characters in all; this concept and the 49 after it are skipped",
        '$.concepts[0].relations[1].target error: relation to unknown concept "nowhere"',
      ]);
      assert.equal(pack!.concepts.length, 200);
      assert.deepEqual(pack!.concepts[0]!.relations, [{ kind: 'leads-to', target: 'c-00001' }]);
      assert.equal(pack!.concepts[1]!.sense, undefined);
      const cp = compilePack(pack!);
      const alias = `00199-4-${'字'.repeat(190)}`;
      assert.deepEqual(occurrences(`Say ${alias} twice.`, cp).map((o) => `${o.concept}:${o.text.length}`), ['c-00199:198']);
    });

    it('a pack longer than 8 MiB is not read', () => {
      const { pack, problems } = parsePack(`${' '.repeat(PACK_LIMITS.maxTextLength)}{}`);
      assert.equal(pack, undefined);
      assert.deepEqual(problems, [{ path: '$', message: 'the pack is 8388610 characters long; a pack may have at most 8388608', detail: { id: 'packTooLong', length: 8388610, max: 8388608 }, line: 1, column: 1 }]);
    });

    it('lists 200 problems and counts the rest', () => {
      const fields = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`f${i}`, i]));
      const errors = parsePack(text({ id: 'x', article, concepts: [], ...fields })).problems;
      assert.equal(errors.length, 201);
      assert.equal(brief(errors[199]!), '$.f199 error: unknown field "f199"');
      assert.equal(brief(errors[200]!), '$ error: 800 more problems are not listed (the first 200 are)');
      const warnings = parsePack(text({ id: 'x', article, concepts: [concept('a-b', { aliases: { en: Array.from({ length: 300 }, () => '\u200b') } })] })).problems;
      assert.equal(warnings.length, 201);
      assert.equal(brief(warnings[200]!), '$ warning: 100 more problems are not listed (the first 200 are)');
    });

    it('an automaton whose edge keys pass 2^31 is built, and finds its patterns', () => {
      // 80,000 characters over 32,164 distinct ones: states × classes > 2^31, which used to throw.
      const chars: string[] = [];
      for (let c = 0x4e00; c <= 0x9fff; c++) chars.push(String.fromCharCode(c));
      for (let c = 0xac00; c <= 0xd7a3; c++) chars.push(String.fromCharCode(c));
      const long = Array.from({ length: 80_000 }, (_, i) => chars[(i * 7919) % chars.length]!).join('');
      const alias = (t: string) => ({ text: t, lang: 'zh' as const, caseSensitive: false, contextual: false });
      const huge: ConceptPack = {
        id: 'huge',
        version: 1,
        name: {},
        title: {},
        sections: [],
        concepts: [
          { id: 'long', name: { zh: long }, aliases: [alias(long)], exclusions: [], explanation: {}, section: undefined, relations: [] },
          { id: 'short', name: { zh: '熵增' }, aliases: [alias('熵增'), alias('가나다')], exclusions: [], explanation: {}, section: undefined, relations: [] },
        ],
      };
      const cp = compilePack(huge);
      assert.ok(cp.automaton.stateCount * cp.automaton.classCount > 2 ** 31);
      const doc = `熵增与${long}与가나다。`;
      assert.deepEqual(
        occurrences(doc, cp).map((o) => `${o.concept}@${o.start}+${o.end - o.start}`),
        ['short@0+2', `long@3+${long.length}`, `short@${long.length + 4}+3`],
      );
    });

    it('the regular plural of a 1 MB alias takes linear time', () => {
      const started = Date.now();
      assert.deepEqual(basicInflections(`${'a'.repeat(1 << 20)}1`), []);
      assert.deepEqual(basicInflections(`${'1'.repeat(1 << 20)}y`), [`${'1'.repeat(1 << 20)}ys`]);
      assert.deepEqual(basicInflections('a\nb'), []);
      assert.deepEqual(basicInflections('a b-city'), ['a b-cities']);
      assert.ok(Date.now() - started < 1000);
    });
  });

  describe('aliases that match almost everywhere, or nowhere', () => {
    const FIXTURE = {
      id: 'x',
      article,
      concepts: [
        {
          id: 'warned',
          name: { en: 'x', zh: '警告' },
          explanation,
          aliases: {
            en: ['', '   ', '\u200b', '\u200b\u200c \u2060', 'en\u200btropy', 'e', 'ｅ', 'ab'],
            zh: ['的', '與', '熵', '了了', '\ufeff'],
          },
        },
      ],
    };

    it('warns, drops the empty and invisible ones, and keeps the rest', () => {
      const { pack, problems } = parsePack(text(FIXTURE));
      assert.deepEqual(problems.map(brief), [
        '$.concepts[0].name.en warning: name "x" is a single letter: it matches almost everywhere',
        '$.concepts[0].aliases.zh[0] warning: alias "的" is a single common function character: it matches almost everywhere',
        '$.concepts[0].aliases.zh[1] warning: alias "與" is a single common function character: it matches almost everywhere',
        '$.concepts[0].aliases.zh[4] warning: an alias is empty; it is skipped',
        '$.concepts[0].aliases.en[0] warning: an alias is empty; it is skipped',
        '$.concepts[0].aliases.en[1] warning: an alias is empty; it is skipped',
        '$.concepts[0].aliases.en[2] warning: an alias has only invisible zero-width characters; it is skipped',
        '$.concepts[0].aliases.en[3] warning: an alias has only invisible zero-width characters; it is skipped',
        '$.concepts[0].aliases.en[4] warning: alias "en\\u200Btropy" contains an invisible zero-width character (U+200B); it matches only text with the same invisible character',
        '$.concepts[0].aliases.en[5] warning: alias "e" is a single letter: it matches almost everywhere',
        '$.concepts[0].aliases.en[6] warning: alias "ｅ" is a single letter: it matches almost everywhere',
      ]);
      assert.ok(problems.every((p) => !isPackError(p)));
      assert.deepEqual(pack!.concepts[0]!.aliases.map((a) => a.text), ['警告', 'x', '的', '與', '熵', '了了', 'en\u200btropy', 'e', 'ab']);
      assert.equal(formatProblem(problems[9]!, 'p.json'), 'p.json:31:11: warning: $.concepts[0].aliases.en[5]: alias "e" is a single letter: it matches almost everywhere');
    });

    it('warns about an alias or name with no letter or digit: it would match punctuation wherever it stands', () => {
      const { pack, problems } = parsePack(text({ id: 'x', article, concepts: [{ id: 'marks', name: { en: '...', zh: '句号' }, explanation, aliases: { en: ['.', '-', '**', 'C++', 'π', '3.14'], zh: ['。', '，'] } }] }));
      assert.deepEqual(problems.map(brief), [
        '$.concepts[0].name.en warning: name "..." has no letter or digit: it matches that punctuation wherever it stands',
        '$.concepts[0].aliases.zh[0] warning: alias "。" has no letter or digit: it matches that punctuation wherever it stands',
        '$.concepts[0].aliases.zh[1] warning: alias "，" has no letter or digit: it matches that punctuation wherever it stands',
        '$.concepts[0].aliases.en[0] warning: alias "." has no letter or digit: it matches that punctuation wherever it stands',
        '$.concepts[0].aliases.en[1] warning: alias "-" has no letter or digit: it matches that punctuation wherever it stands',
        '$.concepts[0].aliases.en[2] warning: alias "**" has no letter or digit: it matches that punctuation wherever it stands',
      ]);
      // Warnings only: the pack loads with every alias, as written.
      assert.ok(problems.every((p) => !isPackError(p)));
      assert.deepEqual(pack!.concepts[0]!.aliases.map((a) => a.text), ['句号', '...', '。', '，', '.', '-', '**', 'C++', 'π', '3.14']);
    });

    it('an alias of zero-width characters never matches', () => {
      const { pack } = parsePack(text(FIXTURE));
      const cp = compilePack(pack!);
      assert.deepEqual(occurrences('a\u200bb \u200b\u200c \u2060 x', cp).map((o) => o.text), ['x']);
      // The alias with an invisible character inside matches only where the character is.
      assert.deepEqual(occurrences('entropy, en\u200btropy', cp).map((o) => o.text), ['en\u200btropy']);
    });

    it('a name of only zero-width characters is an error, and the concept needs another', () => {
      const { pack, problems } = parsePack(text({ id: 'x', article, concepts: [{ id: 'a-b', name: { en: '\u200b' }, explanation }, { id: 'c-d', name: { en: '\u2060', zh: '名' }, explanation, exclusions: { en: ['\u200d'] } }] }));
      assert.deepEqual(problems.map(brief), [
        '$.concepts[0].name.en error: the concept name (en) has only invisible zero-width characters',
        '$.concepts[0].name error: the concept name needs "zh" or "en"',
        '$.concepts[1].name.en error: the concept name (en) has only invisible zero-width characters',
        '$.concepts[1].exclusions.en[0] error: an exclusion has only invisible zero-width characters',
      ]);
      assert.deepEqual(pack!.concepts.map((c) => c.id), ['c-d']);
      assert.deepEqual(pack!.concepts[0]!.exclusions, []);
    });

    it('problems are errors unless they say they are warnings', () => {
      assert.equal(isPackError({ path: '$', message: 'm' }), true);
      assert.equal(isPackError({ path: '$', message: 'm', severity: 'error' }), true);
      assert.equal(isPackError({ path: '$', message: 'm', severity: 'warning' }), false);
      assert.equal(formatProblem({ path: '$.id', message: 'm', line: 1, column: 2 }), '1:2: $.id: m');
    });
  });

  describe('never throws', () => {
    const HOSTILE_STRINGS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'prototype', 'isPrototypeOf', '', ' ', '\u200b', '\ufeff', 'e', '的', 'a-b', 'x'.repeat(201), '熵', 'Entropy-Theory'];
    const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }));
    const ids = fc.constantFrom('constructor', 'a', 'to-string', 'b-c', 'proto');
    const junk = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), hostileString, fc.array(hostileString, { maxLength: 2 }), fc.dictionary(hostileString, hostileString, { maxKeys: 2 }));
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: junk });
    const localized = maybe(fc.record({ zh: maybe(hostileString), en: maybe(hostileString) }, { requiredKeys: [] }));
    const lists = maybe(fc.record({ zh: maybe(fc.array(maybe(hostileString), { maxLength: 3 })), en: maybe(fc.array(maybe(hostileString), { maxLength: 3 })) }, { requiredKeys: [] }));
    const aliasSpec = fc.oneof(hostileString, fc.record({ text: maybe(hostileString), caseSensitive: maybe(fc.boolean()), contextual: maybe(fc.boolean()) }, { requiredKeys: [] }));
    const conceptArb = maybe(
      fc.record(
        {
          id: maybe(fc.oneof(ids, hostileString)),
          name: localized,
          explanation: localized,
          caseSensitive: maybe(fc.boolean()),
          section: maybe(fc.oneof(fc.constant('constructor'), hostileString)),
          aliases: maybe(fc.record({ zh: maybe(fc.array(aliasSpec, { maxLength: 4 })), en: maybe(fc.array(aliasSpec, { maxLength: 4 })) }, { requiredKeys: [] })),
          exclusions: lists,
          relations: maybe(fc.array(maybe(fc.record({ kind: maybe(fc.constantFrom(...RELATION_KINDS)), target: maybe(fc.oneof(ids, hostileString)) }, { requiredKeys: [] })), { maxLength: 3 })),
          sense: maybe(fc.record({ of: maybe(fc.oneof(ids, hostileString)), cues: lists, except: lists, aliases: lists }, { requiredKeys: [] })),
          [HOSTILE_STRINGS[2]!]: junk,
        },
        { requiredKeys: [] },
      ),
    );
    const packArb = fc.record(
      { id: maybe(fc.oneof(fc.constant('p'), hostileString)), version: maybe(fc.integer()), name: localized, article: maybe(fc.constant(article)), concepts: maybe(fc.array(conceptArb, { maxLength: 5 })), constructor: junk },
      { requiredKeys: ['concepts'] },
    );
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

    /** Everything a pack loads into: compiled, with a table, merged, scanned. None of it may throw. */
    function use(text: string): void {
      const { pack, problems } = parsePack(text);
      for (const p of problems) {
        assert.match(p.path, /^\$/);
        assert.equal(typeof p.message, 'string');
        if (p.line !== undefined) assert.ok(p.line >= 1 && p.column! >= 1);
      }
      if (!pack) return;
      compilePack(pack);
      const cp = compilePack(pack, BUILTIN_INFLECTIONS);
      scanDocument(pack.concepts.flatMap((c) => c.aliases.map((a) => a.text)).join(' 的 '), cp);
    }

    it('on random pack objects with hostile names', () => {
      fc.assert(fc.property(packArb, fc.integer({ min: 0, max: 2 }), (value, indent) => use(JSON.stringify(value, null, indent))), { numRuns: 400 });
    });

    it('on random JSON and JSON-like text', () => {
      const unit = fc.constantFrom(...'{}[]":,\\/*\n\r \t0123456789-+.eEtruefalsnul\u00a0\u200b\ufeff熵'.split(''));
      fc.assert(fc.property(fc.string({ unit, maxLength: 120 }), use), { numRuns: 1500 });
      fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => use(JSON.stringify(value))), { numRuns: 400 });
    });

    it('on any value given to validatePack', () => {
      fc.assert(
        fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true, withBoxedValues: true, withSparseArray: true, maxDepth: 4 }), (value) => {
          const { pack } = validatePack(value);
          if (pack) compilePack(pack);
        }),
        { numRuns: 400 },
      );
      fc.assert(fc.property(packArb, (value) => void validatePack(value)), { numRuns: 200 });
    });

    it('and never touches Object.prototype', () => {
      assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), prototypeKeys);
    });
  });
});
