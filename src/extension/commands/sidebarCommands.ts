// The Concepts view's commands: one class each.

import * as vscode from 'vscode';
import type { Command } from './command';
import { TREE_COMMANDS } from '../sidebar/treeCommandIds';
import { CONCEPTS_VIEW, type ConceptsView } from '../sidebar/conceptsView';
import type { CommandContext } from './commandContext';
import type { SortOrder } from '../../core/features/conceptOutline';

/** Opens a document at an occurrence (the tree's occurrence items run it). */
export class RevealOccurrenceCommand implements Command {
  readonly id = TREE_COMMANDS.revealOccurrence;

  async execute(uri?: unknown, start?: unknown, end?: unknown): Promise<vscode.TextEditor | undefined> {
    if (typeof uri !== 'string' || typeof start !== 'number' || typeof end !== 'number') return undefined;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    return vscode.window.showTextDocument(document, { selection: range, preserveFocus: false });
  }
}

/** Copy Explanation: the concept's explanation in the reader's language, to the clipboard. */
export class CopyExplanationCommand implements Command {
  readonly id = TREE_COMMANDS.copyExplanation;
  constructor(
    private readonly context: CommandContext,
    private readonly view: ConceptsView,
  ) {}

  async execute(...args: unknown[]): Promise<string | undefined> {
    // From the palette: the concept under the cursor, whether or not the tree shows it.
    const target = await this.context.requireConcept(args);
    const text = target && this.view.explanationOf(target.id, target.pack);
    if (!text) return undefined;
    await vscode.env.clipboard.writeText(text);
    vscode.window.setStatusBarMessage(vscode.l10n.t('Concept Lens: explanation copied'), 3000);
    return text;
  }
}

/** Filter: concepts whose name (either language) or alias contains the text. */
export class FilterConceptsCommand implements Command {
  readonly id = TREE_COMMANDS.filterConcepts;
  constructor(private readonly view: ConceptsView) {}

  async execute(text?: unknown): Promise<void> {
    const value =
      typeof text === 'string'
        ? text
        : await vscode.window.showInputBox({ title: vscode.l10n.t('Filter concepts'), prompt: vscode.l10n.t('Part of a name in Chinese or English'), value: this.view.provider.filterText });
    if (value !== undefined) await this.view.setFilter(value.trim());
  }
}

export class ClearFilterCommand implements Command {
  readonly id = TREE_COMMANDS.clearFilter;
  constructor(private readonly view: ConceptsView) {}

  async execute(): Promise<void> {
    await this.view.setFilter('');
  }
}

/** Show only the concepts present in this document, or all of them. */
export class TogglePresentOnlyCommand implements Command {
  readonly id = TREE_COMMANDS.togglePresentOnly;
  constructor(private readonly view: ConceptsView) {}

  async execute(): Promise<boolean> {
    const next = !this.view.provider.presentOnly;
    await this.view.setFilter(undefined, next);
    return next;
  }
}

/** The view's filter button while only present concepts show: shows them all (the toggle's "on" face). */
export class ShowAllConceptsCommand implements Command {
  readonly id = TREE_COMMANDS.showAllConcepts;
  constructor(private readonly view: ConceptsView) {}

  async execute(): Promise<boolean> {
    await this.view.setFilter(undefined, false);
    return false;
  }
}

export class SortConceptsCommand implements Command {
  readonly id = TREE_COMMANDS.sortConcepts;
  constructor(private readonly view: ConceptsView) {}

  async execute(order?: unknown): Promise<void> {
    const orders: { sort: SortOrder; label: string }[] = [
      { sort: 'article', label: vscode.l10n.t('Article order') },
      { sort: 'count', label: vscode.l10n.t('Most occurrences first') },
      { sort: 'name', label: vscode.l10n.t('By name') },
    ];
    const chosen =
      typeof order === 'string' ? orders.find((o) => o.sort === order) : await vscode.window.showQuickPick(orders.map((o) => ({ ...o, picked: o.sort === this.view.provider.sort })), { title: vscode.l10n.t('Sort concepts') });
    if (chosen) await this.view.setSort(chosen.sort);
  }
}

/** Reveal Concept in Sidebar: the concept under the cursor, selected in the Concepts view. */
export class RevealInSidebarCommand implements Command {
  readonly id = TREE_COMMANDS.revealInSidebar;
  constructor(private readonly view: ConceptsView) {}

  async execute(): Promise<string | undefined> {
    // A concept the filter hides is shown again (the filter is cleared): the user asked for it.
    const id = await this.view.reveal(vscode.window.activeTextEditor, true, true);
    if (!id) {
      await vscode.commands.executeCommand(`${CONCEPTS_VIEW}.focus`);
      void vscode.window.showInformationMessage(vscode.l10n.t('Concept Lens: put the cursor on a concept in a Markdown file first.'));
    }
    return id;
  }
}
