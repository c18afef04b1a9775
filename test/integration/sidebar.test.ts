// The Concepts view (activity bar): its tree, read through the provider the extension returns from
// activate() (api.concepts), and its commands, run through vscode.commands.executeCommand with the
// arguments VS Code passes them (a tree node from a context menu, an occurrence item's command).
// Waits on events: the provider's onDidChangeTreeData, the view's onDidChangeSelection.
// notes.md is edited and reverted; nothing is saved.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { ConceptNode } from '../../src/extension/sidebar/conceptNode';
import {
  activateExtension,
  closeAllEditors,
  expectedSectionTarget,
  headingLine,
  inWorkspace,
  nextEvent,
  openMarkdown,
  openUntitled,
  positionOf,
  resetSettings,
  revert,
  sameResource,
  waitFor,
  workspaceKind,
  type ConceptLensApi,
} from './helpers';

const ARTICLE = 'entropy-and-emergence.md';

/** The article's sections (the pack's, in its order), as the tree names them for a Chinese document. */
const SECTIONS_ZH = ['熵与热力学第二定律', '对称性与对称破缺', '神奇的涌现', '语言是失乐园的禁果么？', 'Transformer+Embedding产生的化学效应'];
/** The same for an English document (notes.md). */
const SECTIONS_EN = ['Entropy and the Second Law of Thermodynamics', 'Symmetry and Symmetry Breaking', 'The Wonder of Emergence', 'Is Language the Forbidden Fruit of Paradise Lost?', 'The Chemistry of Transformer + Embedding'];

/**
 * Occurrences per concept in the fixtures, counted by hand, not by the scanner: each surface of the
 * concept (the pack's names and aliases) counted in the text with grep / str.count, outside the front
 * matter, the <img> tags, link destinations and code; minus the pack's exclusions and the longer
 * surfaces of another concept that contain it. Concepts not listed occur 0 times.
 */
const COUNTS: Record<string, Record<string, number>> = {
  // test/fixtures/entropy-and-emergence.md: 110 occurrences. 熵 15 times, 3 of them in 信息熵
  // (information entropy): 12 (熵增 and 低熵 are entropy). 涌现 21 times, plus "Emergent" in the link
  // text "[Emergent Abilities of Large …]": 22. 大模型 5 + "Large Language Models" + "LLM": 7.
  // 对称 14 times: 对称性破缺 3 + 对称破缺 4 are symmetry breaking (7), the other 7 symmetry.
  // 形式系统 twice, once in 非形式系统 (an exclusion): 1. 自组织 1 + 自我组织 1.
  [ARTICLE]: {
    consciousness: 3, emergence: 22, 'large-language-model': 7, agi: 2, entropy: 12, 'second-law-of-thermodynamics': 2,
    chaos: 2, refraction: 4, 'time-crystal': 2, 'least-cost-principle': 2, symmetry: 7, 'symmetry-breaking': 7,
    'heat-death': 2, 'phase-transition': 2, 'big-bang': 1, 'anthropic-principle': 1, 'self-organization': 2,
    'critical-point': 2, language: 10, 'more-is-different': 1, 'formal-system': 1, recursion: 2,
    'finite-means-infinite-use': 1, transformer: 3, embedding: 4, pretraining: 2, 'information-entropy': 3,
    'attention-mechanism': 1,
  },
  // test/fixtures/workspace/notes.md, line by line: "large language models" (3) and 大模型 (17);
  // Entropy (8), 熵 熵增 熵 (12; Cross-entropy and 交叉熵 are exclusions, lines 23-24 and 27 are
  // code); "second law of thermodynamics" (8); Emergence 涌现 (14), emergence 涌现 (17); "phase
  // transition" (18); Transformer, pre-training (31); 语言, 意识 (32).
  'notes.md': {
    'large-language-model': 2, entropy: 4, 'second-law-of-thermodynamics': 1, emergence: 4, 'phase-transition': 1,
    transformer: 1, pretraining: 1, language: 1, consciousness: 1,
  },
};

/** Occurrences of entropy per workspace file (as in navigation.test.ts). */
const ENTROPY_FILES = { article: ['drafts/outline.md', 'entropy-and-emergence.md', 'notes.md'], 'no-article': ['drafts/outline.md', 'notes.md'] };

const C = {
  revealOccurrence: 'conceptLens.revealOccurrence',
  goToSection: 'conceptLens.goToSection',
  findAllOccurrences: 'conceptLens.findAllOccurrences',
  copyExplanation: 'conceptLens.copyExplanation',
  filterConcepts: 'conceptLens.filterConcepts',
  clearFilter: 'conceptLens.clearFilter',
  togglePresentOnly: 'conceptLens.togglePresentOnly',
  showAllConcepts: 'conceptLens.showAllConcepts',
  sortConcepts: 'conceptLens.sortConcepts',
  revealInSidebar: 'conceptLens.revealInSidebar',
} as const;

interface ShownConcept {
  id: string;
  node: ConceptNode;
  item: vscode.TreeItem;
  label: string;
  /** The count the item's description shows ("… · 3 here"). */
  shownCount: number;
}

interface ShownGroup {
  node: ConceptNode;
  label: string;
  concepts: ShownConcept[];
}

function labelOf(item: vscode.TreeItem): string {
  const l = item.label;
  return typeof l === 'string' ? l : (l?.label ?? '');
}

describe('Concepts view', () => {
  let api: ConceptLensApi;

  let skipped = false;

  before(async function () {
    // The suite reads the article's sections and counts: it runs in the workspace that has the article.
    if (workspaceKind() !== 'article') {
      skipped = true;
      this.skip();
    }
    await resetSettings();
    await openMarkdown(ARTICLE);
    api = await activateExtension();
    // The view's filter and sort order are kept in workspace state: start from the defaults.
    await resetView();
  });
  after(async () => {
    if (skipped) return;
    // Leave the workbench as the other suites expect it: the Concepts view collapsed and hidden.
    await vscode.commands.executeCommand('workbench.actions.treeView.conceptLens.concepts.collapseAll');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('closeReferenceSearch');
    await closeAllEditors();
    await resetSettings();
  });

  const provider = () => api.concepts.provider;

  /** Every test starts from the whole tree in the article's order. */
  async function resetView(): Promise<void> {
    if (provider().filterText !== '') await vscode.commands.executeCommand(C.clearFilter);
    if (provider().sort !== 'article') await vscode.commands.executeCommand(C.sortConcepts, 'article');
    if (provider().presentOnly) await vscode.commands.executeCommand(C.togglePresentOnly);
  }
  afterEach(resetView);

  /** The tree as the view would show it: groups, their concepts, what each item says. */
  function shown(): ShownGroup[] {
    const p = provider();
    return p.getChildren().map((section) => {
      assert.equal(section.kind, 'section');
      const sectionItem = p.getTreeItem(section);
      const concepts = p.getChildren(section).map((node): ShownConcept => {
        assert.equal(node.kind, 'concept', 'a section holds concepts');
        assert.equal(p.getParent(node), section, 'a concept’s parent is its section');
        const item = p.getTreeItem(node);
        const description = String(item.description ?? '');
        // "<other name> · N here" (the host runs in English; the number is the last part's first one).
        const m = /(\d+)/.exec(description.split(' · ').at(-1) ?? '');
        assert.ok(m, `the item of ${node.kind === 'concept' ? node.concept.id : '?'} shows a count: ${JSON.stringify(description)}`);
        return { id: node.kind === 'concept' ? node.concept.id : '', node, item, label: labelOf(item), shownCount: Number(m[1]) };
      });
      assert.equal(sectionItem.description, String(concepts.length), `the section ${labelOf(sectionItem)} says how many concepts it holds`);
      return { node: section, label: labelOf(sectionItem), concepts };
    });
  }

  function concept(id: string): ShownConcept {
    const c = shown()
      .flatMap((g) => g.concepts)
      .find((x) => x.id === id);
    assert.ok(c, `the tree shows ${id}`);
    return c;
  }

  /** The hand-counted occurrences of `file` (COUNTS), changed by `plus`, for every concept of the pack. */
  function expectedCounts(file: string, plus: Record<string, number> = {}): Map<string, number> {
    const counts = new Map(api.scans.pack.concepts.map((c) => [c.id, (COUNTS[file]![c.id] ?? 0) + (plus[c.id] ?? 0)]));
    for (const id of [...Object.keys(COUNTS[file]!), ...Object.keys(plus)]) assert.ok(counts.has(id), `${id} is a concept of the pack`);
    return counts;
  }

  /** Every concept item's count (shown and in the model) is the expected one, and so is its number of children. */
  function assertCounts(want: Map<string, number>): void {
    const all = shown().flatMap((g) => g.concepts);
    assert.equal(all.length, api.scans.pack.concepts.length, 'every concept of the pack is in the tree');
    for (const c of all) {
      const n = want.get(c.id);
      assert.equal(c.shownCount, n, `${c.id}: the item shows ${c.shownCount}, the document has ${n}`);
      assert.equal(c.node.kind === 'concept' && c.node.concept.count, n, `${c.id}: the node's count`);
      assert.equal(provider().getChildren(c.node).length, n, `${c.id}: one child per occurrence`);
      assert.equal(c.item.collapsibleState, n! > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None, `${c.id}: expandable only with occurrences`);
      assert.equal(c.item.contextValue, n! > 0 ? 'conceptLens.concept' : 'conceptLens.concept.absent', `${c.id}: context value`);
    }
  }

  /** Opens a Markdown file and waits until the tree shows it. */
  async function show(rel: string): Promise<vscode.TextEditor> {
    const editor = await openMarkdown(rel);
    const uri = editor.document.uri.toString();
    if (provider().scanned()?.uri.toString() !== uri) {
      await nextEvent(provider().onDidChangeTreeData, `the tree to show ${rel}`, () => provider().scanned()?.uri.toString() === uri);
    }
    return editor;
  }

  /** Runs a command that changes the tree and waits for the tree's change event. */
  async function changeTree<T>(command: string, ...args: unknown[]): Promise<T> {
    const changed = nextEvent(provider().onDidChangeTreeData, `the tree to refresh after ${command}`);
    const result = await vscode.commands.executeCommand<T>(command, ...args);
    await changed;
    return result;
  }

  describe('groups and counts', () => {
    it('groups the article’s concepts by its five sections, in the pack’s order, counted in the document', async () => {
      const editor = await show(ARTICLE);
      const groups = shown();
      assert.deepEqual(
        groups.map((g) => g.label),
        SECTIONS_ZH,
      );
      assert.deepEqual(
        SECTIONS_ZH,
        api.scans.pack.pack.sections.map((s) => s.title.zh),
        'the pack’s sections, in order',
      );
      // Each concept in its home section, in the pack's order.
      for (const [i, g] of groups.entries()) {
        const section = api.scans.pack.pack.sections[i]!;
        assert.deepEqual(
          g.concepts.map((c) => c.id),
          api.scans.pack.concepts.filter((c) => c.section === section.id).map((c) => c.id),
          `the concepts of ${g.label}`,
        );
      }
      const emergence = concept('emergence');
      assert.equal(emergence.label, '涌现', 'the label is the name in the document’s language');
      assert.match(String(emergence.item.description), /^emergence · /, 'the description starts with the other name');
      assert.equal(editor.document.getText().length, 3444, 'the article fixture is the one counted (3,444 UTF-16 units)');
      assertCounts(expectedCounts(ARTICLE));
    });

    it('follows the active editor and counts an edited document again when it changes', async () => {
      const editor = await show('notes.md');
      const doc = editor.document;
      try {
        assert.deepEqual(
          shown().map((g) => g.label),
          SECTIONS_EN,
          'an English document gets English section titles',
        );
        assertCounts(expectedCounts('notes.md'));
        const before = { sb: concept('symmetry-breaking').shownCount, emergence: concept('emergence').shownCount, chaos: concept('chaos').shownCount };
        assert.equal(before.sb, 0, 'notes.md does not name symmetry breaking');
        const sbUri = concept('symmetry-breaking').item.resourceUri!;
        assert.equal(provider().provideFileDecoration(sbUri)?.tooltip, 'Not in this document', 'an absent concept is dimmed');
        assert.equal(provider().provideFileDecoration(concept('emergence').item.resourceUri!), undefined, 'a present one is not');

        const end = doc.lineAt(positionOf(doc, 'explain any of this.').line).range.end;
        const refreshed = nextEvent(provider().onDidChangeTreeData, 'the tree to refresh after the edit', () => provider().scanned()?.version === doc.version);
        assert.ok(await editor.edit((b) => b.insert(end, ' Nor does symmetry breaking, or 涌现 and chaos, or emergence again.')));
        await refreshed;

        // VS Code may ask for the decorations before the refreshed tree: they follow the new text.
        assert.equal(provider().provideFileDecoration(sbUri), undefined, 'symmetry breaking is no longer dimmed');
        // The sentence added names symmetry breaking once, emergence twice (涌现, emergence) and chaos once.
        assertCounts(expectedCounts('notes.md', { 'symmetry-breaking': 1, emergence: 2, chaos: 1 }));
        assert.equal(concept('symmetry-breaking').shownCount, before.sb + 1, 'one more symmetry breaking');
        assert.equal(concept('emergence').shownCount, before.emergence + 2, 'two more emergence');
        assert.equal(concept('chaos').shownCount, before.chaos + 1, 'one more chaos');
        assert.equal(concept('symmetry-breaking').item.contextValue, 'conceptLens.concept');

        // And back: the reverted text is counted again.
        const reverted = nextEvent(provider().onDidChangeTreeData, 'the tree to refresh after the revert', () => provider().scanned()?.version === doc.version && !doc.isDirty);
        await revert(editor);
        await reverted;
        assertCounts(expectedCounts('notes.md'));
        assert.equal(concept('symmetry-breaking').shownCount, 0);
      } finally {
        await revert(editor);
      }
    });
  });

  describe('occurrences', () => {
    it('lists a concept’s occurrences with a preview and line, and their command reveals each one', async () => {
      const editor = await show(ARTICLE);
      const doc = editor.document;
      const emergence = concept('emergence');
      const children = provider().getChildren(emergence.node);
      assert.ok(children.length >= 2);
      const ids = new Set<string>();
      for (const [k, child] of [...children.entries()].filter(([k]) => k === 0 || k === 1 || k === children.length - 1)) {
        assert.equal(child.kind, 'occurrence');
        if (child.kind !== 'occurrence') continue;
        assert.equal(provider().getParent(child), emergence.node);
        const item = provider().getTreeItem(child);
        assert.ok(item.id && !ids.has(item.id), 'a unique id');
        ids.add(item.id);
        assert.equal(item.contextValue, 'conceptLens.occurrence');
        const range = new vscode.Range(doc.positionAt(child.match.start), doc.positionAt(child.match.end));
        const text = doc.getText(range);
        assert.ok(['涌现', '突现', 'emergence', 'emergent'].some((n) => text.toLowerCase().startsWith(n)), `occurrence #${k} is an emergence: ${text}`);
        // The preview highlights the occurrence and the description names its line.
        const label = item.label as vscode.TreeItemLabel;
        const [hs, he] = label.highlights![0]!;
        assert.equal(label.label.slice(hs, he), text, `the preview of #${k} highlights it: ${JSON.stringify(label)}`);
        assert.equal(item.description, `line ${range.start.line + 1}`);

        // Clicking the item runs its command with its arguments.
        assert.equal(item.command?.command, C.revealOccurrence);
        editor.selection = new vscode.Selection(0, 0, 0, 0);
        await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
        const active = vscode.window.activeTextEditor;
        assert.ok(active && active.document === doc, 'the article stays the active editor');
        assert.ok(active.selection.isEqual(new vscode.Selection(range.start, range.end)), `occurrence #${k} is selected: ${doc.getText(active.selection)} at ${active.selection.start.line}`);
      }
    });

    it('revealOccurrence opens a document that is not active', async () => {
      const article = (await show(ARTICLE)).document;
      const first = provider().getChildren(concept('entropy').node)[0]!;
      const item = provider().getTreeItem(first);
      await show('notes.md');
      await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
      const active = vscode.window.activeTextEditor;
      assert.ok(active && sameResource(active.document.uri, article.uri), 'the article is active again');
      assert.equal(active.document.getText(active.selection), '熵');
    });

    it('lists at most 200 occurrences, then one item that finds them all', async () => {
      const editor = await openUntitled(`# Many\n\n${'Entropy grows. '.repeat(250)}\n`);
      const uri = editor.document.uri.toString();
      await waitFor(() => provider().scanned()?.uri.toString() === uri, 'the tree to show the untitled document');
      const children = provider().getChildren(concept('entropy').node);
      assert.equal(concept('entropy').shownCount, 250, 'the count is all of them');
      assert.equal(children.length, 201);
      assert.ok(children.slice(0, 200).every((c) => c.kind === 'occurrence'));
      const more = children[200]!;
      assert.equal(more.kind, 'more');
      const item = provider().getTreeItem(more);
      assert.equal(labelOf(item), '50 more occurrences');
      assert.equal(item.command?.command, C.findAllOccurrences);
      const locations = await vscode.commands.executeCommand<vscode.Location[]>(item.command.command, ...(item.command.arguments ?? []));
      assert.equal(locations.filter((l) => l.uri.toString() === uri).length, 250, 'Find All Occurrences lists every one');
      await vscode.commands.executeCommand('closeReferenceSearch');
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await waitFor(() => !vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri) || editor.document.isClosed || !vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === uri), 'the untitled document to close');
    });
  });

  describe('context menu', () => {
    it('goToSection with a concept node (and an occurrence node) goes to the section that explains it', async () => {
      await show(ARTICLE);
      const entropy = concept('entropy');
      await vscode.commands.executeCommand(C.goToSection, entropy.node, [entropy.node]);
      const expected = await expectedSectionTarget('熵与热力学第二定律');
      let editor = vscode.window.activeTextEditor;
      assert.ok(editor && sameResource(editor.document.uri, expected.uri), `went to ${expected.uri.toString()}`);
      assert.equal(editor.selection.active.line, expected.line);
      if (workspaceKind() === 'article') assert.equal(expected.line, await headingLine(inWorkspace(ARTICLE), '熵与热力学第二定律'));

      await show(ARTICLE);
      const occurrence = provider().getChildren(concept('emergence').node)[0]!;
      await vscode.commands.executeCommand(C.goToSection, occurrence, [occurrence]);
      const emergenceSection = await expectedSectionTarget('神奇的涌现');
      editor = vscode.window.activeTextEditor;
      assert.ok(editor && sameResource(editor.document.uri, emergenceSection.uri));
      assert.equal(editor.selection.active.line, emergenceSection.line, 'an occurrence node goes to its concept’s section');
    });

    it('goToSection with a node of a concept the document does not name', async () => {
      await show('notes.md');
      const absent = concept('symmetry-breaking');
      assert.equal(absent.item.contextValue, 'conceptLens.concept.absent');
      await vscode.commands.executeCommand(C.goToSection, absent.node, [absent.node]);
      const expected = await expectedSectionTarget('对称性与对称破缺');
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor && sameResource(editor.document.uri, expected.uri), `went to ${expected.uri.toString()}, not ${editor?.document.uri.toString()}`);
      assert.equal(editor.selection.active.line, expected.line);
    });

    it('findAllOccurrences with a concept node lists its occurrences in the workspace', async () => {
      await show('notes.md');
      const entropy = concept('entropy');
      const locations = await vscode.commands.executeCommand<vscode.Location[]>(C.findAllOccurrences, entropy.node, [entropy.node]);
      const files = [...new Set(locations.map((l) => vscode.workspace.asRelativePath(l.uri, false)))].sort();
      assert.deepEqual(files, ENTROPY_FILES[workspaceKind()]);
      const inNotes = locations.filter((l) => l.uri.path.endsWith('/notes.md'));
      assert.equal(inNotes.length, entropy.shownCount, 'as many in notes.md as the tree counts');
      await vscode.commands.executeCommand('closeReferenceSearch');
    });

    it('copyExplanation with a concept node (or an occurrence node) puts its explanation on the clipboard', async () => {
      await show(ARTICLE);
      const cp = api.scans.pack;
      const emergence = cp.concepts[cp.indexOf.get('emergence')!]!;
      await vscode.env.clipboard.writeText('');
      const node = concept('emergence').node;
      const returned = await vscode.commands.executeCommand<string>(C.copyExplanation, node, [node]);
      assert.equal(returned, emergence.explanation.zh, 'the Chinese explanation, for the Chinese article');
      assert.equal(await vscode.env.clipboard.readText(), emergence.explanation.zh);

      await show('notes.md');
      const entropy = cp.concepts[cp.indexOf.get('entropy')!]!;
      const occ = provider().getChildren(concept('entropy').node)[0]!;
      await vscode.commands.executeCommand(C.copyExplanation, occ, [occ]);
      assert.equal(await vscode.env.clipboard.readText(), entropy.explanation.en, 'the English explanation, for English notes');
    });

    it('a concept item’s tooltip is its explanation', async () => {
      await show(ARTICLE);
      const cp = api.scans.pack;
      const tooltip = concept('entropy').item.tooltip;
      assert.ok(tooltip instanceof vscode.MarkdownString);
      assert.ok(tooltip.value.includes(cp.concepts[cp.indexOf.get('entropy')!]!.explanation.zh!.slice(0, 10)), tooltip.value);
    });
  });

  describe('workspace counts', () => {
    it('shows each concept’s count in the workspace once the workspace is indexed', async () => {
      await show(ARTICLE);
      await vscode.commands.executeCommand('conceptLens.concepts.focus');
      if (!provider().workspaceCounts) await nextEvent(provider().onDidChangeTreeData, 'the workspace counts', () => provider().workspaceCounts !== undefined);
      const entropy = concept('entropy');
      const locations = await vscode.commands.executeCommand<vscode.Location[]>(C.findAllOccurrences, entropy.node);
      await vscode.commands.executeCommand('closeReferenceSearch');
      assert.ok(locations.length > entropy.shownCount, 'the workspace holds more than the article');
      assert.equal(provider().workspaceCounts!.get('entropy'), locations.length);
      assert.match(String(entropy.item.description), new RegExp(`^entropy · ${entropy.shownCount} here, ${locations.length} in workspace$`));
    });
  });

  describe('filter and sort', () => {
    function ids(): string[] {
      return shown().flatMap((g) => g.concepts.map((c) => c.id));
    }

    it('filterConcepts filters by either name, and clearFilter brings every concept back', async () => {
      await show(ARTICLE);
      const all = ids();
      await changeTree(C.filterConcepts, '涌现');
      assert.deepEqual(ids(), ['emergence'], 'by the Chinese name');
      assert.equal(api.concepts.view.message, 'Filtered by “涌现”');
      assert.deepEqual(shown().map((g) => g.label), ['神奇的涌现'], 'only the sections with a match');

      await changeTree(C.filterConcepts, 'Emergence ');
      assert.deepEqual(ids(), ['emergence'], 'by the English name, case-insensitively, trimmed');

      await changeTree(C.filterConcepts, 'ENTROPY');
      assert.deepEqual(ids().sort(), ['entropy', 'information-entropy'], 'every concept whose name contains it');

      await changeTree(C.filterConcepts, 'no such concept');
      assert.deepEqual(shown(), [], 'nothing matches');

      await changeTree(C.clearFilter);
      assert.deepEqual(ids(), all);
      assert.equal(api.concepts.view.message, undefined);
      assert.equal(provider().filterText, '');
    });

    it('togglePresentOnly shows only the concepts the document names, and back', async () => {
      await show('notes.md');
      const counts = expectedCounts('notes.md');
      const all = ids();
      assert.equal(await changeTree<boolean>(C.togglePresentOnly), true);
      const present = all.filter((id) => counts.get(id)! > 0);
      assert.ok(present.length > 0 && present.length < all.length, 'notes.md names some concepts, not all');
      assert.deepEqual(ids(), present);
      assert.ok(
        shown().every((g) => g.concepts.length > 0),
        'no empty section',
      );
      // With a filter as well: both apply.
      await changeTree(C.filterConcepts, 'entropy');
      assert.deepEqual(ids(), ['entropy'], 'information entropy is not in notes.md');
      await changeTree(C.clearFilter);
      assert.equal(await changeTree<boolean>(C.togglePresentOnly), false);
      assert.deepEqual(ids(), all);
      // The view's button while it is on (Show All Concepts) turns it off.
      await changeTree<boolean>(C.togglePresentOnly);
      assert.equal(await changeTree<boolean>(C.showAllConcepts), false);
      assert.equal(provider().presentOnly, false);
      assert.deepEqual(ids(), all);
    });

    it('sortConcepts "count" puts the most frequent concepts first in each section, "article" restores the order', async () => {
      await show(ARTICLE);
      const inArticleOrder = shown().map((g) => g.concepts.map((c) => c.id));
      await changeTree(C.sortConcepts, 'count');
      assert.equal(provider().sort, 'count');
      const groups = shown();
      assert.deepEqual(groups.map((g) => g.label), SECTIONS_ZH, 'the sections keep their order');
      let reordered = false;
      for (const [i, g] of groups.entries()) {
        const counts = g.concepts.map((c) => c.shownCount);
        assert.deepEqual(counts, [...counts].sort((a, b) => b - a), `${g.label}: most occurrences first`);
        assert.deepEqual(g.concepts.map((c) => c.id).sort(), [...inArticleOrder[i]!].sort(), `${g.label}: the same concepts`);
        reordered ||= g.concepts.map((c) => c.id).join() !== inArticleOrder[i]!.join();
      }
      assert.ok(reordered, 'some section changed its order');
      await changeTree(C.sortConcepts, 'article');
      assert.deepEqual(shown().map((g) => g.concepts.map((c) => c.id)), inArticleOrder);
    });
  });

  describe('Reveal Concept in Sidebar', () => {
    it('reveals and selects the concept under the cursor (涌现 → emergence)', async () => {
      const editor = await show(ARTICLE);
      const at = positionOf(editor.document, '涌现', 3, 1);
      editor.selection = new vscode.Selection(at, at);
      const id = await vscode.commands.executeCommand<string>(C.revealInSidebar);
      assert.equal(id, 'emergence');
      const view = api.concepts.view;
      await waitSelection(view, 'emergence');
      assert.ok(view.visible, 'the Concepts view is visible');
    });

    it('reveals a concept the filter hides: the filter is cleared', async () => {
      const editor = await show(ARTICLE);
      await changeTree(C.filterConcepts, 'entropy');
      const at = positionOf(editor.document, '涌现', 3, 1);
      editor.selection = new vscode.Selection(at, at);
      const id = await vscode.commands.executeCommand<string>(C.revealInSidebar);
      assert.equal(id, 'emergence');
      assert.equal(provider().filterText, '', 'the filter is cleared');
      await waitSelection(api.concepts.view, 'emergence');
    });

    it('follows the cursor while the view is visible', async () => {
      const editor = await show(ARTICLE);
      await vscode.commands.executeCommand('conceptLens.concepts.focus');
      await vscode.window.showTextDocument(editor.document, { preview: false });
      const view = api.concepts.view;
      assert.ok(view.visible);
      const at = positionOf(editor.document, '临界点', 0, 1);
      const selected = waitSelection(view, 'critical-point');
      editor.selection = new vscode.Selection(at, at);
      await selected;
    });

    it('keeps an occurrence selected when clicking it moves the cursor onto it', async () => {
      const editor = await show(ARTICLE);
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      await vscode.commands.executeCommand('conceptLens.concepts.focus');
      const view = api.concepts.view;
      const occurrence = provider().getChildren(concept('emergence').node)[2]!;
      await view.reveal(occurrence, { select: true, focus: true });
      await waitFor(() => view.selection[0]?.id === occurrence.id, 'the occurrence to be selected');
      const selections: string[] = [];
      const sub = view.onDidChangeSelection((e) => selections.push(e.selection.map((n) => n.id).join()));
      try {
        const item = provider().getTreeItem(occurrence);
        await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
        assert.equal(vscode.window.activeTextEditor?.document, editor.document);
        // Then a cursor move elsewhere: once the tree follows it, it has handled the click's move too.
        const selected = waitSelection(view, 'critical-point');
        const at = positionOf(editor.document, '临界点', 0, 1);
        editor.selection = new vscode.Selection(at, at);
        await selected;
        assert.ok(!selections.includes('concept:emergence'), `the tree did not jump from the occurrence to its concept: ${JSON.stringify(selections)}`);
      } finally {
        sub.dispose();
      }
    });
  });
});

/** Waits until the view's selection is the concept `id`. */
async function waitSelection(view: vscode.TreeView<ConceptNode>, id: string): Promise<void> {
  const isIt = (): boolean => view.selection.length === 1 && view.selection[0]!.kind === 'concept' && view.selection[0]!.concept.id === id;
  if (isIt()) return;
  await nextEvent(view.onDidChangeSelection, `the view to select ${id}`, () => isIt());
}
