// Authoring in the real host: Add Concept from Selection writes the article's pack and the new concept
// is hovered at once (no reload); undo in the pack takes it back. Completion offers concept names in
// prose. Files are made in the throwaway fixture workspace and removed after.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, conceptHover, hoverCommandArgs, inWorkspace, positionOf, rangeOf, resetSettings, unescapeMarkdown, waitFor, whenTrue, type ConceptLensApi } from './helpers';

const NOTE = '# Zorblat notes\n\n## Basics\n\nA zorblat is a word no pack knows. 对称 and dcpq are typed here.\n\n`对称` in code.\n';
/** A pack beside the note, with one concept and a comment that the edit must keep. */
const PACK = '{\n  // kept by every edit\n  "id": "zorblat-notes",\n  "article": { "title": { "en": "Zorblat notes" }, "sections": [] },\n  "concepts": []\n}\n';

async function completionLabels(doc: vscode.TextDocument, pos: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
  // Ours only: VS Code adds words of the open documents (kind Text), and another suite may leave 对称破缺 open.
  return list.items.filter((i) => i.kind === vscode.CompletionItemKind.Reference).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

describe('authoring', () => {
  const note = inWorkspace('zorblat.md');
  const pack = inWorkspace('zorblat.conceptpack.json');
  let api: ConceptLensApi;
  let doc: vscode.TextDocument;

  before(async () => {
    await resetSettings();
    await vscode.workspace.fs.writeFile(note, new TextEncoder().encode(NOTE));
    doc = await vscode.workspace.openTextDocument(note);
    await vscode.window.showTextDocument(doc);
    api = await activateExtension();
  });

  after(async () => {
    await closeAllEditors();
    for (const uri of [pack, note]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await waitFor(() => !api.scans.pack.indexOf.has('zorblat'), 'the pack to be gone');
  });

  it('completes 对称 and the pinyin initials dcpq with 对称破缺, in prose only', async () => {
    assert.ok((await completionLabels(doc, positionOf(doc, '对称 and', 0, 2))).includes('对称破缺'));
    assert.ok((await completionLabels(doc, positionOf(doc, 'dcpq', 0, 4))).includes('对称破缺'));
    assert.ok(!(await completionLabels(doc, positionOf(doc, '对称`', 0, 2))).includes('对称破缺'), 'not in a code span');
  });

  it('adds a concept from the selection to the pack beside the article: hovered at once, and undo takes it back', async () => {
    await vscode.workspace.fs.writeFile(pack, new TextEncoder().encode(PACK));
    await waitFor(() => api.scans.pack.pack.id.includes('zorblat-notes'), 'the pack beside the note to load');
    const editor = await vscode.window.showTextDocument(doc);
    const word = rangeOf(doc, 'zorblat', 0);
    editor.selection = new vscode.Selection(word.start, word.end);
    const id = await vscode.commands.executeCommand<string>('conceptLens.addConceptFromSelection', { otherName: '佐布拉特', section: 'Basics', explanation: 'A word made up for this test.' });
    assert.equal(id, 'zorblat');
    const md = await waitFor(() => conceptHover(doc, positionOf(doc, 'zorblat is', 0, 2)), 'a hover over the new concept');
    assert.match(unescapeMarkdown(md), /A word made up for this test\./);
    const packDoc = await vscode.workspace.openTextDocument(pack);
    assert.ok(packDoc.getText().includes('// kept by every edit'), 'the comment survives');
    assert.ok(packDoc.getText().includes('"heading": "Basics"'), 'the new section is in the pack');
    await vscode.window.showTextDocument(packDoc);
    await vscode.commands.executeCommand('undo');
    await waitFor(async () => (await conceptHover(doc, positionOf(doc, 'zorblat is', 0, 2))) === '', 'the hover to go after undo');
    assert.equal(packDoc.getText(), PACK);
  });

  it('drafts a pack from the article: the ticked concepts go to a new pack beside it, and are hovered', async () => {
    const draftNote = inWorkspace('flux.md');
    const draftPackUri = inWorkspace('flux.conceptpack.json');
    const text = '# Flux notes\n\n## Basics\n\nThe **flux capacitor** stores time. A flux capacitor needs power.\n\nEvery flux capacitor hums.\n';
    await vscode.workspace.fs.writeFile(draftNote, new TextEncoder().encode(text));
    try {
      const fluxDoc = await vscode.workspace.openTextDocument(draftNote);
      await vscode.window.showTextDocument(fluxDoc);
      const added = await vscode.commands.executeCommand<string[]>('conceptLens.draftConceptPack', 'all');
      assert.ok(added?.includes('flux-capacitor'), `drafted ${JSON.stringify(added)}`);
      const md = await waitFor(() => conceptHover(fluxDoc, positionOf(fluxDoc, 'flux capacitor needs', 0, 3)), 'a hover over the drafted concept');
      assert.match(md, /flux capacitor/i);
    } finally {
      await closeAllEditors();
      for (const uri of [draftPackUri, draftNote]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('adds the selection as an alias of a concept of the pack, and opens the concept in its pack', async () => {
    const withConcept = PACK.replace('"concepts": []', '"concepts": [{ "id": "zorblat", "name": { "en": "zorblat" }, "explanation": { "en": "Made up." } }]');
    await vscode.workspace.fs.writeFile(pack, new TextEncoder().encode(withConcept));
    await waitFor(() => api.scans.pack.indexOf.has('zorblat'), 'the pack with zorblat to load');
    const editor = await vscode.window.showTextDocument(doc);
    const word = rangeOf(doc, 'word no pack');
    editor.selection = new vscode.Selection(word.start, word.start.translate(0, 4));
    assert.equal(await vscode.commands.executeCommand('conceptLens.addSelectionAsAlias', 'zorblat'), 'zorblat');
    const md = await waitFor(() => conceptHover(doc, positionOf(doc, 'word no pack', 0, 2)), 'a hover over the new alias');
    assert.match(md, /\[Edit concept\]\(command:conceptLens\.openConceptInPack\?/, 'a user pack’s concept links to its entry');
    const opened = await vscode.commands.executeCommand<vscode.TextEditor>('conceptLens.openConceptInPack', doc.uri.toString(), 'zorblat');
    assert.equal(opened.document.uri.toString(), pack.toString());
    assert.equal(opened.document.getText(opened.selection), '"zorblat"');
    assert.ok(opened.document.getText().includes('// kept by every edit'));

    // F2: the name changes in the pack and at its occurrences (the capital kept), not at the alias.
    const rename = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, positionOf(doc, 'zorblat is', 0, 2), 'blorp');
    assert.deepEqual(rename.get(doc.uri).map((e) => [doc.getText(e.range), e.newText]).sort(), [
      ['Zorblat', 'Blorp'],
      ['zorblat', 'blorp'],
    ]);
    assert.ok(rename.get(pack).some((e) => e.newText.includes('blorp')), 'and the pack');
  });

  it('leaves a pack with the writer’s unsaved changes unsaved: the new alias works at once, and the disk keeps what was saved', async () => {
    const withConcept = PACK.replace('"concepts": []', '"concepts": [{ "id": "zorblat", "name": { "en": "zorblat" }, "explanation": { "en": "Made up." } }]');
    await vscode.workspace.fs.writeFile(pack, new TextEncoder().encode(withConcept));
    await waitFor(() => api.scans.pack.indexOf.has('zorblat') && conceptHover(doc, positionOf(doc, 'word no pack', 0, 2)).then((md) => md === ''), 'the pack with zorblat alone to load');
    const packDoc = await vscode.workspace.openTextDocument(pack);
    const packEditor = await vscode.window.showTextDocument(packDoc);
    assert.ok(await packEditor.edit((b) => b.insert(new vscode.Position(1, 0), '  // mine, not saved yet\n')));
    try {
      const editor = await vscode.window.showTextDocument(doc);
      const word = rangeOf(doc, 'word no pack');
      editor.selection = new vscode.Selection(word.start, word.start.translate(0, 4));
      assert.equal(await vscode.commands.executeCommand('conceptLens.addSelectionAsAlias', 'zorblat'), 'zorblat');
      await waitFor(() => conceptHover(doc, positionOf(doc, 'word no pack', 0, 2)), 'a hover over the new alias');
      assert.ok(packDoc.isDirty, 'the pack is still unsaved');
      assert.ok(packDoc.getText().includes('// mine, not saved yet') && packDoc.getText().includes('"word"'), 'both edits are in the editor');
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(pack)), withConcept, 'nothing was saved');
    } finally {
      await vscode.window.showTextDocument(packDoc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('copies a concept of the built-in pack to the article’s pack: the hover then edits it there, and undo takes it back', async () => {
    const heatNote = inWorkspace('heat.md');
    const heatPack = inWorkspace('heat.conceptpack.json');
    const heatText = '# Heat\n\n## 熵与热力学第二定律\n\n熵 only grows.\n';
    const heatPackText = '{\n  // heat notes, kept by the copy\n  "id": "heat-notes",\n  "article": { "title": { "en": "Heat" }, "sections": [] },\n  "concepts": []\n}\n';
    await vscode.workspace.fs.writeFile(heatNote, new TextEncoder().encode(heatText));
    await vscode.workspace.fs.writeFile(heatPack, new TextEncoder().encode(heatPackText));
    try {
      await waitFor(() => api.scans.pack.pack.id.includes('heat-notes'), 'the pack beside the note to load');
      const heatDoc = await vscode.workspace.openTextDocument(heatNote);
      await vscode.window.showTextDocument(heatDoc);
      const at = positionOf(heatDoc, '熵 only', 0, 0);
      const links = async (): Promise<{ copy: boolean; edit: boolean }> => {
        const md = await conceptHover(heatDoc, at);
        return { copy: md.includes('(command:conceptLens.copyConceptToArticlePack?'), edit: md.includes('(command:conceptLens.openConceptInPack?') };
      };
      const before = await waitFor(() => conceptHover(heatDoc, at), 'a hover over 熵');
      assert.deepEqual(hoverCommandArgs(before, 'conceptLens.copyConceptToArticlePack'), [heatDoc.uri.toString(), 'entropy'], 'the built-in concept links to copying it');
      assert.deepEqual(await links(), { copy: true, edit: false });

      const copied = await vscode.commands.executeCommand<string>('conceptLens.copyConceptToArticlePack', ...hoverCommandArgs(before, 'conceptLens.copyConceptToArticlePack'));
      assert.equal(copied, 'entropy');
      await waitFor(async () => (await links()).edit, 'the hover to edit 熵 in the user pack');
      assert.deepEqual(await links(), { copy: false, edit: true });
      const packDoc = await vscode.workspace.openTextDocument(heatPack);
      assert.ok(packDoc.getText().includes('// heat notes, kept by the copy'), 'the comment survives');
      assert.ok(packDoc.getText().includes('"id": "entropy"') && packDoc.getText().includes('"heading": "熵与热力学第二定律"'), packDoc.getText());

      // Once copied, the command opens the concept in the pack instead of copying it again.
      assert.equal(await vscode.commands.executeCommand('conceptLens.copyConceptToArticlePack', heatDoc.uri.toString(), 'entropy'), undefined);
      await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === heatPack.toString(), 'the pack to open at the concept');
      assert.equal(vscode.window.activeTextEditor!.document.getText(vscode.window.activeTextEditor!.selection), '"entropy"');

      await vscode.commands.executeCommand('undo');
      await waitFor(async () => (await links()).copy, 'the hover to offer the copy again after undo');
      assert.deepEqual(await links(), { copy: true, edit: false });
      assert.equal(packDoc.getText(), heatPackText);
    } finally {
      await closeAllEditors();
      for (const uri of [heatPack, heatNote]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('shows a pack’s mistakes in the Problems panel at their line, and takes them away once the pack is fixed', async () => {
    const broken = inWorkspace('mistaken.conceptpack.json');
    // Line 3 (0-based) holds the unknown field; counted by hand.
    const text = '{\n  "id": "mistaken",\n  "article": { "title": { "en": "Mistaken" }, "sections": [] },\n  "colour": "red",\n  "concepts": []\n}\n';
    const ours = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(broken).filter((d) => d.source === 'Concept Lens');
    try {
      await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode(text));
      await whenTrue(() => ours().length > 0, [vscode.languages.onDidChangeDiagnostics], 'the pack’s problem in the Problems panel');
      const [problem] = ours();
      assert.match(problem!.message, /colour/);
      assert.equal(problem!.range.start.line, 3);
      assert.equal(problem!.severity, vscode.DiagnosticSeverity.Error);
      await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode(text.replace('  "colour": "red",\n', '')));
      await whenTrue(() => ours().length === 0, [vscode.languages.onDidChangeDiagnostics], 'the problem to go once the pack is fixed');
    } finally {
      await vscode.workspace.fs.delete(broken).then(undefined, () => undefined);
    }
  });
});
