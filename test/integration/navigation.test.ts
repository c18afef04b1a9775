// Go to Definition, Find All References, document highlights and workspace symbols, through the
// vscode.execute* commands.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditors,
  definitions,
  expectedSectionTarget,
  GUIDE_SCHEME,
  openMarkdown,
  positionOf,
  rangeOf,
  resetSettings,
  sameResource,
  workspaceKind,
} from './helpers';

/**
 * How many occurrences each file of the fixture workspace has, counted by hand in the fixtures (not
 * by the scanner). notes.md: entropy on lines 8 (Entropy) and 12 (熵, 熵增, 熵; Cross-entropy and
 * 交叉熵 are exclusions, lines 23-24 are a code block, 27 a code span, 33 a URL); emergence on lines 14
 * (Emergence, 涌现) and 17 (emergence, 涌现). drafts/outline.md: its two headings, 熵 in
 * 熵与热力学第二定律 and 涌现 in 神奇的涌现. The article: 熵 15 times outside the front matter, 3 of
 * them in 信息熵 (information entropy); 涌现 21 times, plus "Emergent" in a link text.
 */
const OCCURRENCES = {
  article: { entropy: { 'notes.md': 4, 'entropy-and-emergence.md': 12, 'drafts/outline.md': 1 }, emergence: { 'notes.md': 4, 'entropy-and-emergence.md': 22, 'drafts/outline.md': 1 } },
  'no-article': { entropy: { 'notes.md': 4, 'drafts/outline.md': 1 }, emergence: { 'notes.md': 4, 'drafts/outline.md': 1 } },
} as const;

function countByFile(locations: vscode.Location[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const l of locations) {
    const key = l.uri.scheme === 'file' ? vscode.workspace.asRelativePath(l.uri, false) : l.uri.toString();
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

describe('definition, references, highlights and symbols', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    await resetSettings();
    doc = (await openMarkdown('notes.md')).document;
    await activateExtension();
  });
  after(async () => {
    await vscode.commands.executeCommand('closeReferenceSearch');
    await closeAllEditors();
    await resetSettings();
  });

  it('Go to Definition goes to the section that explains the concept', async () => {
    const entropy = (await definitions(doc, positionOf(doc, 'Entropy is', 0, 2))).filter((l) => l.uri.scheme === 'file' || l.uri.scheme === GUIDE_SCHEME);
    const expected = await expectedSectionTarget('熵与热力学第二定律');
    assert.equal(entropy.length, 1, 'one definition');
    assert.ok(sameResource(entropy[0]!.uri, expected.uri), `${entropy[0]!.uri.toString()} is ${expected.uri.toString()}`);
    assert.equal(entropy[0]!.range.start.line, expected.line);

    const emergence = await definitions(doc, positionOf(doc, '大模型涌现', 0, 4));
    assert.equal(emergence.length, 1, 'one definition for 涌现');
    assert.ok(sameResource(emergence[0]!.uri, doc.uri), 'a heading of notes.md names emergence: the definition is there');
    assert.equal(emergence[0]!.range.start.line, positionOf(doc, '## Emergence 涌现').line);
  });

  it('Go to Definition finds nothing off a concept', async () => {
    const none = await definitions(doc, positionOf(doc, 'measure of disorder', 0, 2));
    assert.deepEqual(
      none.filter((l) => l.uri.scheme === GUIDE_SCHEME || /entropy-and-emergence\.md$/.test(l.uri.path)).map((l) => l.uri.toString()),
      [],
    );
  });

  it('Find All References lists the occurrences in open documents and in the workspace files', async () => {
    for (const [id, pos] of [
      ['entropy', positionOf(doc, '熵增', 0, 1)],
      ['emergence', positionOf(doc, 'that is\nemergence', 0, 9)],
    ] as const) {
      const refs = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, pos)) ?? [];
      assert.deepEqual(countByFile(refs), OCCURRENCES[workspaceKind()][id], `references of ${id}`);
      assert.ok(
        refs.some((r) => sameResource(r.uri, doc.uri) && r.range.isEqual(rangeOf(doc, id === 'entropy' ? 'Entropy' : 'Emergence'))),
        `the ${id} occurrence in notes.md is listed with its range`,
      );
    }
  });

  it('leaves the concept guide out of the references, even when it is open', async () => {
    const guide = await vscode.commands.executeCommand<vscode.TextEditor>('conceptLens.openConceptGuide');
    assert.equal(guide.document.uri.scheme, GUIDE_SCHEME);
    const refs = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, 'Entropy is', 0, 2))) ?? [];
    assert.ok(refs.length > 0);
    assert.deepEqual(refs.filter((r) => r.uri.scheme === GUIDE_SCHEME).map((r) => `${r.uri.toString()}:${r.range.start.line}`), [], 'no reference in the generated guide');
    await vscode.window.showTextDocument(doc);
  });

  it('highlights the other occurrences of the concept under the cursor', async () => {
    const highlights = (await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, positionOf(doc, '熵增', 0, 1))) ?? [];
    assert.deepEqual(
      highlights.map((h) => doc.getText(h.range)),
      ['Entropy', '熵', '熵增', '熵'],
    );
    const none = (await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, positionOf(doc, 'Cross-entropy', 0, 8))) ?? [];
    assert.deepEqual(none.map((h) => doc.getText(h.range)).filter((t) => /entropy|熵/i.test(t)), [], 'no concept highlights on an exclusion');
  });

  it('offers the concepts as workspace symbols, at their sections', async () => {
    const symbols = (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'entropy')) ?? [];
    const entropy = symbols.find((s) => s.name === '熵 · entropy');
    assert.ok(entropy, `a symbol "熵 · entropy" among ${symbols.map((s) => s.name).join(', ')}`);
    const expected = await expectedSectionTarget('熵与热力学第二定律');
    assert.ok(sameResource(entropy.location.uri, expected.uri), entropy.location.uri.toString());
    assert.equal(entropy.location.range.start.line, expected.line);
    assert.ok(symbols.some((s) => s.name === '信息熵 · information entropy'), 'a query matches aliases of other concepts too');
    assert.ok(!symbols.some((s) => s.name === '涌现 · emergence'), 'and not concepts that do not match');
    const chinese = (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '涌现')) ?? [];
    assert.ok(chinese.some((s) => s.name === '涌现 · emergence'), 'found by its Chinese name');
  });
});
