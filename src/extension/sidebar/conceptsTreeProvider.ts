// The Concepts tree: the pack's concepts grouped by the article's sections, with their occurrences
// in the active Markdown editor. Items keep stable ids, so a refresh keeps what the user expanded.

import * as vscode from 'vscode';
import { conceptOutline, occurrencePreview, type SortOrder } from '../../core/features/conceptOutline';
import { readerLanguage } from '../../core/features/language';
import type { DocumentScans, ScannedDocument } from '../services/documentScans';
import { readSettings } from '../services/settings';
import { TREE_COMMANDS } from './treeCommandIds';
import { TREE_SCHEME, type ConceptNode } from './conceptNode';

/** Context values for menus (package.json `when` clauses use them). */
export const CONTEXT = {
  section: 'conceptLens.section',
  concept: 'conceptLens.concept',
  absentConcept: 'conceptLens.concept.absent',
  occurrence: 'conceptLens.occurrence',
} as const;

export class ConceptsTreeProvider implements vscode.TreeDataProvider<ConceptNode>, vscode.FileDecorationProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ConceptNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly decorationsChanged = new vscode.EventEmitter<vscode.Uri[] | undefined>();
  readonly onDidChangeFileDecorations = this.decorationsChanged.event;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.decorationsChanged];
  private document: vscode.TextDocument | undefined;
  private roots: ConceptNode[] = [];
  private readonly conceptNodes = new Map<string, ConceptNode>();
  private absent = new Set<string>();
  sort: SortOrder = 'article';
  filterText = '';
  presentOnly = false;
  workspaceCounts: ReadonlyMap<string, number> | undefined;

  constructor(private readonly scans: DocumentScans) {
    this.document = activeMarkdown();
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e && DocumentScansLike.isMarkdown(e.document) && e.document !== this.document) {
          this.document = e.document;
          this.refresh();
        }
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.document) {
          this.document = activeMarkdown();
          this.refresh();
        }
      }),
      scans.onDidChange((doc) => {
        if (!doc || (this.document && doc.uri.toString() === this.document.uri.toString())) this.refresh();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('conceptLens') && this.refresh()),
    );
  }

  /** The scanned document the tree shows, if any. */
  scanned(): ScannedDocument | undefined {
    return this.document && !this.document.isClosed ? this.scans.get(this.document) : undefined;
  }

  refresh(): void {
    this.roots = [];
    this.changed.fire(undefined);
    this.decorationsChanged.fire(undefined);
  }

  getTreeItem(node: ConceptNode): vscode.TreeItem {
    const doc = this.scanned();
    switch (node.kind) {
      case 'section': {
        const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.description = String(node.group.concepts.length);
        item.tooltip = vscode.l10n.t('Concepts in this section: {0}', node.group.concepts.length);
        item.contextValue = CONTEXT.section;
        item.iconPath = new vscode.ThemeIcon('symbol-namespace');
        return item;
      }
      case 'concept': {
        const c = node.concept;
        const item = new vscode.TreeItem(c.label, c.count > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        const counts = c.workspaceCount !== undefined ? vscode.l10n.t('{0} here · {1} in workspace', c.count, c.workspaceCount) : vscode.l10n.t('{0} here', c.count);
        item.description = [c.otherName, counts].filter(Boolean).join(' · ');
        item.contextValue = c.count > 0 ? CONTEXT.concept : CONTEXT.absentConcept;
        // The URI only carries the dimming (FileDecorationProvider below); the item is not a file.
        item.resourceUri = vscode.Uri.from({ scheme: TREE_SCHEME, path: `/${c.id}` });
        item.iconPath = new vscode.ThemeIcon('symbol-key');
        const explanation = doc ? doc.pack.concepts[c.index]!.explanation : undefined;
        const lang = readerLanguage(readSettings().explanationLanguage, doc?.text ?? '', vscode.env.language);
        item.tooltip = new vscode.MarkdownString().appendText(explanation?.[lang] ?? explanation?.zh ?? explanation?.en ?? c.label);
        return item;
      }
      case 'occurrence': {
        const preview = doc ? occurrencePreview(doc.text, node.match.start, node.match.end) : { text: '', highlight: [0, 0] as [number, number] };
        const item = new vscode.TreeItem({ label: preview.text, highlights: [preview.highlight] }, vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        const pos = doc?.position(node.match.start);
        item.description = pos ? vscode.l10n.t('line {0}', pos.line + 1) : undefined;
        item.contextValue = CONTEXT.occurrence;
        if (doc) item.command = { title: vscode.l10n.t('Reveal occurrence'), command: TREE_COMMANDS.revealOccurrence, arguments: [doc.uri.toString(), node.match.start, node.match.end] };
        return item;
      }
    }
  }

  getChildren(node?: ConceptNode): ConceptNode[] {
    if (!node) return this.buildRoots();
    if (node.kind === 'section') return node.group.concepts.map((c) => this.conceptNodes.get(c.id)!);
    if (node.kind === 'concept') {
      const doc = this.scanned();
      if (!doc) return [];
      return doc.occurrencesOf(node.concept.index).map((m, k) => ({ kind: 'occurrence', id: `occ:${node.concept.id}:${k}`, conceptId: node.concept.id, match: m, parent: node }));
    }
    return [];
  }

  getParent(node: ConceptNode): ConceptNode | undefined {
    return node.kind === 'section' ? undefined : node.parent;
  }

  /** The node of a concept, for reveal(). */
  conceptNode(id: string): ConceptNode | undefined {
    if (this.roots.length === 0) this.buildRoots();
    return this.conceptNodes.get(id);
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== TREE_SCHEME || !this.absent.has(uri.path.slice(1))) return undefined;
    return new vscode.FileDecoration(undefined, vscode.l10n.t('Not in this document'), new vscode.ThemeColor('disabledForeground'));
  }

  private buildRoots(): ConceptNode[] {
    if (this.roots.length > 0) return this.roots;
    const doc = this.scanned();
    const cp = doc?.pack ?? this.scans.pack;
    const counts = new Int32Array(cp.concepts.length);
    for (const m of doc?.matches ?? []) counts[m.concept]!++;
    const lang = readerLanguage(readSettings().explanationLanguage, doc?.text ?? '', vscode.env.language);
    const groups = conceptOutline(cp, counts, lang, this.sort, { text: this.filterText, presentOnly: this.presentOnly }, this.workspaceCounts, vscode.l10n.t('Other concepts'));
    this.conceptNodes.clear();
    this.absent = new Set(cp.concepts.filter((_, i) => counts[i] === 0).map((c) => c.id));
    this.roots = groups.map((group) => {
      const section: ConceptNode = { kind: 'section', id: `section:${group.sectionId ?? '-'}`, group };
      for (const concept of group.concepts) this.conceptNodes.set(concept.id, { kind: 'concept', id: `concept:${concept.id}`, concept, parent: section });
      return section;
    });
    return this.roots;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

const DocumentScansLike = { isMarkdown: (d: vscode.TextDocument): boolean => d.languageId === 'markdown' };

function activeMarkdown(): vscode.TextDocument | undefined {
  const d = vscode.window.activeTextEditor?.document;
  return d && DocumentScansLike.isMarkdown(d) ? d : undefined;
}
