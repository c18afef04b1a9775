// Settings take effect at once, without a reload: conceptLens.enabled, explanationLanguage,
// maxFileSizeKB, article and packs. Every test restores what it changes (user settings only).

import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditors,
  conceptHover,
  conceptLinks,
  expectedSectionTarget,
  GUIDE_SCHEME,
  guideUri,
  headingLine,
  inWorkspace,
  lineText,
  openMarkdown,
  openUntitled,
  positionOf,
  resetSettings,
  sameResource,
  setSetting,
  targetLine,
  waitFor,
  workspaceFolder,
  workspaceKind,
  type ConceptLensApi,
} from './helpers';

const NOTES_LINKS = 14;

describe('settings', () => {
  let api: ConceptLensApi;
  let doc: vscode.TextDocument;

  before(async () => {
    doc = (await openMarkdown('notes.md')).document;
    api = await activateExtension();
    await resetSettings();
  });
  afterEach(resetSettings);
  after(closeAllEditors);

  const linkOf = async (text: string): Promise<vscode.DocumentLink | undefined> => (await conceptLinks(doc)).find((l) => doc.getText(l.range) === text);

  it('conceptLens.enabled: false turns every feature off, true back on', async () => {
    assert.equal((await conceptLinks(doc)).length, NOTES_LINKS);
    await setSetting('enabled', false);
    assert.equal(api.scans.get(doc), undefined, 'no scan');
    assert.deepEqual(await conceptLinks(doc), [], 'no links');
    assert.equal(await conceptHover(doc, positionOf(doc, 'Entropy is', 0, 2)), '', 'no hover');
    const highlights = (await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, positionOf(doc, '熵增', 0, 1))) ?? [];
    assert.deepEqual(highlights.map((h) => doc.getText(h.range)).filter((t) => t.includes('熵')), [], 'no highlights');
    await setSetting('enabled', true);
    assert.equal((await conceptLinks(doc)).length, NOTES_LINKS, 'links are back');
    assert.ok((await conceptHover(doc, positionOf(doc, 'Entropy is', 0, 2))).startsWith('**entropy**'));
  });

  it('conceptLens.explanationLanguage switches the hover (and the guide) between Chinese and English', async () => {
    const at = positionOf(doc, 'Entropy is', 0, 2);
    const entropy = api.scans.pack.concepts.find((c) => c.id === 'entropy')!;
    assert.ok((await conceptHover(doc, at)).startsWith('**entropy** · 熵'), 'auto: notes.md is mostly English');

    await setSetting('explanationLanguage', 'zh');
    const zh = await conceptHover(doc, at);
    assert.ok(zh.startsWith('**熵** · entropy'), zh);
    assert.ok(zh.includes(entropy.explanation.zh!.slice(0, 8)), 'the Chinese explanation');
    if (workspaceKind() === 'no-article') {
      const link = await linkOf('Entropy');
      assert.equal(link?.target?.with({ fragment: '' }).toString(), guideUri('zh').toString(), 'links go to the Chinese guide');
      assert.equal(targetLine(link.target!), await headingLine(guideUri('zh'), '熵与热力学第二定律'));
    }

    await setSetting('explanationLanguage', 'en');
    const en = await conceptHover(doc, at);
    assert.ok(en.startsWith('**entropy** · 熵'), en);
    assert.ok(!en.includes(entropy.explanation.zh!.slice(0, 8)), 'not the Chinese explanation');
    if (workspaceKind() === 'no-article') assert.equal((await linkOf('Entropy'))?.target?.with({ fragment: '' }).toString(), guideUri('en').toString());
  });

  it('conceptLens.maxFileSizeKB skips a larger document', async () => {
    assert.ok(doc.getText().length > 1024, 'notes.md is over 1 KB');
    await setSetting('maxFileSizeKB', 1);
    assert.equal(api.scans.get(doc), undefined);
    assert.deepEqual(await conceptLinks(doc), []);
    await setSetting('maxFileSizeKB', 2);
    assert.equal((await conceptLinks(doc)).length, NOTES_LINKS);
  });

  it('conceptLens.maxFileSizeKB counts bytes of UTF-8, in open documents, the workspace and the article search', async () => {
    // 400 UTF-16 units, 1,200 bytes.
    const cjk = await openUntitled('熵'.repeat(400));
    await setSetting('maxFileSizeKB', 1);
    assert.equal(api.scans.get(cjk.document), undefined, '1,200 bytes are over 1 KB');
    await setSetting('maxFileSizeKB', 2);
    assert.ok(api.scans.get(cjk.document), '1,200 bytes are under 2 KB');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    if (workspaceKind() !== 'article') return;

    // The article: 3,444 UTF-16 units, 8,462 bytes.
    const article = inWorkspace('entropy-and-emergence.md');
    const referencesInArticle = async (): Promise<number> => {
      const refs = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, 'Entropy is', 0, 2))) ?? [];
      return refs.filter((r) => sameResource(r.uri, article)).length;
    };
    await setSetting('maxFileSizeKB', 4);
    // The workspace index reads the files again under the new limit (the old index answers meanwhile).
    await api.index.whenComplete();
    assert.equal((await linkOf('Entropy'))?.target?.scheme, GUIDE_SCHEME, 'the article is over 4 KB: it is not searched for, links go to the guide');
    assert.equal(await referencesInArticle(), 0, 'nor are its occurrences read from the file');
    const open = await vscode.workspace.openTextDocument(article);
    assert.equal(api.scans.get(open), undefined, 'nor is it scanned when open');
    await setSetting('maxFileSizeKB', 3);
    await api.index.whenComplete();
    assert.equal((await linkOf('Entropy'))?.target?.scheme, GUIDE_SCHEME, 'nor is it taken for the article when open');
    await setSetting('maxFileSizeKB', 9);
    await api.index.whenComplete();
    assert.ok(sameResource((await linkOf('Entropy'))!.target!, article), 'under 9 KB, it is the article again');
    assert.equal(await referencesInArticle(), 12);
    assert.ok(api.scans.get(open));
  });

  it('conceptLens.article names the article, before any other', async () => {
    await setSetting('article', 'drafts/outline.md');
    const outline = inWorkspace('drafts/outline.md');
    const entropy = await linkOf('Entropy');
    assert.ok(entropy?.target && sameResource(entropy.target, outline), `entropy links to drafts/outline.md: ${entropy?.target?.toString()}`);
    assert.equal(targetLine(entropy.target), await headingLine(outline, '熵与热力学第二定律'));
    const emergence = await linkOf('emergence');
    assert.ok(emergence?.target && sameResource(emergence.target, doc.uri), 'a heading of the document itself still comes first');

    // An absolute path works as well.
    await setSetting('article', undefined);
    await setSetting('article', outline.fsPath);
    const absolute = await linkOf('Entropy');
    assert.ok(absolute?.target && sameResource(absolute.target, outline), `with an absolute path too: ${absolute?.target?.toString()}`);

    await setSetting('article', undefined);
    const back = await linkOf('Entropy');
    const expected = await expectedSectionTarget('熵与热力学第二定律');
    assert.ok(back?.target && sameResource(back.target, expected.uri), `entropy links to ${expected.uri.toString()} again`);
  });

  it('conceptLens.packs adds a user pack (and only then loads compromise for its inflections)', async () => {
    const packFile = path.join(workspaceFolder().fsPath, '..', 'workspace-article', 'packs', 'tiny.pack.json');
    // Relative to the workspace folder where the pack is in it, an absolute path elsewhere.
    await setSetting('packs', [workspaceKind() === 'article' ? 'packs/tiny.pack.json' : packFile]);
    const link = await waitFor(() => linkOf('gradient descent'), 'a link on "gradient descent" from the user pack');
    assert.equal(link.target!.scheme, GUIDE_SCHEME, 'its section is not in the article: the guide');
    assert.match(await lineText(link.target!, targetLine(link.target!)), /^## Basics/);
    assert.ok(await linkOf('Entropy'), 'the built-in concepts stay');
    await waitFor(() => Object.keys(require.cache).some((k) => /[\\/]dist[\\/]inflections\.js$/.test(k)), 'dist/inflections.js to load for the user pack');

    await setSetting('packs', undefined);
    // The pack itself, not one answer: a link request cancelled while the provider is registered afresh
    // answers nothing for a moment.
    await waitFor(() => !api.scans.pack.indexOf.has('gradient-descent'), 'the user pack to unload');
    await waitFor(async () => (await linkOf('gradient descent')) === undefined, 'the user pack to go away');
    assert.equal((await conceptLinks(doc)).length, NOTES_LINKS);
  });
});
