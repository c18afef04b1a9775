// Writes to a pack file as the user would: a WorkspaceEdit on its text (undoable, shown in its editor if
// open), then saved, so that the file on disk and every view agree. Never a rewrite of the whole file. A
// pack with unsaved changes of the writer's is left unsaved: saving would write their half-done edits too
// (the registry reads an open pack's text, so the new concept works meanwhile).

import * as vscode from 'vscode';
import type { ArticlePacks } from '../../services/articlePacks';
import { isSourceDocument } from '../../services/schemes';
import { packEditMessage, type Edit, type PackEditRefusal } from '../../core/authoring/packEdits';
import { messageLanguage } from '../host/messageLanguage';

type EditResult = { ok: true; edits: Edit[] } | ({ ok: false } & PackEditRefusal);

/** Why an edit was refused, in VS Code's display language. */
export function refusalText(r: PackEditRefusal): string {
  return packEditMessage(r.detail, messageLanguage());
}

/** The selected words, on one line and at most `max` characters; else `hint` is shown and undefined returned. */
export function selectedWords(editor: vscode.TextEditor, max: number, hint: string): string | undefined {
  const text = editor.document.getText(editor.selection).trim();
  if (text && text.length <= max && !/[\r\n]/.test(text)) return text;
  void vscode.window.showInformationMessage(hint);
  return undefined;
}

/** In an untrusted workspace nothing is written: says so, and answers false. */
export function requireTrust(): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showInformationMessage(vscode.l10n.t('Concept Lens writes concept packs only in a trusted workspace.'));
  return false;
}

/** Whether the document can have a pack written for it; if not (never saved), says so. */
export function requirePackHome(articlePacks: Pick<ArticlePacks, 'hasPackHome'>, doc: { uri: string; text: string }): boolean {
  if (articlePacks.hasPackHome(doc.uri, doc.text)) return true;
  const message = isSourceDocument(doc.uri)
    ? vscode.l10n.t('Concept Lens: save this document first; its concept pack is written beside it.')
    : vscode.l10n.t('Concept Lens: this is a view of a document; open the document itself to change its concept pack.');
  void vscode.window.showInformationMessage(message);
  return false;
}

/**
 * Applies `edit` to the pack at `uri` when it exists, else creates it with `create()`'s text. Answers
 * whether the pack was written; a refused edit (the pack does not parse, the id is taken) is said.
 */
export async function writePack(uri: string, exists: boolean, edit: (text: string) => EditResult, create: () => string): Promise<boolean> {
  const target = vscode.Uri.parse(uri);
  const we = new vscode.WorkspaceEdit();
  let document: vscode.TextDocument | undefined;
  let unsaved = false;
  if (exists) {
    document = await vscode.workspace.openTextDocument(target);
    unsaved = document.isDirty;
    const r = edit(document.getText());
    if (!r.ok) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Concept Lens cannot change {0}: {1}', vscode.workspace.asRelativePath(target), refusalText(r)));
      return false;
    }
    for (const e of r.edits) we.replace(target, new vscode.Range(document.positionAt(e.offset), document.positionAt(e.offset + e.length)), e.content);
  } else {
    we.createFile(target, { ignoreIfExists: false, contents: new TextEncoder().encode(create()) });
  }
  if (!(await vscode.workspace.applyEdit(we))) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Concept Lens could not write {0}.', vscode.workspace.asRelativePath(target)));
    return false;
  }
  if (unsaved) void vscode.window.showInformationMessage(vscode.l10n.t('Concept Lens changed {0} and left it unsaved: it had unsaved changes of yours. Save it to keep both.', vscode.workspace.asRelativePath(target)));
  else if (document) await document.save();
  return true;
}

/** Whether a file is there (a pack that does not load is still edited, not replaced). */
export async function fileExists(uri: string): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
    return true;
  } catch {
    // Not found (or not readable): a new pack is made.
    return false;
  }
}
