import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { applyEdits, findNodeAtLocation, parse, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { addAlias, addConcept, addSection, detectFormat, newPackText, packEditMessage, setName, type Edit, type PackEditResult } from '../../../src/core/authoring/packEdits';
import { aliasKey } from '../../../src/core/pack/aliasKey';
import { parsePack } from '../../../src/core/pack/loadPack';
import type { ConceptSpec, Lang } from '../../../src/core/pack/conceptPack';
import { ROOT } from '../../support/paths';
import { commentsOf, conceptArb, layoutArb, packArb, writeJson, type Layout } from './packLayout';

type Pack = { concepts?: ConceptSpec[]; article: { sections?: { id: string; heading: string }[] } };
const RUNS = { numRuns: 300 };
// fast-check makes some objects without a prototype; what a parser returns has one.
const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function treeOf(text: string): { root: Node; shift: number } {
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const errors: ParseError[] = [];
  const root = parseTree(text.slice(shift), errors)!;
  assert.deepEqual(errors, [], 'the text parses');
  return { root, shift };
}

/** Applies the edits and checks what every edit must keep: the JSON parses, comments and layout survive. */
function applyChecked(text: string, layout: Layout, result: PackEditResult, within: (root: Node) => Node, replaced?: (root: Node) => Node | undefined): unknown {
  assert.ok(result.ok, result.ok ? '' : result.message);
  const { root, shift } = treeOf(text);
  const bound = within(root);
  const old = replaced?.(root);
  for (const e of result.edits) {
    // Only the place of the change: inside the container that gets the member.
    assert.ok(e.offset >= bound.offset + shift && e.offset + e.length <= bound.offset + bound.length + shift, `edit ${JSON.stringify(e)} inside its container`);
    if (e.length > 0) assert.deepEqual([e.offset, e.length], [old!.offset + shift, old!.length], 'only the old value is replaced');
    checkLayout(text, layout, e);
  }
  const after = applyEdits(text, result.edits);
  treeOf(after);
  assert.deepEqual(commentsOf(after), commentsOf(text), 'every comment survives, in order');
  assert.equal(after.charCodeAt(0) === 0xfeff, layout.bom, 'the byte-order mark stays');
  return parse(after.slice(shift));
}

function checkLayout(text: string, layout: Layout, e: Edit): void {
  const lone = layout.eol === '\r\n' ? /(^|[^\r])\n/ : /\r/;
  assert.ok(!lone.test(e.content), `the file's line ends in ${JSON.stringify(e.content)}`);
  const indented = /\n[ \t]/.test(text);
  if (!indented) return;
  for (const m of e.content.matchAll(/\n([ \t]*)/g)) assert.ok(!m[1]!.includes(layout.indent === '\t' ? ' ' : '\t'), `the file's indentation in ${JSON.stringify(e.content)}`);
}

const conceptAt = (id: string) => (root: Node) => findNodeAtLocation(root, ['concepts'])!.children!.find((c) => findNodeAtLocation(c, ['id'])?.value === id)!;

describe('pack edits keep comments and layout (property)', () => {
  it('addConcept appends the concept, creating `concepts` if missing', () => {
    fc.assert(
      fc.property(packArb, layoutArb, conceptArb, (pack: Pack, layout, concept) => {
        const text = writeJson(pack, layout);
        const result = addConcept(text, concept);
        if (pack.concepts?.some((c) => c.id === concept.id)) return assert.equal(result.ok ? '' : result.reason, 'duplicate');
        const after = applyChecked(text, layout, result, (root) => findNodeAtLocation(root, ['concepts']) ?? root);
        assert.deepEqual(after, plain({ ...pack, concepts: [...(pack.concepts ?? []), concept] }));
      }),
      RUNS,
    );
  });

  it('addAlias adds the alias to the concept with that id, wherever it stands', () => {
    fc.assert(
      fc.property(packArb, layoutArb, fc.nat(), fc.constantFrom<Lang>('zh', 'en'), fc.string({ minLength: 1, maxLength: 6 }), (pack: Pack, layout, pick, lang, alias) => {
        const concepts = pack.concepts ?? [];
        fc.pre(concepts.length > 0);
        const target = concepts[pick % concepts.length]!;
        const text = writeJson(pack, layout);
        const result = addAlias(text, target.id, lang, alias);
        const known = [target.name[lang], ...(target.aliases?.[lang] ?? []).map((a) => (typeof a === 'string' ? a : a.text))];
        if (known.some((k) => k !== undefined && aliasKey(k) === aliasKey(alias))) return assert.equal(result.ok ? '' : result.reason, 'duplicate');
        const after = applyChecked(text, layout, result, conceptAt(target.id));
        const want = plain(pack);
        const c = want.concepts!.find((x) => x.id === target.id)!;
        c.aliases = { ...c.aliases, [lang]: [...(c.aliases?.[lang] ?? []), alias] };
        assert.deepEqual(after, want);
      }),
      RUNS,
    );
  });

  it('setName replaces or adds the name in one language', () => {
    fc.assert(
      fc.property(packArb, layoutArb, fc.nat(), fc.constantFrom<Lang>('zh', 'en'), fc.string({ minLength: 1, maxLength: 6 }), (pack: Pack, layout, pick, lang, name) => {
        const concepts = pack.concepts ?? [];
        fc.pre(concepts.length > 0);
        const target = concepts[pick % concepts.length]!;
        const text = writeJson(pack, layout);
        const after = applyChecked(text, layout, setName(text, target.id, lang, name), conceptAt(target.id), (root) => findNodeAtLocation(conceptAt(target.id)(root), ['name', lang]));
        const want = plain(pack);
        const c = want.concepts!.find((x) => x.id === target.id)!;
        c.name = { ...c.name, [lang]: name };
        assert.deepEqual(after, want);
      }),
      RUNS,
    );
  });

  it('addSection appends the section to article.sections, creating it if missing', () => {
    fc.assert(
      fc.property(packArb, layoutArb, (pack: Pack, layout) => {
        const text = writeJson(pack, layout);
        const section = { id: 'new-section', heading: '新的一节', title: { zh: '新的一节', en: 'A new section' } };
        const after = applyChecked(text, layout, addSection(text, section), (root) => findNodeAtLocation(root, ['article'])!);
        const want = plain(pack);
        want.article.sections = [...(want.article.sections ?? []), section];
        assert.deepEqual(after, want);
      }),
      RUNS,
    );
  });
});

const CRLF_PACK = [
  '{',
  '\t"id": "demo", // the pack',
  '\t"article": {"title": {"zh": "示例"}, "sections": []},',
  '\t"concepts": [',
  '\t\t/* first */',
  '\t\t{',
  '\t\t\t"id": "entropy",',
  '\t\t\t"name": {"zh": "熵"},',
  '\t\t\t"aliases": {"zh": ["熵增"]},',
  '\t\t\t"explanation": {"zh": "解释。"}',
  '\t\t} // last',
  '\t]',
  '}',
  '',
].join('\r\n');

describe('pack edits (hand-written)', () => {
  it('detects tabs, spaces and line ends', () => {
    assert.deepEqual(detectFormat(CRLF_PACK), { insertSpaces: false, tabSize: 2, eol: '\r\n' });
    assert.deepEqual(detectFormat('{\n    "a": {\n        "b": 1\n    }\n}\n'), { insertSpaces: true, tabSize: 4, eol: '\n' });
    assert.deepEqual(detectFormat('{"a": 1}'), { insertSpaces: true, tabSize: 2, eol: '\n' });
  });

  it('adds a concept after the last one, leaving its trailing comment on its line', () => {
    const r = addConcept(CRLF_PACK, { id: 'emergence', name: { zh: '涌现', en: 'emergence' }, explanation: { zh: '整体大于部分之和。' } });
    assert.ok(r.ok);
    assert.equal(
      applyEdits(CRLF_PACK, r.edits),
      CRLF_PACK.replace(
        '\t\t} // last\r\n',
        '\t\t}, // last\r\n\t\t{\r\n\t\t\t"id": "emergence",\r\n\t\t\t"name": {"zh": "涌现", "en": "emergence"},\r\n\t\t\t"explanation": {"zh": "整体大于部分之和。"}\r\n\t\t}\r\n',
      ),
    );
  });

  it('adds an alias inside a one-line list, and a new language as a new member', () => {
    const zh = addAlias(CRLF_PACK, 'entropy', 'zh', '熵减');
    assert.ok(zh.ok);
    assert.equal(applyEdits(CRLF_PACK, zh.edits), CRLF_PACK.replace('["熵增"]', '["熵增", "熵减"]'));
    const en = addAlias(CRLF_PACK, 'entropy', 'en', { text: 'negentropy', contextual: true });
    assert.ok(en.ok);
    assert.equal(applyEdits(CRLF_PACK, en.edits), CRLF_PACK.replace('{"zh": ["熵增"]}', '{"zh": ["熵增"], "en": [{"text": "negentropy", "contextual": true}]}'));
  });

  it('sets a name in place, or adds it to the name object', () => {
    const zh = setName(CRLF_PACK, 'entropy', 'zh', '熵（热力学）');
    assert.ok(zh.ok);
    assert.deepEqual(zh.edits, [{ offset: CRLF_PACK.indexOf('"熵"'), length: 3, content: '"熵（热力学）"' }]);
    const en = setName(CRLF_PACK, 'entropy', 'en', 'entropy');
    assert.ok(en.ok);
    assert.equal(applyEdits(CRLF_PACK, en.edits), CRLF_PACK.replace('{"zh": "熵"}', '{"zh": "熵", "en": "entropy"}'));
  });

  it('adds a section to an empty one-line list', () => {
    const r = addSection(CRLF_PACK, { id: 'intro', heading: '引言' });
    assert.ok(r.ok);
    assert.equal(applyEdits(CRLF_PACK, r.edits), CRLF_PACK.replace('"sections": []', '"sections": [\r\n\t\t{\r\n\t\t\t"id": "intro",\r\n\t\t\t"heading": "引言"\r\n\t\t}\r\n\t]'));
  });

  it('returns failures instead of throwing', () => {
    const reason = (r: PackEditResult): string => (r.ok ? 'ok' : r.reason);
    assert.equal(reason(addAlias(CRLF_PACK, 'nope', 'zh', '无')), 'not-found');
    assert.equal(reason(addAlias(CRLF_PACK, 'entropy', 'zh', '熵增')), 'duplicate');
    assert.equal(reason(addAlias(CRLF_PACK, 'entropy', 'zh', '熵')), 'duplicate', 'the name counts');
    assert.equal(reason(addConcept(CRLF_PACK, { id: 'entropy', name: {}, explanation: {} })), 'duplicate');
    assert.equal(reason(setName('{"concepts": [', 'entropy', 'zh', '熵')), 'unparseable');
    assert.equal(reason(setName('{"a": 1,}', 'entropy', 'zh', '熵')), 'unparseable');
    assert.equal(reason(addConcept('[1, 2]', { id: 'x', name: {}, explanation: {} })), 'not-a-pack');
    assert.equal(reason(addConcept('', { id: 'x', name: {}, explanation: {} })), 'unparseable');
  });

  it('says why an edit was refused in English, as before, and in Chinese', () => {
    const said = (r: PackEditResult): [string, string, string] => (r.ok ? ['ok', '', ''] : [r.message, packEditMessage(r.detail, 'en'), packEditMessage(r.detail, 'zh')]);
    const both = (r: PackEditResult, en: string, zh: string) => assert.deepEqual(said(r), [en, en, zh]);
    both(addAlias(CRLF_PACK, 'entropy', 'zh', '熵增'), '“熵增” already names “entropy”', '“熵增”已是“entropy”的名称或别名');
    both(addAlias(CRLF_PACK, 'nope', 'zh', '无'), 'the pack has no concept “nope”', '概念包里没有概念“nope”');
    both(setName('{"concepts": [', 'entropy', 'zh', '熵'), 'the pack is not valid JSON; fix it before editing it', '概念包不是有效的 JSON，请先修正再编辑');
    both(addAlias('{"concepts": [{"id": "a", "aliases": {"en": "x"}}]}', 'a', 'en', 'y'), '`aliases.en` of “a” is not an array', '“a”的 `aliases.en` 不是数组');
    both(addSection('{"article": []}', { id: 's', heading: 'S' }), '`article` is not an object', '`article` 不是对象');
  });

  it('edits the built-in pack in its own layout, and the result still loads', () => {
    const text = readFileSync(join(ROOT, 'src', 'packs', 'entropy-and-emergence.pack.json'), 'utf8');
    const r = addAlias(text, 'symmetry', 'zh', '对称的');
    assert.ok(r.ok);
    assert.equal(r.edits.length, 1);
    assert.equal(r.edits[0]!.content, ', "对称的"');
    const after = parsePack(applyEdits(text, r.edits));
    assert.deepEqual(after.problems, []);
    assert.ok(after.pack!.concepts.find((c) => c.id === 'symmetry')!.aliases.some((a) => a.text === '对称的'));
  });

  it('writes a new pack that loads, $schema first', () => {
    const text = newPackText({ id: 'my-article', article: { title: { zh: '我的文章' }, sections: [{ id: 'intro', heading: '引言' }] }, concepts: [] });
    assert.ok(text.startsWith('{\n  "$schema": '));
    assert.ok(text.endsWith('}\n'));
    assert.deepEqual(parsePack(text).problems, []);
    assert.ok(newPackText({ id: 'x', article: { title: {}, sections: [] }, concepts: [] }, { format: { eol: '\r\n', insertSpaces: false } }).includes('\r\n\t"id": "x"'));
  });
});
