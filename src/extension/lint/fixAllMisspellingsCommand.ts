// Fix All Misspelt Concept Names: the source action, from the palette. One edit, one undo.

import * as vscode from 'vscode';
import type { Command } from '../commands/command';
import { COMMANDS } from '../commands/commandIds';
import type { ConceptLint } from '../../services/conceptLint';
import { hostDocument } from '../host/textDocuments';
import { fixAllEdit } from './lintCodeActions';

export class FixAllMisspellingsCommand implements Command {
  readonly id = COMMANDS.fixAllMisspellings;

  constructor(private readonly lint: ConceptLint) {}

  /** Resolves to the number of names fixed. */
  async execute(): Promise<number> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Concept Lens: open a Markdown document to fix its concept names.'));
      return 0;
    }
    const document = editor.document;
    const report = await this.lint.lintDocument(hostDocument(document));
    const edit = report && report.version === document.version ? fixAllEdit(document, report.diagnostics) : undefined;
    if (!edit) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Concept Lens found no misspelt concept name with a single fix here.'));
      return 0;
    }
    const count = edit.get(document.uri).length;
    if (!(await vscode.workspace.applyEdit(edit))) return 0;
    vscode.window.setStatusBarMessage(
      count === 1 ? vscode.l10n.t('Concept Lens fixed one misspelt concept name.') : vscode.l10n.t('Concept Lens fixed {0} misspelt concept names.', count),
      5000,
    );
    return count;
  }
}
