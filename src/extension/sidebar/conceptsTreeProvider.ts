// The Concepts tree: the pack's concepts grouped by the article's sections, with their occurrences
// in the active Markdown editor. Items keep stable ids, so a refresh keeps what the user expanded.

import * as vscode from 'vscode';
import { conceptOutline, occurrencePreview, type SortOrder } from '../../core/features/conceptOutline';
import type { DocumentScans } from '../../services/documentScans';
import type { ScannedDocument } from '../../services/scannedDocument';
import type { FollowedDocument } from '../../services/followedDocument';
import type { ReaderLanguage } from '../../services/readerLanguage';
import type { ISettings } from '../../services/host/settings';
import { Disposable } from '../../services/base/disposable';
import { TREE_SCHEME } from '../../services/schemes';
import { TREE_COMMANDS } from './treeCommandIds';
import { COMMANDS } from '../commands/commandIds';
import type { ConceptNode } from './conceptNode';

/** Context values for menus (package.json `when` clauses use them). */
export const CONTEXT = {
  section: 'conceptLens.section',
  concept: 'conceptLens.concept',
  absentConcept: 'conceptLens.concept.absent',
  occurrence: 'conceptLens.occurrence',
  more: 'conceptLens.moreOccurrences',
} as const;

/**
 * A concept lists at most this many occurrences, then one item for the rest: a frequent concept in a
 * large document has thousands, and VS Code re-fetches an expanded concept's items on every rescan.
 */
export const MAX_OCCURRENCE_ITEMS = 200;

export class ConceptsTreeProvider extends Disposable implements vscode.TreeDataProvider<ConceptNode>, vscode.FileDecorationProvider {
  private readonly changed = this.register(new vscode.EventEmitter<ConceptNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  private readonly decorationsChanged = this.register(new vscode.EventEmitter<vscode.Uri[] | undefined>());
  readonly onDidChangeFileDecorations = this.decorationsChanged.event;
  /** The tree's top level, built when first asked after a refresh (undefined until then). */
  private roots: ConceptNode[] | undefined;
  private readonly conceptNodes = new Map<string, ConceptNode>();
  /** Every node handed out, by id (a few hundred at most: sections, concepts, listed occurrences). */
  private readonly nodes = new Map<string, ConceptNode>();
  private absent = new Set<string>();
  sort: SortOrder = 'article';
  filterText = '';
  presentOnly = false;
  workspaceCounts: ReadonlyMap<string, number> | undefined;

  constructor(
    private readonly scans: DocumentScans,
    private readonly followed: FollowedDocument,
    private readonly language: ReaderLanguage,
    settings: ISettings,
  ) {
    super();
    this.register(followed.onDidChange(() => this.refresh()));
    this.register(scans.onDidChange((doc) => (!doc || followed.isFollowed(doc.uri)) && this.refresh()));
    this.register(settings.onDidChange(() => this.refresh()));
  }

  /** The scanned document the tree shows, if any. */
  scanned(): ScannedDocument | undefined {
    const doc = this.followed.document;
    return doc && this.scans.get(doc);
  }

  refresh(): void {
    this.roots = undefined;
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
        const counts = c.workspaceCount !== undefined ? vscode.l10n.t('{0} here, {1} in workspace', c.count, c.workspaceCount) : vscode.l10n.t('{0} here', c.count);
        item.description = [c.otherName, counts].filter(Boolean).join(' · ');
        item.contextValue = c.count > 0 ? CONTEXT.concept : CONTEXT.absentConcept;
        // The URI only carries the dimming (FileDecorationProvider below); the item is not a file.
        item.resourceUri = vscode.Uri.from({ scheme: TREE_SCHEME, path: `/${c.id}` });
        item.iconPath = new vscode.ThemeIcon('symbol-key');
        // The pack the tree was built from: the document's, or the current one when no document is shown.
        const explanation = (doc?.pack ?? this.scans.pack).concepts[c.index]?.explanation;
        const lang = this.language.of(doc);
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
        if (doc) item.command = { title: vscode.l10n.t('Reveal occurrence'), command: TREE_COMMANDS.revealOccurrence, arguments: [doc.uri, node.match.start, node.match.end] };
        return item;
      }
      case 'more': {
        const item = new vscode.TreeItem(vscode.l10n.t('{0} more occurrences', node.hidden), vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.contextValue = CONTEXT.more;
        item.iconPath = new vscode.ThemeIcon('references');
        item.tooltip = vscode.l10n.t('Find all occurrences');
        // The arguments hover links pass: the document and the concept.
        if (doc) item.command = { title: vscode.l10n.t('Find all occurrences'), command: COMMANDS.findAllOccurrences, arguments: [doc.uri, node.conceptId] };
        return item;
      }
    }
  }

  getChildren(node?: ConceptNode): ConceptNode[] {
    if (!node) return this.buildRoots();
    // A section node from before a refresh may name concepts the tree no longer shows.
    if (node.kind === 'section') return node.group.concepts.flatMap((c) => this.conceptNodes.get(c.id) ?? []);
    if (node.kind === 'concept') {
      const doc = this.scanned();
      if (!doc) return [];
      const all = doc.occurrencesOf(node.concept.index);
      const id = node.concept.id;
      const shown: ConceptNode[] = all.slice(0, MAX_OCCURRENCE_ITEMS).map((match, k) => this.stable({ kind: 'occurrence', id: `occ:${id}:${k}`, conceptId: id, match, parent: node }));
      if (all.length > MAX_OCCURRENCE_ITEMS) shown.push(this.stable({ kind: 'more', id: `more:${id}`, conceptId: id, hidden: all.length - MAX_OCCURRENCE_ITEMS, parent: node }));
      return shown;
    }
    return [];
  }

  getParent(node: ConceptNode): ConceptNode | undefined {
    return node.kind === 'section' ? undefined : node.parent;
  }

  /** The node of a concept, for reveal(). */
  conceptNode(id: string): ConceptNode | undefined {
    this.buildRoots();
    return this.conceptNodes.get(id);
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== TREE_SCHEME) return undefined;
    // VS Code may ask before it asks for the refreshed tree: count the current text, not the last one.
    this.buildRoots();
    if (!this.absent.has(uri.path.slice(1))) return undefined;
    return new vscode.FileDecoration(undefined, vscode.l10n.t('Not in this document'), new vscode.ThemeColor('disabledForeground'));
  }

  private buildRoots(): ConceptNode[] {
    if (this.roots) return this.roots;
    const doc = this.scanned();
    const cp = doc?.pack ?? this.scans.pack;
    const counts = doc?.countByConcept() ?? new Int32Array(cp.concepts.length);
    const lang = this.language.of(doc);
    const groups = conceptOutline(cp, counts, lang, this.sort, { text: this.filterText, presentOnly: this.presentOnly }, this.workspaceCounts, vscode.l10n.t('Other concepts'));
    this.conceptNodes.clear();
    this.absent = new Set(cp.concepts.filter((_, i) => counts[i] === 0).map((c) => c.id));
    this.roots = groups.map((group) => {
      const section = this.stable({ kind: 'section', id: `section:${group.sectionId ?? '-'}`, group });
      for (const concept of group.concepts) this.conceptNodes.set(concept.id, this.stable({ kind: 'concept', id: `concept:${concept.id}`, concept, parent: section }));
      return section;
    });
    return this.roots;
  }

  /**
   * The node with this id as the same object as before, updated: VS Code's tree keeps the elements it
   * was given by id, and an element it still holds with a new object for the same id (a reveal racing
   * a refresh) fails with "Element with id … is already registered".
   */
  private stable<N extends ConceptNode>(fresh: N): N {
    const known = this.nodes.get(fresh.id);
    if (known && known.kind === fresh.kind) return Object.assign(known, fresh) as N;
    this.nodes.set(fresh.id, fresh);
    return fresh;
  }
}
