// Which pack the authoring commands write to: the one beside the article, else the one whose article
// title is the document's front-matter title; and where a new one goes.

import { strict as assert } from 'node:assert';
import { makeServices, USER_PACK, type Services } from '../../support/services';
import { ArticlePacks, articleName } from '../../../src/services/articlePacks';

describe('services: ArticlePacks', () => {
  let s: Services;
  afterEach(() => s.dispose());

  const packsOf = (svc: Services): ArticlePacks => new ArticlePacks(svc.packs, svc.workspace, svc.settings);

  it('names a new pack after its article, beside it, or in conceptLens.packFolder', () => {
    s = makeServices();
    const packs = packsOf(s);
    assert.equal(packs.packUriFor('file:///ws/posts/entropy.md'), 'file:///ws/posts/entropy.conceptpack.json');
    assert.equal(packs.packUriFor('file:///ws/posts/%E7%86%B5.md'), 'file:///ws/posts/%E7%86%B5.conceptpack.json');
    s.settings.setResource('', { packFolder: 'packs' });
    assert.equal(packs.packUriFor('file:///ws/posts/entropy.md'), 'file:///ws/packs/entropy.conceptpack.json');
    assert.equal(articleName('untitled:Untitled-1'), 'Untitled-1');
  });

  it('finds the pack beside the article, and by the article’s title', async () => {
    const titled = JSON.parse(USER_PACK);
    s = makeServices({
      setup: ({ workspace }) => {
        workspace.write('file:///ws/posts/gd.conceptpack.json', USER_PACK);
        workspace.write('file:///ws/packs/notes.conceptpack.json', JSON.stringify({ ...titled, id: 'notes', article: { title: { zh: '笔记' } }, concepts: [] }));
      },
    });
    await s.packs.reload();
    const packs = packsOf(s);
    assert.equal(packs.find('file:///ws/posts/gd.md', '# GD\n')?.uri, 'file:///ws/posts/gd.conceptpack.json');
    assert.equal(packs.find('file:///ws/drafts/other.md', '---\ntitle: Optimisation notes\n---\n')?.uri, 'file:///ws/posts/gd.conceptpack.json');
    assert.equal(packs.find('file:///ws/drafts/other.md', '---\ntitle: 笔记\n---\n')?.uri, 'file:///ws/packs/notes.conceptpack.json');
    assert.equal(packs.find('file:///ws/drafts/other.md', '# No title\n'), undefined);
  });

  it('a document never saved has no place for a new pack, unless its title names one; a view has none', async () => {
    s = makeServices({ setup: ({ workspace }) => workspace.write('file:///ws/posts/gd.conceptpack.json', USER_PACK) });
    await s.packs.reload();
    const packs = packsOf(s);
    // Its pack would otherwise be "Untitled-1.conceptpack.json", at the file system's root.
    assert.equal(packs.hasPackHome('untitled:Untitled-1', '# Notes\n'), false);
    assert.equal(packs.hasPackHome('untitled:Untitled-1', '---\ntitle: Optimisation notes\n---\n'), true);
    assert.equal(packs.hasPackHome('file:///ws/posts/new.md', '# New\n'), true);
    // A view of a document is not where its pack is written: the concept guide, a diff's git: side.
    assert.equal(packs.hasPackHome('concept-lens-guide:/zh/entropy.md', '# 熵\n'), false);
    assert.equal(packs.hasPackHome('git:/ws/posts/gd.md?%7B%7D', '# GD\n'), false);
  });
});
