// The markdown-it plugin of the preview: where occurrences are annotated on tricky Markdown, that none is
// annotated twice or where the editor would not annotate it, escaping, links and the preview's slugs.
// Expected values are written by hand: `[id:text]` is an annotation that links, `{id:text}` one that
// does not (inside a link, or no section to go to).

import { strict as assert } from 'node:assert';
import markdownIt from 'markdown-it';
import { conceptLensPlugin, type ConceptLensPluginOptions, type MarkdownItLike } from '../../../src/core/preview/conceptLensPlugin';
import { previewSlug, headingIds } from '../../../src/core/preview/previewSlugs';
import type { MdToken } from '../../../src/core/preview/markdownItTypes';
import { builtinCompiled, compileSpec } from '../../support/testPack';

const PACK = compileSpec({
  id: 't',
  article: { title: { en: 'T' }, sections: [{ id: 's', heading: 'Entropy and emergence' }] },
  concepts: [
    { id: 'entropy', name: { zh: '熵', en: 'entropy' }, explanation: { zh: '无序的度量。', en: 'A measure of disorder.' }, section: 's' },
    { id: 'emergence', name: { zh: '涌现', en: 'emergence' }, explanation: { zh: '整体大于部分之和。', en: 'The whole exceeds its parts.' }, section: 's' },
    { id: 'symmetry-breaking', name: { zh: '对称破缺', en: 'symmetry breaking' }, explanation: { en: 'Symmetry lost.' } },
    { id: 'att', name: { en: 'AT&T' }, explanation: { en: 'A company.' } },
  ],
});

function render(src: string, options: Partial<ConceptLensPluginOptions> = {}, html = true): string {
  const md = markdownIt({ html, linkify: true });
  conceptLensPlugin(md as unknown as MarkdownItLike, { pack: () => PACK, language: () => 'en', ...options });
  return md.render(src);
}

/** The rendered HTML with each annotation shortened to `[id:text]` (a link) or `{id:text}` (no link). */
function marks(html: string): string {
  return html
    .replace(/<a class="concept-lens-term[^"]*" title="[^"]*" data-concept="([^"]*)" href="[^"]*">([^<]*)<\/a>/g, '[$1:$2]')
    .replace(/<span class="concept-lens-term[^"]*" title="[^"]*" data-concept="([^"]*)">([^<]*)<\/span>/g, '{$1:$2}')
    .trim();
}

const annotated = (src: string, options?: Partial<ConceptLensPluginOptions>): string => marks(render(src, options));

describe('preview plugin: positions', () => {
  it('plain paragraphs, English and CJK', () => {
    assert.equal(annotated('Entropy grows; 熵增加，涌现产生。'), '<p>{entropy:Entropy} grows; {entropy:熵}增加，{emergence:涌现}产生。</p>');
  });
  it('emphasis: inside one text token it is annotated; split by a marker it is not', () => {
    assert.equal(annotated('*熵* and **对称**破缺 and 对称**破缺**'), '<p><em>{entropy:熵}</em> and <strong>对称</strong>破缺 and 对称<strong>破缺</strong></p>');
  });
  it('escapes and entities before a term keep its position', () => {
    assert.equal(annotated('\\*熵\\* &amp; 涌现 &#x71B5;'), '<p>*{entropy:熵}* &amp; {emergence:涌现} 熵</p>');
  });
  it('code spans and fenced code are not annotated, the text around them is', () => {
    assert.equal(annotated('`熵` 熵 ``a ` 涌现`` 涌现\n\n```\n熵\n```'), '<p><code>熵</code> {entropy:熵} <code>a ` 涌现</code> {emergence:涌现}</p>\n<pre><code>熵\n</code></pre>');
  });
  it('a term in link text becomes a span (no nested link); the destination and title are never annotated', () => {
    assert.equal(annotated('[熵](https://x/熵 "涌现") 涌现'), '<p><a href="https://x/%E7%86%B5" title="涌现">{entropy:熵}</a> {emergence:涌现}</p>');
  });
  it('inside a link a term never becomes a second link, even when its section is known', () => {
    const section = { sectionLink: () => ({ href: 'a.md#s', title: 's' }) };
    assert.equal(annotated('[x 熵](y) 熵', section), '<p><a href="y">x {entropy:熵}</a> [entropy:熵]</p>');
  });
  it('reference links and autolinks', () => {
    assert.equal(annotated('[熵][r] 涌现 <https://x/熵> 熵\n\n[r]: https://y'), '<p><a href="https://y">{entropy:熵}</a> {emergence:涌现} <a href="https://x/%E7%86%B5">https://x/熵</a> {entropy:熵}</p>');
  });
  it('linkified URLs, decoded or encoded in the source, are skipped and the text after them annotated', () => {
    assert.equal(
      annotated('see https://x.org/熵 熵 and https://x.org/%E7%86%B5 涌现 and www.x.org 熵'),
      '<p>see <a href="https://x.org/%E7%86%B5">https://x.org/熵</a> {entropy:熵} and <a href="https://x.org/%E7%86%B5">https://x.org/熵</a> {emergence:涌现} and <a href="http://www.x.org">www.x.org</a> {entropy:熵}</p>',
    );
  });
  it("an image's alt text stays an attribute, unannotated", () => {
    assert.equal(annotated('![熵 and 涌现](a.png "熵") 涌现'), '<p><img src="a.png" alt="熵 and 涌现" title="熵"> {emergence:涌现}</p>');
    assert.equal(annotated('![a [熵] b](x) 涌现'), '<p><img src="x" alt="a [熵] b"> {emergence:涌现}</p>');
  });
  it('inline HTML is left alone, its text content is annotated as the editor does', () => {
    assert.equal(annotated('<span title="熵">涌现</span> 熵'), '<p><span title="熵">{emergence:涌现}</span> {entropy:熵}</p>');
  });
  it('tables: every cell, cells on one line found in order; a cell whose text markdown-it rewrote (an escaped pipe) is left alone', () => {
    assert.equal(
      annotated('| 熵 | `熵` |\n|---|---|\n| 涌现 | 熵 \\| 涌现 |'),
      '<table>\n<thead>\n<tr>\n<th>{entropy:熵}</th>\n<th><code>熵</code></th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>{emergence:涌现}</td>\n<td>熵 | 涌现</td>\n</tr>\n</tbody>\n</table>',
    );
  });
  it('lists, nested quotes and lazy lines', () => {
    assert.equal(
      annotated('- 熵\n  涌现\n1. entropy\n\n> > 熵\n> 涌现\nemergence'),
      '<ul>\n<li>{entropy:熵}\n{emergence:涌现}</li>\n</ul>\n<ol>\n<li>{entropy:entropy}</li>\n</ol>\n<blockquote>\n<blockquote>\n<p>{entropy:熵}\n{emergence:涌现}\n{emergence:emergence}</p>\n</blockquote>\n</blockquote>',
    );
  });
  it('indentation of a continuation line is skipped', () => {
    assert.equal(annotated('a\n    熵 b\n\t涌现'), '<p>a\n{entropy:熵} b\n{emergence:涌现}</p>');
  });
  it('a term broken over two lines is one occurrence for the scanner, in two tokens: not annotated', () => {
    assert.equal(annotated('symmetry\nbreaking 熵'), '<p>symmetry\nbreaking {entropy:熵}</p>');
  });
  it('headings: the heading naming a concept is its link target', () => {
    const html = render('# 熵 here\n\n熵 again');
    assert.match(html, /<h1><a class="concept-lens-term concept-lens-underline" title="entropy · 熵 — A measure of disorder\." data-concept="entropy" href="#%E7%86%B5-here">熵<\/a> here<\/h1>/);
    assert.match(html, /<p><a [^>]*href="#%E7%86%B5-here">熵<\/a> again<\/p>/);
  });
  it('front matter, HTML blocks and math-free text: the front matter is never annotated', () => {
    assert.equal(annotated('---\ntitle: 熵\n---\n熵', { frontMatter: true }), '<p>{entropy:熵}</p>');
    assert.equal(annotated('<div>\n熵\n</div>\n\n涌现'), '<div>\n熵\n</div>\n<p>{emergence:涌现}</p>');
  });
  it('never annotates twice: every occurrence once, rendering twice gives the same', () => {
    const md = markdownIt();
    conceptLensPlugin(md as unknown as MarkdownItLike, { pack: () => PACK });
    const src = '熵熵 *熵* [熵](x) 熵';
    const tokens = md.parse(src, {});
    const first = md.renderer.render(tokens, md.options, {});
    assert.equal(first, md.renderer.render(tokens, md.options, {}));
    assert.equal((first.match(/data-concept/g) ?? []).length, 5);
  });
  it("inline math of VS Code's math plugin is skipped as written, and the text after it annotated", () => {
    // The tokens markdown-it-katex makes (as VS Code's markdown-math bundles it), without KaTeX.
    const md = markdownIt();
    md.inline.ruler.after('escape', 'math_inline', (state, silent) => {
      if (state.src[state.pos] !== '$') return false;
      const double = state.src.startsWith('$$', state.pos);
      const open = double ? 2 : 1;
      const end = state.src.indexOf(double ? '$$' : '$', state.pos + open);
      if (end < 0) return false;
      if (!silent) {
        const token = state.push(double ? 'math_block' : 'math_inline', 'math', 0);
        token.markup = double ? '$$' : '$';
        token.content = state.src.slice(state.pos + open, end);
      }
      state.pos = end + open;
      return true;
    });
    md.renderer.rules['math_inline'] = (tokens, idx) => `<m>${tokens[idx]!.content}</m>`;
    md.renderer.rules['math_block'] = (tokens, idx) => `<M>${tokens[idx]!.content}</M>`;
    conceptLensPlugin(md as unknown as MarkdownItLike, { pack: () => PACK });
    assert.equal(marks(md.render('熵 $S = k 熵$ 熵 $$熵$$ 涌现')), '<p>{entropy:熵} <m>S = k 熵</m> {entropy:熵} <M>熵</M> {emergence:涌现}</p>');
  });
  it('typographer replacements that change the text leave that token unannotated, the rest annotated', () => {
    const md = markdownIt({ typographer: true });
    conceptLensPlugin(md as unknown as MarkdownItLike, { pack: () => PACK });
    assert.equal(marks(md.render('"熵" (c)\n\n熵')), '<p>“熵” ©</p>\n<p>{entropy:熵}</p>');
  });
});

describe('preview plugin: links, tooltips, settings', () => {
  it('links to the section elsewhere when no heading of the document names the concept', () => {
    const html = render('熵', { language: () => 'zh', sectionLink: (c) => ({ href: `article.md#${c.id}`, title: 'x' }) });
    assert.equal(html, '<p><a class="concept-lens-term concept-lens-underline" title="熵 · entropy — 无序的度量。" data-concept="entropy" href="article.md#entropy">熵</a></p>\n');
  });
  it('style none drops the underline class; no pack annotates nothing', () => {
    assert.match(render('熵', { style: () => 'none' }), /class="concept-lens-term" /);
    assert.equal(render('熵', { pack: () => undefined }), '<p>熵</p>\n');
  });
  it('a failure renders without annotations and is reported', () => {
    const errors: unknown[] = [];
    const html = render('熵', { language: () => { throw new Error('boom'); }, onError: (e) => errors.push(e) });
    assert.equal(html, '<p>熵</p>\n');
    assert.equal(errors.length, 1);
  });
  it('the tooltip falls back to the other language when the reader\'s is missing', () => {
    assert.match(render('对称破缺', { language: () => 'zh' }), /title="对称破缺 · symmetry breaking — Symmetry lost\."/);
  });
});

describe('preview plugin: escaping', () => {
  const HOSTILE = compileSpec({
    id: 'h',
    article: { title: { en: 'T' }, sections: [] },
    concepts: [{ id: 'x', name: { en: 'hostile', zh: '"><img src=x onerror=alert(1)>' }, explanation: { en: 'Say "hi" & <script>alert(\'x\')</script>' } }],
  });
  it('pack text in attributes is escaped', () => {
    const html = render('a hostile word', { pack: () => HOSTILE });
    assert.equal(
      html,
      '<p>a <span class="concept-lens-term concept-lens-underline" title="hostile · &quot;&gt;&lt;img src=x onerror=alert(1)&gt; — Say &quot;hi&quot; &amp; &lt;script&gt;alert(\'x\')&lt;/script&gt;" data-concept="x">hostile</span> word</p>\n',
    );
  });
  it('the text of an occurrence is escaped too', () => {
    assert.equal(render('AT&T <Labs>', {}, false), '<p><span class="concept-lens-term concept-lens-underline" title="AT&amp;T — A company." data-concept="att">AT&amp;T</span> &lt;Labs&gt;</p>\n');
  });
  it('document text around and inside an annotation is escaped', () => {
    assert.equal(render('&lt;script&gt;熵&lt;/script&gt; <熵>', {}, false), '<p>&lt;script&gt;<span class="concept-lens-term concept-lens-underline" title="entropy · 熵 — A measure of disorder." data-concept="entropy">熵</span>&lt;/script&gt; &lt;<span class="concept-lens-term concept-lens-underline" title="entropy · 熵 — A measure of disorder." data-concept="entropy">熵</span>&gt;</p>\n');
  });
});

describe('preview plugin: the writer’s reading of a name', () => {
  it('follows a read directive as the editor does, and the comment shows nothing', () => {
    const md = markdownIt({ html: true });
    conceptLensPlugin(md as unknown as MarkdownItLike, { pack: () => builtinCompiled(), language: () => 'zh' });
    const physics = '气体的熵随温度升高而增加。';
    assert.equal(marks(md.render(physics)), '<p>气体的{entropy:熵}随温度升高而增加。</p>');
    assert.equal(marks(md.render(`<!-- concept-lens-read 熵 as information-entropy -->\n\n${physics}`)), `<!-- concept-lens-read 熵 as information-entropy -->\n<p>气体的{information-entropy:熵}随温度升高而增加。</p>`);
  });
});

describe("preview slugs (VS Code 1.100's Markdown preview)", () => {
  const ids = (src: string): string[] => {
    const md = markdownIt();
    return [...headingIds(md.parse(src, {}) as unknown as MdToken[]).values()];
  };
  it('ASCII, punctuation and CJK punctuation', () => {
    assert.equal(previewSlug(' Hello, World! (v2.0) '), 'hello-world-v20');
    assert.equal(previewSlug('熵与涌现：大模型的智能之谜'), encodeURI('熵与涌现大模型的智能之谜'));
    assert.equal(previewSlug('Transformer、Embedding产生的化学效应'), 'transformerembedding%E4%BA%A7%E7%94%9F%E7%9A%84%E5%8C%96%E5%AD%A6%E6%95%88%E5%BA%94');
  });
  it('repeated headings are numbered as the preview numbers them (a repeated CJK one loses its %)', () => {
    assert.deepEqual(ids('# A\n# A\n# a\n# 熵\n# 熵\n## `code` *x*'), ['a', 'a-1', 'a-2', '%E7%86%B5', 'e786b5-1', 'code-x']);
  });
  it('headingIds option sets the ids the preview would', () => {
    assert.equal(render('# 熵\n# 熵', { headingIds: true, pack: () => undefined }), '<h1 id="%E7%86%B5">熵</h1>\n<h1 id="e786b5-1">熵</h1>\n');
  });
});
