// The Markdown preview's plugin in a real VS Code, through markdown.api.render (the preview's own
// engine, with every markdownItPlugins contribution): occurrences annotated with their explanation and
// a link to their section, nothing in code, front matter or images, and the settings applied at once.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openMarkdown, resetSettings, setSetting, workspaceKind } from './helpers';

/** `[concept:text]` for every annotation of a render, in order. */
function annotations(html: string): string[] {
  return [...html.matchAll(/<(?:a|span) class="concept-lens-term[^"]*" title="[^"]*" data-concept="([^"]*)"[^>]*>([^<]*)<\/(?:a|span)>/g)].map((m) => `${m[1]}:${m[2]}`);
}

describe('Markdown preview', () => {
  let doc: vscode.TextDocument;
  const render = async (): Promise<string> => (await vscode.commands.executeCommand<string>('markdown.api.render', doc)) ?? '';

  before(async () => {
    doc = (await openMarkdown(workspaceKind() === 'article' ? 'entropy-and-emergence.md' : 'notes.md')).document;
    await activateExtension();
    await resetSettings();
  });
  afterEach(resetSettings);
  after(closeAllEditors);

  it('annotates the occurrences the editor shows, with a tooltip and a link to the section', async () => {
    const html = await render();
    const found = annotations(html);
    assert.ok(found.some((a) => a.startsWith('emergence:')), 'emergence is annotated');
    if (workspaceKind() === 'article') {
      // 涌现 links to the heading 神奇的涌现, by the id the preview gives it.
      const link = /<a class="concept-lens-term[^"]*" title="([^"]*)" data-concept="emergence" href="([^"]*)">涌现<\/a>/.exec(html);
      assert.ok(link, 'an occurrence of 涌现 is a link');
      assert.match(link[1]!, /涌现/);
      assert.equal(link[2], '#%E7%A5%9E%E5%A5%87%E7%9A%84%E6%B6%8C%E7%8E%B0');
      assert.ok(html.includes(`id="${link[2]!.slice(1)}"`), 'the heading has that id');
      assert.equal(found.length, 110, 'every occurrence the scanner finds, once');
    }
    // Nothing inside code, images or front matter.
    assert.doesNotMatch(html, /<code>[^<]*<(?:a|span) class="concept-lens-term/);
    assert.doesNotMatch(html, /<img[^>]*concept-lens/);
  });

  it('conceptLens.preview.enabled off removes the annotations, on brings them back; style none drops the underline', async () => {
    await setSetting('preview.enabled', false);
    assert.deepEqual(annotations(await render()), []);
    await setSetting('preview.enabled', true);
    assert.ok(annotations(await render()).length > 0);
    await setSetting('preview.style', 'none');
    assert.doesNotMatch(await render(), /concept-lens-underline/);
  });
});
