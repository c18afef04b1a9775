// Editing a document updates its links and hovers. Each step waits on events: the document change
// (workspace.onDidChangeTextDocument) and the extension's debounced rescan (api.scans.onDidChange).
// notes.md is reverted at the end; nothing is saved.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { scanDocument } from '../../src/core/scan/documentScan';
import {
  activateExtension,
  closeAllEditors,
  conceptHover,
  conceptLinks,
  expectedSectionTarget,
  followHoverGoToSection,
  hoverSectionTitle,
  nextEvent,
  openMarkdown,
  positionOf,
  revert,
  sameResource,
  targetLine,
  type ConceptLensApi,
} from './helpers';

describe('edits', () => {
  let api: ConceptLensApi;
  let editor: vscode.TextEditor;
  let doc: vscode.TextDocument;

  before(async () => {
    editor = await openMarkdown('notes.md');
    doc = editor.document;
    api = await activateExtension();
  });
  after(async () => {
    await revert(editor);
    await closeAllEditors();
  });

  /** Applies an edit and waits for the document change and then the extension's rescan of it. */
  async function edit(change: (b: vscode.TextEditorEdit) => void): Promise<void> {
    const changed = nextEvent(vscode.workspace.onDidChangeTextDocument, 'the document change', (e) => e.document === doc);
    const rescanned = nextEvent(api.scans.onDidChange, 'the debounced rescan of notes.md', (s) => s === undefined || s.uri.toString() === doc.uri.toString());
    assert.ok(await editor.edit(change), 'the edit applied');
    await changed;
    await rescanned;
  }

  /** The incremental scan agrees with a scan of the whole text from scratch. */
  function assertScanIsFresh(): void {
    const scan = api.scans.get(doc);
    assert.ok(scan);
    assert.equal(scan.version, doc.version);
    assert.deepEqual(
      scan.matches.map((m) => [m.start, m.end, scan.conceptId(m)]),
      scanDocument(doc.getText(), api.scans.pack).matches.map((m) => [m.start, m.end, api.scans.pack.concepts[m.concept]!.id]),
    );
  }

  it('links and hovers a concept typed into a paragraph', async () => {
    const before = await conceptLinks(doc);
    assert.ok(!before.some((l) => doc.getText(l.range) === 'symmetry breaking'));
    const end = doc.lineAt(positionOf(doc, 'explain any of this.').line).range.end;
    await edit((b) => b.insert(end, ' Nor does symmetry breaking.'));

    const links = await conceptLinks(doc);
    assert.equal(links.length, before.length + 1, 'one more link');
    const link = links.find((l) => doc.getText(l.range) === 'symmetry breaking');
    assert.ok(link, 'the new occurrence links');
    const expected = await expectedSectionTarget('对称性与对称破缺');
    assert.ok(sameResource(link.target!, expected.uri));
    assert.equal(targetLine(link.target!), expected.line);

    const md = await conceptHover(doc, positionOf(doc, 'symmetry breaking', 0, 4));
    assert.ok(md.startsWith('**symmetry breaking** · 对称破缺'), md || '(no hover)');
    assertScanIsFresh();
  });

  it('follows a new heading that names a concept: its links move to that heading', async () => {
    const entropyBefore = (await conceptLinks(doc)).filter((l) => doc.getText(l.range) === 'Entropy');
    assert.equal(entropyBefore.length, 1);
    assert.ok(!sameResource(entropyBefore[0]!.target!, doc.uri), 'entropy first links out of notes.md');

    await edit((b) => b.insert(new vscode.Position(doc.lineCount, 0), '\n## 熵 and entropy\n\nA section of my own.\n'));
    const headingLine = positionOf(doc, '## 熵 and entropy').line;
    assert.equal(doc.lineAt(headingLine).text, '## 熵 and entropy');

    const links = await conceptLinks(doc);
    const entropy = links.filter((l) => ['Entropy', '熵', '熵增'].includes(doc.getText(l.range)));
    assert.equal(entropy.length, 4, 'the four entropy occurrences in prose still link');
    for (const l of entropy) {
      assert.ok(sameResource(l.target!, doc.uri), `"${doc.getText(l.range)}" now links within notes.md`);
      assert.equal(targetLine(l.target!), headingLine);
    }
    assert.ok(!links.some((l) => l.range.start.line === headingLine), 'nothing in the new heading links');
    const md = await conceptHover(doc, positionOf(doc, 'Entropy is', 0, 1));
    assert.equal(hoverSectionTitle(md), '熵 and entropy');
    const went = await followHoverGoToSection(md);
    assert.ok(sameResource(went.uri, doc.uri));
    assert.equal(went.line, headingLine, '"Go to section" goes to the new heading');
    assertScanIsFresh();
  });

  it('drops the link and hover of an occurrence that is edited away, in one multi-range edit', async () => {
    const count = (await conceptLinks(doc)).length;
    const phase = positionOf(doc, 'phase transition');
    const transformer = positionOf(doc, 'Transformer enough');
    await edit((b) => {
      b.replace(new vscode.Range(phase, phase.translate(0, 'phase transition'.length)), 'state shift');
      b.replace(new vscode.Range(transformer, transformer.translate(0, 'Transformer'.length)), 'bigger network');
    });
    const links = await conceptLinks(doc);
    assert.equal(links.length, count - 2);
    assert.ok(!links.some((l) => /phase|state|Transformer|network/.test(doc.getText(l.range))));
    assert.equal(await conceptHover(doc, positionOf(doc, 'state shift', 0, 2)), '');
    assertScanIsFresh();
  });

  it('reverting brings back the saved text and the original links', async () => {
    await revert(editor);
    const links = await conceptLinks(doc);
    assert.equal(links.length, 14);
    assert.ok(!links.some((l) => doc.getText(l.range) === 'symmetry breaking'));
    assertScanIsFresh();
  });
});
