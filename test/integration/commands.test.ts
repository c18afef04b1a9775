// Every command, run through vscode.commands.executeCommand: with notes.md in the active editor, with no
// editor at all, and with a non-Markdown editor active. Quick picks are answered with
// workbench.action.acceptSelectedQuickOpenItem (the first concept, entropy) or closeQuickOpen.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditors,
  conceptLinks,
  expectedSectionTarget,
  GUIDE_SCHEME,
  guideUri,
  nextEvent,
  openMarkdown,
  openUntitled,
  positionOf,
  rangeOf,
  resetSettings,
  runWithQuickPick,
  sameResource,
  targetLine,
  workspaceKind,
  type ConceptLensApi,
} from './helpers';

const C = {
  goToConcept: 'conceptLens.goToConcept',
  findAllOccurrences: 'conceptLens.findAllOccurrences',
  goToSection: 'conceptLens.goToSection',
  nextOccurrence: 'conceptLens.nextOccurrence',
  previousOccurrence: 'conceptLens.previousOccurrence',
  toggleAnnotations: 'conceptLens.toggleAnnotations',
  openConceptGuide: 'conceptLens.openConceptGuide',
  rescan: 'conceptLens.rescan',
} as const;

/** Occurrences of entropy per workspace file (as in navigation.test.ts). */
const ENTROPY_FILES = { article: ['drafts/outline.md', 'entropy-and-emergence.md', 'notes.md'], 'no-article': ['drafts/outline.md', 'notes.md'] };

function files(locations: vscode.Location[]): string[] {
  return [...new Set(locations.map((l) => vscode.workspace.asRelativePath(l.uri, false)))].sort();
}

/** The active editor shows `expected` with the cursor on its line. */
function assertAt(expected: { uri: vscode.Uri; line: number }, what: string): void {
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor, `${what}: an editor is active`);
  assert.ok(sameResource(editor.document.uri, expected.uri), `${what}: ${editor.document.uri.toString()} is ${expected.uri.toString()}`);
  assert.equal(editor.selection.active.line, expected.line, `${what}: the cursor is on the section's heading`);
}

describe('commands', () => {
  let api: ConceptLensApi;
  before(async () => {
    await openMarkdown('notes.md');
    api = await activateExtension();
  });
  after(async () => {
    await closeAllEditors();
    await resetSettings();
  });

  describe('with a Markdown editor', () => {
    let editor: vscode.TextEditor;
    let doc: vscode.TextDocument;
    beforeEach(async () => {
      editor = await openMarkdown('notes.md');
      doc = editor.document;
    });
    afterEach(async () => {
      await vscode.commands.executeCommand('closeReferenceSearch');
    });

    function place(at: vscode.Position | vscode.Range): void {
      editor.selection = at instanceof vscode.Range ? new vscode.Selection(at.start, at.end) : new vscode.Selection(at, at);
    }

    async function step(command: string, expected: string | vscode.Range): Promise<void> {
      const want = typeof expected === 'string' ? rangeOf(doc, expected) : expected;
      const range = await vscode.commands.executeCommand<vscode.Range>(command);
      assert.ok(range?.isEqual(want), `${command} returns ${JSON.stringify(want)}, not ${JSON.stringify(range)}`);
      assert.ok(editor.selection.isEqual(new vscode.Selection(want.start, want.end)), `${command} selects "${doc.getText(want)}", not "${doc.getText(editor.selection)}"`);
    }

    it('nextOccurrence / previousOccurrence step through the concept under the cursor, wrapping around', async () => {
      place(positionOf(doc, 'Entropy is', 0, 2));
      const chinese = (n: number): vscode.Range => rangeOf(doc, '熵', n); // 熵 #2 is the one in 交叉熵
      await step(C.nextOccurrence, chinese(0));
      await step(C.nextOccurrence, '熵增');
      await step(C.nextOccurrence, chinese(3));
      await step(C.nextOccurrence, 'Entropy');
      await step(C.previousOccurrence, chinese(3));
      await step(C.previousOccurrence, '熵增');
    });

    it('nextOccurrence keeps to the selected occurrence when the next one touches it (大模型涌现)', async () => {
      place(rangeOf(doc, '大模型'));
      await step(C.nextOccurrence, 'large language models'); // wraps: 大模型 is the last one
      await step(C.nextOccurrence, '大模型');
      await step(C.nextOccurrence, 'large language models');
    });

    it('off any concept, nextOccurrence / previousOccurrence go to the nearest occurrence', async () => {
      place(new vscode.Position(0, 0));
      await step(C.nextOccurrence, 'large language models');
      place(positionOf(doc, 'measure of disorder'));
      await step(C.nextOccurrence, 'second law of thermodynamics');
      place(positionOf(doc, 'measure of disorder'));
      await step(C.previousOccurrence, 'Entropy');
      place(new vscode.Position(0, 0));
      await step(C.previousOccurrence, '意识'); // wraps to the last occurrence
    });

    it('goToConcept selects the first occurrence of the picked concept', async () => {
      place(new vscode.Position(0, 0));
      const want = rangeOf(doc, 'Entropy');
      const moved = nextEvent(vscode.window.onDidChangeTextEditorSelection, 'the selection to move to "Entropy"', (e) => e.textEditor.document === doc && e.selections[0]!.isEqual(want));
      await runWithQuickPick(C.goToConcept, 'accept');
      await moved;
      assert.ok(editor.selection.isEqual(new vscode.Selection(want.start, want.end)));
    });

    it('goToConcept does nothing when the pick is cancelled', async () => {
      const at = positionOf(doc, 'measure of disorder');
      place(at);
      assert.equal(await runWithQuickPick(C.goToConcept, 'cancel'), undefined);
      assert.equal(vscode.window.activeTextEditor?.document, doc);
      assert.ok(editor.selection.active.isEqual(at), 'the cursor did not move');
    });

    it('goToSection opens the section of a concept given by argument (as the hover link passes it)', async () => {
      const target = await vscode.commands.executeCommand<{ kind: string }>(C.goToSection, doc.uri.toString(), 'entropy');
      assert.equal(target?.kind, workspaceKind() === 'article' ? 'article' : 'guide');
      assertAt(await expectedSectionTarget('熵与热力学第二定律'), 'goToSection entropy');

      await vscode.window.showTextDocument(doc);
      const inDoc = await vscode.commands.executeCommand<{ kind: string }>(C.goToSection, doc.uri.toString(), 'emergence');
      assert.equal(inDoc?.kind, 'document');
      assertAt({ uri: doc.uri, line: positionOf(doc, '## Emergence 涌现').line }, 'goToSection emergence');
    });

    it('goToSection uses the concept under the cursor, and refuses an unknown concept', async () => {
      place(positionOf(doc, 'phase transition', 0, 3));
      await vscode.commands.executeCommand(C.goToSection);
      assertAt(await expectedSectionTarget('对称性与对称破缺'), 'goToSection at "phase transition"');

      editor = await vscode.window.showTextDocument(doc);
      const before = editor.selection;
      assert.equal(await vscode.commands.executeCommand(C.goToSection, doc.uri.toString(), 'no-such-concept'), undefined);
      assert.equal(vscode.window.activeTextEditor?.document, doc, 'still in notes.md');
      assert.ok(editor.selection.isEqual(before));
    });

    it('findAllOccurrences lists the occurrences across the workspace', async () => {
      const byArgs = await vscode.commands.executeCommand<vscode.Location[]>(C.findAllOccurrences, doc.uri.toString(), 'entropy');
      assert.deepEqual(files(byArgs), ENTROPY_FILES[workspaceKind()]);
      assert.equal(byArgs.filter((l) => sameResource(l.uri, doc.uri)).length, 4);

      place(positionOf(doc, 'phase transition', 0, 3));
      const atCursor = await vscode.commands.executeCommand<vscode.Location[]>(C.findAllOccurrences);
      const inNotes = atCursor.filter((l) => sameResource(l.uri, doc.uri));
      assert.deepEqual(
        inNotes.map((l) => doc.getText(l.range)),
        ['phase transition'],
      );
      if (workspaceKind() === 'article') assert.ok(atCursor.some((l) => /entropy-and-emergence\.md$/.test(l.uri.path)), 'and 相变 in the article');
    });

    it('toggleAnnotations flips conceptLens.decorations.enabled', async () => {
      const setting = (): boolean | undefined => vscode.workspace.getConfiguration('conceptLens').get<boolean>('decorations.enabled');
      assert.equal(setting(), true);
      assert.equal(await vscode.commands.executeCommand(C.toggleAnnotations), false);
      assert.equal(setting(), false);
      assert.equal(await vscode.commands.executeCommand(C.toggleAnnotations), true);
      assert.equal(setting(), true);
    });

    it('openConceptGuide opens the read-only guide, whose concepts link within it', async () => {
      const guide = await vscode.commands.executeCommand<vscode.TextEditor>(C.openConceptGuide);
      assert.equal(vscode.window.activeTextEditor, guide);
      assert.equal(guide.document.uri.toString(), guideUri().toString());
      assert.equal(guide.document.languageId, 'markdown');
      assert.match(guide.document.lineAt(0).text, /^# .+/);
      assert.ok(guide.document.getText().includes('熵与热力学第二定律'));
      // In the guide, an occurrence links to its concept's own entry (### name · 名称) in the same guide.
      const g = guide.document;
      const links = await conceptLinks(g);
      assert.ok(links.length > 20, `the guide's concepts link (${links.length})`);
      for (const l of links) {
        assert.ok(sameResource(l.target!, g.uri), `"${g.getText(l.range)}" links within the guide: ${l.target!.toString()}`);
        assert.match(g.lineAt(targetLine(l.target!)).text, /^### /, `"${g.getText(l.range)}" links to a concept entry`);
        assert.notEqual(targetLine(l.target!), l.range.start.line, 'an entry does not link to itself');
      }
      const entryLine = (name: string): number => g.getText().split('\n').findIndex((t) => t.startsWith(`### ${name}`));
      const entropy = links.find((l) => g.getText(l.range) === '熵增' || g.getText(l.range) === 'entropy');
      assert.ok(entropy, 'entropy is named in the guide');
      assert.equal(targetLine(entropy.target!), Math.max(entryLine('entropy · 熵'), entryLine('熵 · entropy')));
    });

    it('rescan rescans every open document and returns the number of occurrences', async () => {
      const before = api.scans.get(doc);
      const total = await vscode.commands.executeCommand<number>(C.rescan);
      const after = api.scans.get(doc);
      assert.ok(after && before && after !== before, 'a fresh scan');
      assert.deepEqual(after.matches, before.matches, 'with the same result');
      let expected = 0;
      for (const d of vscode.workspace.textDocuments) expected += api.scans.get(d)?.matches.length ?? 0;
      assert.equal(total, expected);
      assert.ok(total >= 16, `notes.md alone has 16 occurrences (${total})`);
    });
  });

  for (const situation of ['no editor', 'a plain-text editor'] as const) {
    describe(`with ${situation}`, () => {
      let plain: vscode.TextEditor | undefined;
      beforeEach(async () => {
        await closeAllEditors();
        plain = situation === 'no editor' ? undefined : await openUntitled('Entropy is not linked in plain text.\n', 'plaintext');
        assert.equal(vscode.window.activeTextEditor, plain);
      });
      afterEach(async () => {
        await vscode.commands.executeCommand('closeReferenceSearch');
        await closeAllEditors();
      });

      it('nextOccurrence / previousOccurrence do nothing', async () => {
        const selection = plain?.selection;
        assert.equal(await vscode.commands.executeCommand(C.nextOccurrence), undefined);
        assert.equal(await vscode.commands.executeCommand(C.previousOccurrence), undefined);
        assert.equal(vscode.window.activeTextEditor, plain, 'no editor opened or changed');
        if (plain && selection) assert.ok(plain.selection.isEqual(selection));
      });

      it('goToConcept opens the picked concept’s section, or nothing when cancelled', async () => {
        assert.equal(await runWithQuickPick(C.goToConcept, 'cancel'), undefined);
        assert.equal(vscode.window.activeTextEditor, plain);
        await runWithQuickPick(C.goToConcept, 'accept');
        assertAt(await expectedSectionTarget('熵与热力学第二定律'), 'goToConcept → entropy');
      });

      it('goToSection asks for the concept', async () => {
        assert.equal(await runWithQuickPick(C.goToSection, 'cancel'), undefined);
        assert.equal(vscode.window.activeTextEditor, plain);
        const target = await runWithQuickPick<{ kind: string }>(C.goToSection, 'accept');
        assert.equal(target?.kind, workspaceKind() === 'article' ? 'article' : 'guide');
        assertAt(await expectedSectionTarget('熵与热力学第二定律'), 'goToSection → entropy');
      });

      it('findAllOccurrences asks for the concept and lists its occurrences in the workspace', async () => {
        assert.deepEqual(await runWithQuickPick(C.findAllOccurrences, 'cancel'), []);
        const locations = await runWithQuickPick<vscode.Location[]>(C.findAllOccurrences, 'accept');
        assert.deepEqual(files(locations), ENTROPY_FILES[workspaceKind()]);
      });

      it('toggleAnnotations, openConceptGuide and rescan work', async () => {
        assert.equal(await vscode.commands.executeCommand(C.toggleAnnotations), false);
        assert.equal(vscode.workspace.getConfiguration('conceptLens').get('decorations.enabled'), false);
        assert.equal(await vscode.commands.executeCommand(C.toggleAnnotations), true);
        const total = await vscode.commands.executeCommand<number>(C.rescan);
        assert.equal(typeof total, 'number');
        const guide = await vscode.commands.executeCommand<vscode.TextEditor>(C.openConceptGuide);
        assert.equal(guide.document.uri.scheme, GUIDE_SCHEME);
        assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), guideUri().toString());
      });
    });
  }
});
