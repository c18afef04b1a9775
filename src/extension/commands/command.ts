import * as vscode from 'vscode';
import type { CommandId } from './commandIds';
import type { TreeCommandId } from '../sidebar/treeCommandIds';
import { conceptIdOf } from '../sidebar/conceptNode';
import type { DocumentScans, ScannedDocument } from '../services/documentScans';

/** One palette command: each lives in its own class, as VS Code's Markdown extension does it. */
export interface Command {
  readonly id: CommandId | TreeCommandId;
  execute(...args: unknown[]): unknown;
}

export function register(commands: readonly Command[]): vscode.Disposable[] {
  return commands.map((c) => vscode.commands.registerCommand(c.id, (...args: unknown[]) => c.execute(...args)));
}

/** The active Markdown editor and its scan, or a message saying a Markdown file is needed. */
export function activeMarkdown(scans: DocumentScans, quiet = false): { editor: vscode.TextEditor; doc: ScannedDocument } | undefined {
  const editor = vscode.window.activeTextEditor;
  const doc = editor && scans.get(editor.document);
  if (editor && doc) return { editor, doc };
  if (!quiet) void vscode.window.showInformationMessage(vscode.l10n.t('Concept Lens: open a Markdown file first.'));
  return undefined;
}

/**
 * The concept a command is about: from its arguments (document URI and concept id, as hover links
 * pass them, or a node of the Concepts view), else the one under the cursor, else the user picks one.
 */
export async function conceptArgument(scans: DocumentScans, args: unknown[], pick: () => Promise<string | undefined>): Promise<{ doc: ScannedDocument | undefined; conceptId: string } | undefined> {
  const [uriArg, idArg] = args;
  const fromTree = conceptIdOf(uriArg);
  if (fromTree) {
    const active = activeMarkdown(scans, true);
    return { doc: active?.doc, conceptId: fromTree };
  }
  if (typeof uriArg === 'string' && typeof idArg === 'string') {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uriArg);
    return { doc: document && scans.get(document), conceptId: idArg };
  }
  const active = activeMarkdown(scans, true);
  const m = active?.doc.matchAtSelection(active.editor.selection);
  if (active && m) return { doc: active.doc, conceptId: active.doc.conceptId(m) };
  const picked = await pick();
  return picked ? { doc: active?.doc, conceptId: picked } : undefined;
}
