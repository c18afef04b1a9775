import * as vscode from 'vscode';
import type { SectionTarget } from '../services/sectionTargets';

/** Opens a section target with its heading at the top of the editor. */
export async function revealTarget(target: SectionTarget): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(target.uri);
  const editor = await vscode.window.showTextDocument(document, { preview: target.kind === 'guide' });
  editor.selection = new vscode.Selection(target.range.start, target.range.start);
  editor.revealRange(target.range, vscode.TextEditorRevealType.AtTop);
  return editor;
}
