import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildConceptGraph, coOccurrenceEdges, paragraphSpans, relationEdges } from '../../src/core/graph/conceptGraph';
import { scanBlocks } from '../../src/core/markdown/blocks';
import { scanDocument } from '../../src/core/scan/documentScan';
import { graphPayload } from '../../src/extension/graph/graphPayload';
import { isHostMessage, isWebviewMessage, emptyViewState } from '../../src/shared/graphProtocol';
import { builtinCompiled, compileSpec } from '../support/testPack';
import { FIXTURES } from '../support/paths';

function graphOf(text: string, cp = builtinCompiled()) {
  const { matches } = scanDocument(text, cp);
  return buildConceptGraph(cp, matches, paragraphSpans(scanBlocks(text).blocks));
}

describe('concept graph', () => {
  const cp = builtinCompiled();

  it('has one node per concept, with its mentions and section', () => {
    const g = graphOf('熵增是宇宙的趋势。熵！\n\n涌现。\n');
    assert.equal(g.nodes.length, cp.concepts.length);
    const entropy = g.nodes.find((n) => n.id === 'entropy')!;
    assert.equal(entropy.mentions, 2);
    assert.equal(entropy.section, 'entropy-and-second-law');
    assert.equal(g.nodes.find((n) => n.id === 'emergence')!.mentions, 1);
    assert.equal(g.nodes.find((n) => n.id === 'transformer')!.mentions, 0);
  });

  it('takes relation edges from the pack: directed kinds one way, symmetric pairs once, unknown targets dropped', () => {
    const edges = relationEdges(cp);
    assert.ok(edges.some((e) => e.kind === 'prerequisite-of' && e.source === 'entropy' && e.target === 'second-law-of-thermodynamics' && e.directed));
    // consciousness related-to agi and agi related-to consciousness: one undirected edge.
    const agi = edges.filter((e) => e.kind === 'related-to' && [e.source, e.target].sort().join() === 'agi,consciousness');
    assert.equal(agi.length, 1);
    assert.equal(agi[0]!.directed, false);
    const spec = {
      id: 't',
      article: { title: { en: 't' }, sections: [] },
      concepts: [
        { id: 'a', name: { en: 'alpha' }, explanation: { en: 'a' }, relations: [{ kind: 'leads-to', target: 'b' }, { kind: 'contrasts-with', target: 'b' }] },
        { id: 'b', name: { en: 'beta' }, explanation: { en: 'b' }, relations: [{ kind: 'leads-to', target: 'a' }, { kind: 'contrasts-with', target: 'a' }] },
      ],
    };
    const small = relationEdges(compileSpec(spec));
    assert.deepEqual(
      small.map((e) => `${e.kind}:${e.source}->${e.target}:${e.directed}`),
      ['leads-to:a->b:true', 'contrasts-with:a->b:false', 'leads-to:b->a:true'],
    );
  });

  it('weights co-occurrence by the paragraphs two concepts share, not by their mentions', () => {
    const text = ['# 熵与涌现', '', '熵 熵 熵 与涌现。', '', '熵与涌现，又见对称性。', '', '- 对称性', '- 涌现', '', '```', '熵 涌现', '```', ''].join('\n');
    const g = graphOf(text);
    const w = (a: string, b: string) => g.coOccurrences.find((e) => e.source === [a, b].sort()[0] && e.target === [a, b].sort()[1])?.weight;
    assert.equal(w('entropy', 'emergence'), 2, 'two paragraphs; the heading and the code block do not count');
    assert.equal(w('entropy', 'symmetry'), 1);
    assert.equal(w('symmetry', 'emergence'), 1, 'list items are separate paragraphs');
    for (const e of g.coOccurrences) assert.ok(e.source < e.target);
  });

  it('counts a match in the paragraph its start lies in, and none outside paragraphs', () => {
    const cp2 = compileSpec({
      id: 't',
      article: { title: { en: 't' }, sections: [] },
      concepts: [
        { id: 'a', name: { en: 'alpha' }, explanation: { en: 'a' } },
        { id: 'b', name: { en: 'beta' }, explanation: { en: 'b' } },
      ],
    });
    const m = (concept: number, start: number) => ({ concept, surface: 0, start, end: start + 1 });
    const edges = coOccurrenceEdges(cp2, [m(0, 0), m(1, 5), m(0, 12), m(1, 30)], [{ start: 0, end: 10 }, { start: 10, end: 20 }]);
    assert.deepEqual(edges, [{ source: 'a', target: 'b', weight: 1 }]);
  });

  it('builds the article’s graph: every concept it names is present, and co-occurrences exist', () => {
    const article = readFileSync(join(FIXTURES, 'entropy-and-emergence.md'), 'utf8');
    const g = graphOf(article);
    assert.ok(g.nodes.filter((n) => n.mentions > 0).length >= 10);
    assert.ok(g.coOccurrences.length > 10);
    assert.ok(g.coOccurrences.every((e) => e.weight >= 1));
  });

  it('is stable: the same input gives the same graph', () => {
    const text = '熵与涌现。\n\n对称破缺与相变。\n';
    assert.deepEqual(graphOf(text), graphOf(text));
  });

  describe('payload and protocol', () => {
    it('labels nodes in the reader’s language and keeps the other name for the tooltip', () => {
      const text = '熵与涌现。\n';
      const { matches } = scanDocument(text, cp);
      const zh = graphPayload({ pack: cp, lang: 'zh', document: { uri: 'file:///a.md', name: 'a.md', matches, paragraphs: paragraphSpans(scanBlocks(text).blocks) } });
      const entropy = zh.nodes.find((n) => n.id === 'entropy')!;
      assert.equal(entropy.label, '熵');
      assert.equal(entropy.otherName, 'entropy');
      assert.equal(zh.sections[0]!.title, '熵与热力学第二定律');
      assert.ok(zh.edges.some((e) => e.kind === 'co-occurrence' && e.id === 'co:emergence:entropy'));
      const en = graphPayload({ pack: cp, lang: 'en', document: undefined });
      assert.equal(en.nodes.find((n) => n.id === 'entropy')!.label, 'entropy');
      assert.equal(en.document, null);
      assert.ok(en.edges.every((e) => e.kind !== 'co-occurrence'));
      assert.equal(new Set(en.edges.map((e) => e.id)).size, en.edges.length, 'edge ids are unique');
    });

    it('accepts well-formed messages and rejects others', () => {
      assert.ok(isWebviewMessage({ type: 'ready' }));
      assert.ok(isWebviewMessage({ type: 'reveal', conceptId: 'entropy' }));
      assert.ok(isWebviewMessage({ type: 'state', state: emptyViewState() }));
      assert.ok(!isWebviewMessage({ type: 'reveal', conceptId: 3 }));
      assert.ok(!isWebviewMessage({ type: 'state', state: { ...emptyViewState(), zoom: 'x' } }));
      assert.ok(!isWebviewMessage({ type: 'eval', code: 'x' }));
      assert.ok(!isWebviewMessage(null));
      assert.ok(isHostMessage({ type: 'cursor', conceptId: null }));
      assert.ok(!isHostMessage({ type: 'export', requestId: 1, format: 'gif' }));
    });
  });
});
