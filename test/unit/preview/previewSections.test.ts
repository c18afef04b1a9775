// The article's sections for the preview: relative links between documents, the preview's ids of the
// article's headings, and one re-render when the article search settles on another article.

import { strict as assert } from 'node:assert';
import { PreviewSections, relativeHref } from '../../../src/services/preview/previewSections';
import { parseMarkdown } from '../../../src/core/markdown/markdownStructure';
import type { Article } from '../../../src/services/articleSearch';
import { builtinCompiled } from '../../support/testPack';

function article(uri: string, text: string): Article {
  return { uri, headings: parseMarkdown(text).headings, lineOf: () => 0 };
}

describe('preview sections', () => {
  it('relative hrefs between URIs of one scheme and authority', () => {
    assert.equal(relativeHref('file:///w/notes/a.md', 'file:///w/notes/b.md'), 'b.md');
    assert.equal(relativeHref('file:///w/notes/deep/a.md', 'file:///w/article/%E7%86%B5.md'), '../../article/%E7%86%B5.md');
    assert.equal(relativeHref('file:///w/a.md', 'file:///w/x/y/b.md'), 'x/y/b.md');
    assert.equal(relativeHref('file:///w/a.md', 'file:///w/a.md'), '');
    assert.equal(relativeHref('untitled:Untitled-1', 'file:///w/a.md'), undefined);
    assert.equal(relativeHref('vscode-remote://ssh+a/w/a.md', 'vscode-remote://ssh+b/w/b.md'), undefined);
  });

  it('links to the article section with the preview id, once the search has settled, and asks for a re-render once', async () => {
    const cp = builtinCompiled();
    const emergence = cp.concepts.find((c) => c.id === 'emergence')!;
    const found = article('file:///w/article.md', '# 熵与涌现\n\n### 熵与热力学第二定律\n\n### 神奇的**涌现**\n\n### 神奇的涌现\n');
    let search = Promise.resolve<Article | undefined>(found);
    const sections = new PreviewSections({ find: () => search }, { current: cp });
    let changes = 0;
    sections.onDidChange(() => changes++);
    // Not known yet: no link, and the search is started.
    assert.equal(sections.link(emergence, 'file:///w/notes/n.md'), undefined);
    await search;
    await Promise.resolve();
    assert.equal(changes, 1);
    assert.deepEqual(sections.link(emergence, 'file:///w/notes/n.md'), { href: '../article.md#%E7%A5%9E%E5%A5%87%E7%9A%84%E6%B6%8C%E7%8E%B0', title: '神奇的涌现' });
    // The same article again: no re-render.
    search = Promise.resolve(found);
    sections.link(emergence, 'file:///w/notes/n.md');
    await search;
    await Promise.resolve();
    assert.equal(changes, 1);
    sections.dispose();
  });
});
