// IEditors (src/services/host/editors.ts) over vscode.window.

import * as vscode from 'vscode';
import type { Event } from '../../services/base/event';
import type { IEditors } from '../../services/host/editors';
import type { ITextDocument } from '../../services/host/textDocument';
import { hostDocument } from './textDocuments';

export class VscodeEditors implements IEditors {
  readonly onDidChangeActiveDocument: Event<ITextDocument | undefined> = (listener) => vscode.window.onDidChangeActiveTextEditor((e) => listener(e && hostDocument(e.document)));

  get activeDocument(): ITextDocument | undefined {
    const editor = vscode.window.activeTextEditor;
    return editor && hostDocument(editor.document);
  }
}
