// The writer's reading of an ambiguous name, in a real VS Code: the hover links the other readings, a
// link writes the directive and the hover follows it, undo takes it out, and the palette command offers
// the readings of a name that is not annotated at all (everyday "attention"); the lint follows the choice.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, conceptHover, hoverCommandArgs, openUntitled, positionOf, runWithQuickPick, waitFor } from './helpers';

const PHYSICS = '# 热\n\n气体的熵随温度升高而增加。\n';

describe('choosing how a name is read', () => {
  before(async () => {
    await openUntitled('# x\n');
    await activateExtension();
  });
  after(closeAllEditors);

  it('the hover links the other reading; following it writes the choice, and undo takes it out', async () => {
    const editor = await openUntitled(PHYSICS);
    const doc = editor.document;
    const at = (): vscode.Position => positionOf(doc, '熵随', 0, 0);
    const before = await waitFor(async () => (await conceptHover(doc, at())) || undefined, 'a hover over 熵');
    assert.ok(before.startsWith('**熵**'), before);
    const args = hoverCommandArgs(before, 'conceptLens.chooseReading');
    assert.deepEqual(args, [doc.uri.toString(), '熵', 'information-entropy']);

    assert.equal(await vscode.commands.executeCommand('conceptLens.chooseReading', ...args), true);
    assert.equal(doc.getText(), `<!-- concept-lens-read 熵 as information-entropy -->\n\n${PHYSICS}`);
    const after = await waitFor(async () => {
      const md = await conceptHover(doc, at());
      return md.startsWith('**信息熵**') ? md : undefined;
    }, 'the hover to read 熵 as information entropy');
    assert.ok(after.includes('作者为本文选定') || after.includes('chosen for this document'), after);
    assert.deepEqual(hoverCommandArgs(after, 'conceptLens.chooseReading').slice(1), ['熵', 'entropy'], 'the link back to entropy comes first');
    assert.ok(after.includes(encodeURIComponent(JSON.stringify([doc.uri.toString(), '熵', null]))), 'a link to read by context again');

    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), PHYSICS, 'one undo takes the choice out');
    await waitFor(async () => (await conceptHover(doc, at())).startsWith('**熵**'), 'the hover to read 熵 by its context again');
  });

  it('from the palette, reads an everyday name as the concept: the name is annotated then', async () => {
    const editor = await openUntitled('Thank you for your attention.\n');
    const doc = editor.document;
    const pos = positionOf(doc, 'attention', 0, 2);
    editor.selection = new vscode.Selection(pos, pos);
    assert.equal(await conceptHover(doc, pos), '', 'everyday attention is no concept');
    // The first reading offered is the concept's own.
    assert.equal(await runWithQuickPick<boolean>('conceptLens.chooseReading', 'accept'), true);
    assert.ok(doc.getText().startsWith('<!-- concept-lens-read attention as attention-mechanism -->\n\n'), doc.getText());
    const md = await waitFor(async () => (await conceptHover(doc, positionOf(doc, 'attention.', 0, 2))) || undefined, 'a hover over attention');
    assert.ok(md.startsWith('**attention mechanism**'), md);
  });

  it('a comment with a reading the pack does not know is a lint problem, and its quick fix makes it work', async () => {
    const editor = await openUntitled('<!-- concept-lens-read 熵 as entropie -->\n\n气体的熵随温度升高。\n');
    const doc = editor.document;
    const problem = await waitFor(() => vscode.languages.getDiagnostics(doc.uri).find((d) => d.code === 'concept-read-directive'), 'a concept-read-directive problem');
    assert.equal(problem.range.start.line, 0);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, problem.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const fix = actions.find((a) => a.edit && a.title.includes('information-entropy'));
    assert.ok(fix?.edit, `a quick fix to information-entropy among: ${actions.map((a) => a.title).join(' | ')}`);
    await vscode.workspace.applyEdit(fix.edit);
    assert.equal(doc.lineAt(0).text, '<!-- concept-lens-read 熵 as information-entropy -->');
    await waitFor(async () => (await conceptHover(doc, positionOf(doc, '熵随', 0, 0))).startsWith('**信息熵**'), 'the hover to follow the fixed comment');
    await waitFor(() => !vscode.languages.getDiagnostics(doc.uri).some((d) => d.code === 'concept-read-directive'), 'the problem to go');
  });

  it("the lint follows the choice: a slip of a name read as another sense is no concept's slip", async () => {
    const editor = await openUntitled('The attention mechanism weighs tokens. Each atention head looks.\n');
    const doc = editor.document;
    const slip = (): vscode.Diagnostic | undefined => vscode.languages.getDiagnostics(doc.uri).find((d) => d.code === 'concept-misspelling');
    const found = await waitFor(slip, 'the slip "atention" to be reported');
    assert.equal(doc.getText(found.range), 'atention');
    assert.equal(await vscode.commands.executeCommand('conceptLens.chooseReading', doc.uri.toString(), 'attention', 'everyday'), true);
    assert.ok(doc.getText().startsWith('<!-- concept-lens-read attention as everyday -->\n\n'), doc.getText());
    await waitFor(() => !slip(), 'the slip to be no longer reported');
  });

  it('from the palette, says what to do when the cursor is on no ambiguous name', async () => {
    const editor = await openUntitled('对称破缺没有别的读法。\n');
    editor.selection = new vscode.Selection(0, 1, 0, 1);
    assert.equal(await vscode.commands.executeCommand('conceptLens.chooseReading'), false);
    assert.equal(editor.document.getText(), '对称破缺没有别的读法。\n', 'nothing written');
  });
});
