import * as vscode from 'vscode';
import type { SectionTarget } from '../../services/navigation';
import { toRange, toUri } from '../host/textDocuments';

/** Opens a section target with its heading at the top of the editor. */
export async function revealTarget(target: SectionTarget): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(toUri(target.uri));
  const editor = await vscode.window.showTextDocument(document, { preview: target.kind === 'guide' });
  const range = toRange(target.range);
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
  return editor;
}

/** Selects a range in an editor and shows it in the middle when it is out of view. */
export function selectInEditor(editor: vscode.TextEditor, range: vscode.Range): void {
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
