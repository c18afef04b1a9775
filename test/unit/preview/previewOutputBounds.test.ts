// What one annotation may add to a render. Every occurrence repeats its tooltip and its link, so a pack
// explanation of megabytes, or a heading of thousands of characters (nine per Chinese character once
// encoded into its id), would make the page grow with occurrences times that length: hundreds of
// megabytes, then a render that throws. And the CLI page's title is found in linear time.

import { strict as assert } from 'node:assert';
import markdownIt from 'markdown-it';
import { conceptLensPlugin, type MarkdownItLike } from '../../../src/core/preview/conceptLensPlugin';
import { MAX_LINK_ID, MAX_TOOLTIP } from '../../../src/core/preview/annotations';
import { firstH1, stripTags } from '../../../src/cli/renderPage';
import type { CompiledPack } from '../../../src/core/scan/compiledPack';
import { compileSpec } from '../../support/testPack';

function packExplaining(en: string): CompiledPack {
  return compileSpec({
    id: 't',
    article: { title: { en: 'T' }, sections: [{ id: 's', heading: 'Entropy' }] },
    concepts: [{ id: 'entropy', name: { zh: '熵', en: 'entropy' }, explanation: { en }, section: 's' }],
  });
}

function render(src: string, cp: CompiledPack): string {
  const md = markdownIt({ html: false, linkify: true });
  conceptLensPlugin(md as unknown as MarkdownItLike, { pack: () => cp, language: () => 'en', headingIds: true });
  return md.render(src);
}

const attributes = (html: string, name: string): string[] => [...html.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);

describe('preview: what one annotation adds to a render', () => {
  it('a tooltip is cut at MAX_TOOLTIP, with an ellipsis, however long the explanation', () => {
    const html = render('entropy and entropy', packExplaining('word '.repeat(400_000)));
    const titles = attributes(html, 'title');
    assert.equal(titles.length, 2);
    for (const t of titles) {
      assert.equal(t.length, MAX_TOOLTIP);
      assert.ok(t.startsWith('entropy · 熵 — word word'));
      assert.ok(t.endsWith('…'));
    }
  });

  it('a short explanation is shown whole', () => {
    const html = render('entropy', packExplaining('A   measure\nof disorder.'));
    assert.deepEqual(attributes(html, 'title'), ['entropy · 熵 — A measure of disorder.']);
  });

  it('a cut never splits a surrogate pair', () => {
    // 983 units of names and text before the emoji, so that its high surrogate is unit 999.
    const before = 'x'.repeat(MAX_TOOLTIP - 1 - 'entropy · 熵 — '.length - 1);
    const html = render('entropy', packExplaining(`${before}😀 and more`));
    const [title] = attributes(html, 'title');
    assert.ok(!/[\uD800-\uDBFF]…$/.test(title!), 'a lone high surrogate before the ellipsis');
    assert.ok(title!.endsWith('x…'));
  });

  it('occurrences named by a heading longer than MAX_LINK_ID are annotated, but not linked to it', () => {
    const long = `# entropy ${'熵'.repeat(200)}\n\n${'entropy '.repeat(50)}\n`;
    const html = render(long, packExplaining('Disorder.'));
    assert.equal(attributes(html, 'data-concept').length, 251);
    assert.ok(attributes(html, 'href').every((h) => h.length <= MAX_LINK_ID + 1));
    assert.ok(!html.includes('href="#entropy-'));
  });

  it('a heading of ordinary length is still the link', () => {
    const html = render(`# Entropy explained\n\n${'entropy '.repeat(3)}\n`, packExplaining('Disorder.'));
    // The heading's own "Entropy", then the three in the paragraph.
    assert.deepEqual(attributes(html, 'href'), Array(4).fill('#entropy-explained'));
  });
});

describe('concept-lens render: the page title', () => {
  const oldTitle = (body: string): string | undefined => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(body)?.[1]?.replace(/<[^>]*>/g, '');

  it('is the first h1 closed after its opening tag, without tags', () => {
    const cases = [
      '<h1 id="a">Entropy <em>and</em> order</h1><h1>Second</h1>',
      '<p>x</p><h1>One</h1>',
      '<h1 x<h1>y</h1>',
      '<h1>never closed',
      '<h1 never opened',
      '<h2>not a title</h2>',
      '<h1>a < b</h1>',
      '<h1>a <b>c</h1>',
      '',
    ];
    for (const body of cases) {
      const h = firstH1(body);
      assert.equal(h === undefined ? undefined : stripTags(h), oldTitle(body), body);
    }
    assert.equal(stripTags(firstH1('<h1 id="a">Entropy <em>and</em> order</h1>')!), 'Entropy and order');
    assert.equal(firstH1('<h1>never closed'), undefined);
  });

  it('takes time linear in the body: many h1 openings never closed, many < never closed', () => {
    const time = (f: () => unknown): number => {
      const t0 = performance.now();
      f();
      return performance.now() - t0;
    };
    const grows = (make: (n: number) => string, f: (s: string) => unknown): void => {
      const a = make(200_000);
      const b = make(800_000);
      f(a);
      let small = time(() => f(a));
      let large = time(() => f(b));
      for (let attempt = 1; attempt < 3 && large > 6 * Math.max(small, 10); attempt++) {
        small = time(() => f(a));
        large = time(() => f(b));
      }
      assert.ok(large <= 6 * Math.max(small, 10), `${small.toFixed(1)} ms, then ${large.toFixed(1)} ms at 4× the size`);
    };
    grows((n) => '<h1 x\n'.repeat(n / 6), firstH1);
    grows((n) => `<h1>${'<'.repeat(n)}</h1>`, (s) => stripTags(firstH1(s)!));
    grows((n) => '<'.repeat(n), stripTags);
  });
});
