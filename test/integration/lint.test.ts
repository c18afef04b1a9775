// The concept lint in the real host: the Problems panel lists a misspelt name (in the article, the
// author's own "emdedding"), its quick fix replaces it and undo takes it back, the hover names the
// meant concept, and Fix All Misspelt Concept Names fixes a document in one edit.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, inWorkspace, rangeOf, resetSettings, waitFor, workspaceKind } from './helpers';

const NOTE = '# Lint notes\n\nIts entrophy grows, and a Transfomer reads it.\n\n这就是对称破却的结果。\n\n`entrophy` in code is left alone.\n';

function lintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Concept Lens' && d.code === 'concept-misspelling');
}

async function quickFixes(doc: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
  return actions.filter((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value && a.edit);
}

describe('lint', () => {
  const note = inWorkspace('lint-note.md');
  let doc: vscode.TextDocument;

  before(async () => {
    await resetSettings();
    await vscode.workspace.fs.writeFile(note, new TextEncoder().encode(NOTE));
    doc = await vscode.workspace.openTextDocument(note);
    await vscode.window.showTextDocument(doc);
    await activateExtension();
  });

  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(note).then(undefined, () => undefined);
  });

  it('lists misspelt names in the Problems panel, and nothing in code', async () => {
    const found = await waitFor(() => (lintDiagnostics(doc.uri).length === 3 ? lintDiagnostics(doc.uri) : undefined), 'three misspellings in the Problems panel');
    assert.deepEqual(found.map((d) => doc.getText(d.range)), ['entrophy', 'Transfomer', '对称破却']);
    assert.equal(found[0]!.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(found[0]!.message, /entrophy/);
    assert.match(found[0]!.message, /entropy/);
  });

  it('shows the meant concept in the hover of a misspelt word', async () => {
    const range = rangeOf(doc, 'entrophy');
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, range.start.translate(0, 2))) ?? [];
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /entropy/);
    assert.match(text, /Did you mean|想写的是/);
  });

  it('replaces a misspelt word with its quick fix, and undo brings it back', async () => {
    const range = rangeOf(doc, 'Transfomer');
    const fix = (await quickFixes(doc, range)).find((a) => /Transformer/.test(a.title));
    assert.ok(fix, 'a quick fix to Transformer');
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.match(doc.getText(), /a Transformer reads/);
    await waitFor(() => (lintDiagnostics(doc.uri).length === 2 ? true : undefined), 'the fixed word to leave the Problems panel');
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => doc.getText().includes('a Transfomer reads'), 'undo to bring the misspelling back');
    await waitFor(() => (lintDiagnostics(doc.uri).length === 3 ? true : undefined), 'the misspelling to be listed again');
  });

  it('fixes every misspelt name at once from the palette, in one undoable edit', async () => {
    await vscode.window.showTextDocument(doc);
    const fixed = await vscode.commands.executeCommand<number>('conceptLens.fixAllMisspellings');
    assert.equal(fixed, 3);
    assert.match(doc.getText(), /Its entropy grows, and a Transformer reads it\.\n\n这就是对称破缺的结果。\n\n`entrophy` in code/);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => doc.getText() === NOTE, 'one undo to take back every fix');
  });

  it('finds "emdedding" in the article and fixes it to "embedding"', async function () {
    if (workspaceKind() !== 'article') this.skip();
    const article = await vscode.workspace.openTextDocument(inWorkspace('entropy-and-emergence.md'));
    await vscode.window.showTextDocument(article);
    const d = await waitFor(() => lintDiagnostics(article.uri).find((x) => article.getText(x.range) === 'emdedding'), 'the diagnostic on emdedding');
    assert.match(d.message, /embedding/);
    const fix = (await quickFixes(article, d.range)).find((a) => a.title.includes('embedding'));
    assert.ok(fix, 'a quick fix to embedding');
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.equal(article.getText(d.range), 'embedding');
    await vscode.commands.executeCommand('undo');
    await waitFor(() => article.getText(d.range) === 'emdedding', 'undo to restore the article');
  });
});
